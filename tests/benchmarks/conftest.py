"""A register of 100,000 customers and 20,000 invoices, made once and kept as a template.

Making it takes about half a minute, so the file is kept in pytest's cache folder under a name
that holds the schema's head revision, a digest of the demo-data generator and the migrations,
and the sizes: a later run copies it (a second or so) instead. Set KUNDBOK_BENCH_DATABASE to
use a database made earlier with `kundbok --database FILE demo-data --customers 100000
--invoices 20000` instead.
With `--benchmark-disable` (CI) the data is small: see `tests/helpers/benchmarking.py`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import inspect
import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from importlib import resources
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from sqlalchemy import delete, select, update
from tests.helpers.benchmarking import choose_size, sized

from kundbok.db.migrate import open_database
from kundbok.db.models import Invoice, Payment
from kundbok.db.revision import HEAD_REVISION
from kundbok.db.session import Database
from kundbok.domain.invoice import InvoiceKind, InvoiceState
from kundbok.services import demo_data
from kundbok.services.demo_data import create_demo_customers, create_demo_invoices


def pytest_configure(config: pytest.Config) -> None:
    choose_size(bool(config.getoption("benchmark_disable", default=False)))


def _customers() -> int:
    return sized(100_000, 2_000)


def _invoices() -> int:
    return sized(20_000, 500)


def _template(
    config: pytest.Config, scratch: Path, name: str, make: Callable[[Path], None]
) -> Path:
    """The file `make` fills, from the cache when an identical one was made before (same schema,
    same generator, same sizes); without pytest's cache, made afresh in `scratch`."""
    # The migrations' text is in the digest too: a revision still being written may change
    # its indexes without changing its number.
    digest = hashlib.sha256(inspect.getsource(demo_data).encode())
    versions = resources.files("kundbok.migrations") / "versions"
    for script in sorted(versions.iterdir(), key=lambda path: path.name):
        if script.name.endswith(".py"):
            digest.update(script.read_bytes())
    generator = digest.hexdigest()[:12]
    file_name = f"{name}-{HEAD_REVISION}-{generator}.sqlite3"
    cache = getattr(config, "cache", None)
    if cache is None:
        path = scratch / "made" / file_name  # beside the copies, never one of them
        path.parent.mkdir(exist_ok=True)
        make(path)
        return path
    kept = cache.mkdir("kundbok-bench") / file_name
    if not kept.exists():
        partial = kept.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        make(partial)
        partial.replace(kept)  # only a whole file is ever found under the kept name
    return kept


def _copy(template: Path, folder: Path) -> Path:
    """A copy of the template for this run (the benchmarks change what they are given)."""
    path = folder / f"run-{template.name}"  # never the template itself (made in `folder` too)
    shutil.copyfile(template, path)
    return path


@pytest.fixture(scope="session")
def big_database_path(request, tmp_path_factory) -> Path:
    given = os.environ.get("KUNDBOK_BENCH_DATABASE")
    if given and Path(given).exists():
        return Path(given)
    customers, invoices = _customers(), _invoices()

    def make(path: Path) -> None:
        db = open_database(path)
        create_demo_customers(db, customers)
        create_demo_invoices(db, invoices)
        db.dispose()

    folder = tmp_path_factory.mktemp("bench")
    template = _template(request.config, folder, f"big-{customers}-{invoices}", make)
    return _copy(template, folder)


@pytest.fixture(scope="session")
def big_db(big_database_path) -> Iterator[Database]:
    db = open_database(big_database_path)
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def open_ledger_path(request, tmp_path_factory) -> Path:
    """2,000 customers and 20,000 demo invoices issued in 2026, every one of them still open
    (demo data pays most; here the bank file is what pays them)."""
    customers, invoices = sized(2_000, 200), _invoices()

    def make(path: Path) -> None:
        db = open_database(path)
        create_demo_customers(db, customers)
        create_demo_invoices(db, invoices, today=dt.date(2026, 12, 31))
        with db.unit_of_work() as session:
            session.execute(delete(Payment))
            session.execute(
                update(Invoice)
                .where(Invoice.kind == InvoiceKind.INVOICE, Invoice.state == InvoiceState.PAID)
                .values(state=InvoiceState.ISSUED, paid_date=None)
            )
            session.commit()
        db.dispose()

    folder = tmp_path_factory.mktemp("ledger")
    template = _template(request.config, folder, f"ledger-{customers}-{invoices}", make)
    return _copy(template, folder)


@pytest.fixture(scope="session")
def open_invoices(open_ledger_path) -> list[tuple[int, str, Decimal, str]]:
    """The open invoices of the ledger: number, OCR, amount to pay, buyer."""
    db = open_database(open_ledger_path)
    with db.unit_of_work(write=False) as session:
        rows = session.execute(
            select(
                Invoice.number,
                Invoice.ocr,
                Invoice.total,
                Invoice.rot_rut_deduction,
                Invoice.buyer_name,
            )
            .where(Invoice.kind == InvoiceKind.INVOICE, Invoice.state == InvoiceState.ISSUED)
            .order_by(Invoice.number)
        ).all()
    db.dispose()
    # Apart, not subtracted in SQL: the difference of two Money columns comes back in öre.
    return [(number, ocr, total - rot_rut, name) for number, ocr, total, rot_rut, name in rows]


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
