"""A large camt.054 is read as a stream: memory follows the payments, not the XML; a file beyond
the size a bank file may have is refused while it is read, whatever the system says its size is."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from bank_file_samples import CAMT_08

from kundbok.domain import limits
from kundbok.domain.bank_files import BankFileError, read_bank_file

MEGABYTE = 1024 * 1024
FILE_BYTES = 50 * MEGABYTE
# Read whole, as a tree, this file took 250 MB (a 200 MB camt.054 of small entries 2.4 GB).
PEAK_LIMIT = 120 * MEGABYTE
# What a bank adds to an entry (the payer's address, the deposit's details): read, not kept.
INFORMATION = "Inbetalning via Bankgirot, avsändarens adress och meddelande " * 20

_ENTRY = (
    '<Ntry><Amt Ccy="SEK">{amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>'
    "<BookgDt><Dt>2026-03-02</Dt></BookgDt><ValDt><Dt>2026-03-02</Dt></ValDt>"
    "<AcctSvcrRef>E{number}</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd></Domn></BkTxCd>"
    "<AddtlNtryInf>{information}</AddtlNtryInf>"
    "<NtryDtls><TxDtls><Refs><AcctSvcrRef>T{number}</AcctSvcrRef></Refs>"
    '<Amt Ccy="SEK">{amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd>'
    "<RltdPties><Dbtr><Pty><Nm>Betalare {number} Aktiebolag</Nm></Pty></Dbtr></RltdPties>"
    "<RmtInf><Ustrd>Betalning avser leverans enligt avtal, se bifogad specifikation</Ustrd>"
    "<Strd><CdtrRefInf><Ref>{number}</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls></Ntry>"
)


def _write_camt(path: Path, size: int) -> int:
    """A camt.054 of about `size` bytes; returns the number of payments in it."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        out.write(
            f'<?xml version="1.0" encoding="UTF-8"?><Document xmlns="{CAMT_08}">'
            "<BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>STOR-1</MsgId></GrpHdr><Ntfctn><Id>N1</Id>"
        )
        while out.tell() < size:
            block = "".join(
                _ENTRY.format(
                    number=count + i, amount=f"{100 + i % 900}.50", information=INFORMATION
                )
                for i in range(1000)
            )
            out.write(block)
            count += 1000
        out.write("</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>")
    return count


# The peak is the process's own high-water mark (VmHWM): getrusage's ru_maxrss keeps, through
# exec, the peak of the pytest process that forked it.
_READER = """
import sys
from pathlib import Path
from kundbok.domain.bank_files import read_bank_file
with open(sys.argv[1], "rb") as source:
    read = read_bank_file(source)
status = Path("/proc/self/status").read_text().splitlines()
peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(len(read.payments), peak * 1024)
"""


def test_a_large_camt_file_is_read_in_little_memory(tmp_path):
    path = tmp_path / "stor.xml"
    count = _write_camt(path, FILE_BYTES)
    run = subprocess.run(
        [sys.executable, "-c", _READER, str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    payments, peak = (int(word) for word in run.stdout.split())
    assert payments == count
    assert peak < PEAK_LIMIT, f"{peak / MEGABYTE:.0f} MB"


class _Endless:
    """A device that never ends, such as /dev/zero (its size reads as 0)."""

    def read(self, size: int = -1) -> bytes:
        return bytes(size if size > 0 else 65536)


@pytest.mark.parametrize("source", [_Endless(), None], ids=["endless", "too-large-bytes"])
def test_a_file_beyond_the_limit_is_refused_as_it_is_read(monkeypatch, source):
    monkeypatch.setattr(limits, "BANK_FILE_BYTES", MEGABYTE)
    data = source if source is not None else b" " * (MEGABYTE + 1)
    with pytest.raises(BankFileError, match=r"larger than a bank file may be \(1 MB\)"):
        read_bank_file(data)
