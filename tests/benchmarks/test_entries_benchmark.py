"""Entries at their targets: quick entry Enter → saved and ready ≤ 50 ms, *Att fakturera* over
50,000 unbilled entries of 2,000 customers ≤ 300 ms, invoicing 10,000 entries of 500 customers
≤ 10 s."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from tests.helpers.benchmarking import assert_within, sized

from kundbok.db.migrate import open_database
from kundbok.services.demo_data import create_demo_company, create_demo_customers
from kundbok.services.demo_entries import create_demo_entries
from kundbok.services.entry_invoicing import invoice_entries
from kundbok.services.entry_queries import unbilled_customers
from kundbok.ui.time_entry_dialog import TimeEntryDialog
from kundbok.ui.unbilled_dialog import UnbilledDialog

TODAY = dt.date(2026, 11, 30)
CUSTOMERS, ENTRIES = sized(2_000, 100), sized(50_000, 1_000)
INVOICED_CUSTOMERS, INVOICED_ENTRIES = sized(500, 20), sized(10_000, 200)


def _register(path: Path, customers: int, entries: int) -> Path:
    db = open_database(path, user="bench")
    create_demo_company(db)
    create_demo_customers(db, customers)
    create_demo_entries(db, entries, today=TODAY, customers=customers)
    db.dispose()
    return path


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    """2,000 customers with 50,000 unbilled entries among them."""
    path = _register(tmp_path_factory.mktemp("entries") / "entries.sqlite3", CUSTOMERS, ENTRIES)
    db = open_database(path, user="bench")
    yield db
    db.dispose()


def test_quick_entry_enter_saves_and_is_ready(benchmark, qtbot, register):
    first = unbilled_customers(register)[0]
    dialog = TimeEntryDialog(register, first.customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field_entry_article.setCurrentIndex(1)

    def enter() -> None:
        dialog.field_entry_quantity.setText("1:15")
        qtbot.keyClick(dialog.field_entry_quantity, Qt.Key.Key_Return)

    before = dialog.saved_count
    benchmark.pedantic(enter, rounds=30, iterations=1, warmup_rounds=2)
    assert dialog.saved_count > before and dialog.field_entry_quantity.text() == ""
    assert_within(benchmark, 0.050)


def test_to_invoice_over_50000_entries(benchmark, qtbot, register):
    dialog = UnbilledDialog(register)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.customers), timeout=10_000)

    def listed() -> None:
        dialog.show_customers(unbilled_customers(register, TODAY))

    benchmark.pedantic(listed, rounds=5, iterations=1)
    assert 0.8 * CUSTOMERS <= len(dialog.customers) <= CUSTOMERS
    assert sum(c.entry_count for c in dialog.customers) >= ENTRIES
    assert_within(benchmark, 0.300)


@pytest.fixture(scope="module")
def invoicing_template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("invoicing")
    return _register(folder / "template.sqlite3", INVOICED_CUSTOMERS, INVOICED_ENTRIES)


def test_invoicing_10000_entries_of_500_customers(benchmark, invoicing_template, tmp_path):
    copies = iter(range(100))
    opened = []

    def fresh():
        path = tmp_path / f"copy-{next(copies)}.sqlite3"
        shutil.copy(invoicing_template, path)
        db = open_database(path, user="bench")
        opened.append(db)
        return (db,), {}

    def invoice(db):
        return invoice_entries(db, None, TODAY, today=TODAY)

    made = benchmark.pedantic(invoice, setup=fresh, rounds=3, iterations=1)
    for db in opened:
        db.dispose()
    assert 0.8 * INVOICED_CUSTOMERS <= len(made) <= INVOICED_CUSTOMERS
    assert sum(invoice.entry_count for invoice in made) == INVOICED_ENTRIES
    assert_within(benchmark, 10.0)
