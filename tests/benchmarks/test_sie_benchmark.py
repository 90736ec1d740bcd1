"""SIE 4I export of 20,000 invoices and their payments through the service that `kundbok
export-sie` and Arkiv → Exportera SIE call (read, vouchers built, written), within 10 s."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from tests.helpers.benchmarking import assert_within

from kundbok.db.migrate import open_database
from kundbok.services.payments.bank_files import apply_payment_import
from kundbok.services.sie_export import export_sie

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


@pytest.fixture(scope="module")
def paid_ledger(open_ledger_path, open_invoices, bank_file, tmp_path_factory):
    """The open ledger with every invoice paid in full by one bank file."""
    path = tmp_path_factory.mktemp("sie") / "paid.sqlite3"
    shutil.copy(open_ledger_path, path)
    db = open_database(path)
    payments = [
        (
            f"P{number}",
            amount,
            f"<Strd><CdtrRefInf><Ref>{ocr}</Ref></CdtrRefInf></Strd>",
            buyer,
            min(YEAR[1], dt.date.today()),  # a payment is never dated after today
        )
        for number, ocr, amount, buyer in open_invoices
    ]
    result = apply_payment_import(db, bank_file(payments))
    assert result.booked == len(open_invoices)
    yield db
    db.dispose()


def test_export_20000_invoices_and_their_payments(benchmark, paid_ledger, open_invoices, tmp_path):
    target = tmp_path / "bench.se"
    count = benchmark.pedantic(
        export_sie,
        args=(paid_ledger, *YEAR, target),
        kwargs={"today": YEAR[1]},
        rounds=3,
        iterations=1,
    )
    data = target.read_bytes()
    # Every invoice and its payment, less the credited invoice that pays nothing and its credit.
    assert count == data.count(b"#VER ") >= 2 * len(open_invoices)
    assert_within(benchmark, 10)
