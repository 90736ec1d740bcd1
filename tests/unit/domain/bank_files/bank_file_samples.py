"""Realistic camt.054 and BgMax files, built here so each test shows what it feeds in."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

CAMT_02 = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"
CAMT_08 = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"


@dataclass(frozen=True)
class Sent:
    """One payment as a payer sent it."""

    amount: str
    ocr: str | None = None
    referred_document: str | None = None
    text: str | None = None
    payer: str = "Anna Andersson"
    bank_ref: str = "REF1"


def _transaction(sent: Sent, version: str, with_amount: bool) -> str:
    structured = ""
    if sent.ocr:
        structured = (
            "<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp>"
            f"<Ref>{sent.ocr}</Ref></CdtrRefInf></Strd>"
        )
    elif sent.referred_document:
        structured = (
            "<Strd><RfrdDocInf><Tp><CdOrPrtry><Cd>CINV</Cd></CdOrPrtry></Tp>"
            f"<Nb>{sent.referred_document}</Nb></RfrdDocInf></Strd>"
        )
    free = f"<Ustrd>{sent.text}</Ustrd>" if sent.text else ""
    if version == CAMT_08:
        amount = f'<Amt Ccy="SEK">{sent.amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd>'
        party = f"<RltdPties><Dbtr><Pty><Nm>{sent.payer}</Nm></Pty></Dbtr></RltdPties>"
    else:
        amount = f'<AmtDtls><TxAmt><Amt Ccy="SEK">{sent.amount}</Amt></TxAmt></AmtDtls>'
        party = f"<RltdPties><Dbtr><Nm>{sent.payer}</Nm></Dbtr></RltdPties>"
    return (
        f"<TxDtls><Refs><AcctSvcrRef>{sent.bank_ref}</AcctSvcrRef></Refs>"
        f"{amount if with_amount else ''}{party}<RmtInf>{free}{structured}</RmtInf></TxDtls>"
    )


def camt054(
    version: str,
    entries: list[list[Sent]],
    message_id: str = "MSG-20260301-1",
    debit: bool = False,
) -> bytes:
    """A notification with one `Ntry` per list of payments (a list of several is a batch)."""
    status = "<Sts><Cd>BOOK</Cd></Sts>" if version == CAMT_08 else "<Sts>BOOK</Sts>"
    blocks = []
    for number, batch in enumerate(entries, start=1):
        total = sum((Decimal(s.amount) for s in batch), Decimal(0))
        details = "".join(_transaction(s, version, len(batch) > 1) for s in batch)
        blocks.append(
            f'<Ntry><NtryRef>{number}</NtryRef><Amt Ccy="SEK">{total}</Amt>'
            f"<CdtDbtInd>CRDT</CdtDbtInd>{status}"
            "<BookgDt><Dt>2026-03-02</Dt></BookgDt><ValDt><Dt>2026-03-02</Dt></ValDt>"
            f"<AcctSvcrRef>E{number}</AcctSvcrRef>"
            f"<BkTxCd><Domn><Cd>PMNT</Cd></Domn></BkTxCd><NtryDtls>{details}</NtryDtls></Ntry>"
        )
    if debit:
        blocks.append(
            f'<Ntry><Amt Ccy="SEK">99.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>{status}'
            "<BookgDt><Dt>2026-03-02</Dt></BookgDt></Ntry>"
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="{version}">'
        f"<BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>{message_id}</MsgId>"
        "<CreDtTm>2026-03-02T06:00:00</CreDtTm></GrpHdr>"
        "<Ntfctn><Id>N1</Id><CreDtTm>2026-03-02T06:00:00</CreDtTm>"
        "<Acct><Id><IBAN>SE4550000000058398257466</IBAN></Id></Acct>"
        f"{''.join(blocks)}</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>"
    ).encode()


@dataclass(frozen=True)
class Giro:
    """One BgMax payment: reference code 2 is an OCR number, 4 free text, 5 a wrong one."""

    ore: int
    reference: str = ""
    code: int = 2
    serial: str = "000000000001"
    name: str = ""
    information: str = ""


def bgmax(payments: list[Giro], date: str = "20260302", count: int | None = None) -> bytes:
    """A BgMax file with one deposit section, in ISO-8859-1 with CR LF line ends."""
    rows = [
        "01BGMAX               0120260302061530123456P",
        "050009912346          SEK",
    ]
    for payment in payments:
        rows.append(
            f"200000000000{payment.reference:<25}{payment.ore:018d}{payment.code}1"
            f"{payment.serial:0>12}0"
        )
        if payment.information:
            rows.append(f"25{payment.information:<50}")
        if payment.name:
            rows.append(f"26{payment.name:<35}")
    total = sum(p.ore for p in payments)
    rows.append(f"15{'1234567890':<35}{date}00001{total:018d}SEK{len(payments):08d}")
    rows.append(f"70{len(payments) if count is None else count:08d}000000000000000000000001")
    return "".join(f"{row:<80}\r\n" for row in rows).encode("iso-8859-1")
