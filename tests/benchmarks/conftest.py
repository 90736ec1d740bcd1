"""A register of 100,000 customers and 20,000 invoices, made once.

Set KUNDBOK_BENCH_DATABASE to reuse a database made earlier with
`kundbok --database FILE demo-data --customers 100000 --invoices 20000`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from sqlalchemy import select

from helpers.open_ledger import open_ledger
from kundbok.db.migrate import open_database
from kundbok.db.models import Invoice
from kundbok.db.session import Database
from kundbok.domain.invoice import InvoiceKind, InvoiceState
from kundbok.services.demo_data import create_demo_customers, create_demo_invoices

CUSTOMERS = 100_000
INVOICES = 20_000


@pytest.fixture(scope="session")
def big_database_path(tmp_path_factory) -> Path:
    given = os.environ.get("KUNDBOK_BENCH_DATABASE")
    if given and Path(given).exists():
        return Path(given)
    path = tmp_path_factory.mktemp("bench") / "big.sqlite3"
    db = open_database(path)
    create_demo_customers(db, CUSTOMERS)
    create_demo_invoices(db, INVOICES)
    db.dispose()
    return path


@pytest.fixture(scope="session")
def big_db(big_database_path) -> Iterator[Database]:
    db = open_database(big_database_path)
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def open_ledger_path(tmp_path_factory) -> Path:
    """2,000 customers and 20,000 demo invoices issued in 2026, every one of them still open
    (demo data marks most paid; here the bank file is what pays them)."""
    return open_ledger(tmp_path_factory.mktemp("ledger") / "ledger.sqlite3", 2_000, INVOICES)


@pytest.fixture(scope="session")
def open_invoices(open_ledger_path) -> list[tuple[int, str, Decimal, str]]:
    """The open invoices of the ledger: number, OCR, amount to pay, buyer."""
    db = open_database(open_ledger_path)
    with db.unit_of_work(write=False) as session:
        rows = session.execute(
            select(
                Invoice.number,
                Invoice.ocr,
                Invoice.total - Invoice.rot_rut_deduction,
                Invoice.buyer_name,
            )
            .where(Invoice.kind == InvoiceKind.INVOICE, Invoice.state == InvoiceState.ISSUED)
            .order_by(Invoice.number)
        ).all()
    db.dispose()
    return [(number, ocr, Decimal(str(amount)), name) for number, ocr, amount, name in rows]


def camt054(payments: Iterable[tuple[str, Decimal, str, str, dt.date]]) -> bytes:
    """A camt.054.001.08 file crediting (transaction id, amount, remittance XML, payer, day)."""
    entries = "".join(
        f'<Ntry><Amt Ccy="SEK">{amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd>'
        f"<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>{day.isoformat()}</Dt></BookgDt><NtryDtls>"
        f"<TxDtls><Refs><AcctSvcrRef>{transaction}</AcctSvcrRef></Refs>"
        f'<Amt Ccy="SEK">{amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd>'
        f"<RltdPties><Dbtr><Pty><Nm>{escape(payer)}</Nm></Pty></Dbtr></RltdPties>"
        f"<RmtInf>{remittance}</RmtInf></TxDtls></NtryDtls></Ntry>"
        for transaction, amount, remittance, payer, day in payments
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">'
        "<BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>BENCH</MsgId></GrpHdr>"
        f"<Ntfctn><Id>1</Id>{entries}</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>"
    ).encode()


@pytest.fixture(scope="session")
def bank_file() -> Callable[[Iterable[tuple[str, Decimal, str, str, dt.date]]], bytes]:
    """Builds a camt.054 file (see `camt054`)."""
    return camt054
