"""A camt.054 of 10,000 payments read and matched against 20,000 open invoices within 5 s."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kundbok.domain.bank_files import read_bank_file
from kundbok.domain.identifiers import make_ocr
from kundbok.domain.payment_matching import MatchKind, OpenInvoice, match_payments

PAYMENTS = 10_000
INVOICES = 20_000
NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"


def _transaction(number: int, amount: Decimal) -> str:
    # Every fourth payment carries only free text naming the invoice.
    remittance = (
        f"<Ustrd>Faktura {10_000 + number}</Ustrd>"
        if number % 4 == 3
        else f"<Strd><CdtrRefInf><Ref>{make_ocr(10_000 + number)}</Ref></CdtrRefInf></Strd>"
    )
    return (
        f'<Ntry><Amt Ccy="SEK">{amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd>'
        "<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-03-02</Dt></BookgDt><NtryDtls><TxDtls>"
        f"<Refs><AcctSvcrRef>T{number}</AcctSvcrRef></Refs>"
        f'<Amt Ccy="SEK">{amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd>'
        f"<RltdPties><Dbtr><Pty><Nm>Kund {number}</Nm></Pty></Dbtr></RltdPties>"
        f"<RmtInf>{remittance}</RmtInf></TxDtls></NtryDtls></Ntry>"
    )


@pytest.fixture(scope="module")
def bank_file_and_invoices() -> tuple[bytes, list[OpenInvoice]]:
    invoices = [
        OpenInvoice(n, str(10_000 + n), make_ocr(10_000 + n), Decimal(100 + n % 900), f"Kund {n}")
        for n in range(INVOICES)
    ]
    entries = "".join(_transaction(n, invoices[n].open_amount - (n % 3)) for n in range(PAYMENTS))
    data = (
        f'<?xml version="1.0" encoding="UTF-8"?><Document xmlns="{NAMESPACE}">'
        "<BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>BENCH</MsgId></GrpHdr>"
        f"<Ntfctn><Id>1</Id>{entries}</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>"
    ).encode()
    return data, invoices


def test_read_and_match_10000_payments_against_20000_invoices(benchmark, bank_file_and_invoices):
    data, invoices = bank_file_and_invoices

    def read_and_match():
        return match_payments(read_bank_file(data).payments, invoices)

    matches = benchmark.pedantic(read_and_match, rounds=3, iterations=1)
    assert len(matches) == PAYMENTS
    kinds = [m.kind for m in matches]
    assert kinds.count(MatchKind.OCR) == PAYMENTS - PAYMENTS // 4
    assert kinds.count(MatchKind.INVOICE_NUMBER) == PAYMENTS // 4
    assert benchmark.stats.stats.median < 5
