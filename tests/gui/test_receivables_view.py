"""Kundreskontra: the view shows the service's buckets and totals, exports the CSV a Swedish
spreadsheet opens, prints over pages, and opens a customer's card on a double-click."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from pypdf import PdfReader

from kundbok.db.migrate import open_database
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoices import issue_invoice, new_draft, save_draft
from kundbok.services.payments import register_payment
from kundbok.services.reports import receivables_report, receivables_rows, sales_report
from kundbok.ui.formatting import display_money
from kundbok.ui.receivables import ReceivablesView
from kundbok.ui.receivables.printing import print_report

ON = dt.date(2026, 6, 30)
LINES = (LineDetails(description="Arbete", quantity=D(1), unit_price=D(1000), vat_rate=D(25)),)


def _issue(db, customer_id, day):
    draft = save_draft(db, replace(new_draft(db, customer_id, day), lines=LINES))
    return issue_invoice(db, draft.id, day)  # 1250.00, due 30 days later


@pytest.fixture
def ledger(tmp_path):
    """Three customers whose invoices fall in different age buckets on ON, one part paid."""
    db = open_database(tmp_path / "ledger.sqlite3")
    ids = {}
    for name in ("Bergs Snickeri AB", "Alms Café", "Ceders Måleri"):
        ids[name] = create_customer(db, CustomerDetails(name=name, payment_terms_days=30)).id
    _issue(db, ids["Bergs Snickeri AB"], ON - dt.timedelta(days=10))  # not yet due
    part = _issue(db, ids["Bergs Snickeri AB"], ON - dt.timedelta(days=45))  # 15 days late
    register_payment(db, part.id, D("250.00"), ON - dt.timedelta(days=40))
    _issue(db, ids["Alms Café"], ON - dt.timedelta(days=100))  # 70 days late
    _issue(db, ids["Ceders Måleri"], ON - dt.timedelta(days=200))  # over 90 days late
    yield db, ids
    db.dispose()


@pytest.fixture
def view(qtbot, ledger):
    db, _ids = ledger
    shown = ReceivablesView(db)
    qtbot.addWidget(shown)
    shown.aged_on.setDate(QDate(ON.year, ON.month, ON.day))
    return shown


def _cells(model):
    return [list(model.row_at(row).cells) for row in range(model.rowCount())]


def test_buckets_and_totals_are_the_services(view, ledger):
    db, ids = ledger
    report = receivables_report(db, ON)
    expected = [
        [aging.customer_name, *map(display_money, aging.buckets), display_money(aging.total)]
        for aging in report.customers
    ]
    expected.append(
        ["Total", *map(display_money, report.bucket_totals), display_money(report.total)]
    )
    assert _cells(view.aging_model) == expected
    assert _cells(view.aging_model)[-1] == [
        "Total",
        *map(display_money, (D("1250"), D("1000"), D(0), D("1250"), D("1250"))),
        display_money(D("4750")),
    ]
    assert view.aging_model.row_at(0).customer_id == ids["Alms Café"]


def test_changing_the_day_ages_again(view):
    view.aged_on.setDate(QDate(2026, 12, 31))
    totals = view.aging_model.row_at(view.aging_model.rowCount() - 1).cells
    assert totals[1:6] == tuple(map(display_money, (D(0), D(0), D(0), D(0), D("4750"))))


def test_sales_tab_shows_the_chosen_period(view, ledger):
    db, _ids = ledger
    first = ON - dt.timedelta(days=60)
    view.sales_from.setDate(QDate(first.year, first.month, first.day))
    view.sales_to.setDate(QDate(ON.year, ON.month, ON.day))
    report = sales_report(db, first, ON)
    rows = _cells(view.sales_model)
    assert [row[0] for row in rows] == ["Bergs Snickeri AB", "Total"]
    assert rows[-1][1:] == ["2", *map(display_money, (report.net, report.vat, D("2500")))]


def test_csv_export_parses_back_to_the_report(view, ledger, tmp_path):
    db, _ids = ledger
    path = view.export_csv(tmp_path / "reskontra.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM tells Excel it is UTF-8
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows == receivables_rows(receivables_report(db, ON))
    assert rows[-1] == ["total", "1250,00", "1000,00", "0,00", "1250,00", "1250,00", "4750,00"]


def test_csv_export_of_the_sales_tab(view, tmp_path):
    view.tabs.setCurrentIndex(1)
    path = view.export_csv(tmp_path / "sales.csv")
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows[0] == ["customer", "invoices", "net", "vat", "total"]
    assert rows[-1][0] == "total"


def test_printing_lays_a_long_list_over_pages(qtbot, tmp_path):
    db = open_database(tmp_path / "many.sqlite3")
    for number in range(90):
        customer = create_customer(db, CustomerDetails(name=f"Kund {number:03}"))
        _issue(db, customer.id, ON - dt.timedelta(days=number))
    shown = ReceivablesView(db)
    qtbot.addWidget(shown)
    shown.aged_on.setDate(QDate(ON.year, ON.month, ON.day))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "reskontra.pdf"))
    print_report(printer, shown.report_html())
    reader = PdfReader(tmp_path / "reskontra.pdf")
    assert len(reader.pages) >= 2
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert "Kund 000" in pages[0] and "Kund 089" in pages[-1]
    assert "Over 90 days" in pages[1]  # the heading row repeats on every page
    db.dispose()


def test_preview_opens_without_blocking(view, qtbot):
    dialog = view.preview_report()
    assert isinstance(dialog, QPrintPreviewDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.close()


def test_double_click_asks_for_the_customers_card(view, ledger, qtbot):
    _db, ids = ledger
    index = view.aging_model.index(0, 0)
    with qtbot.waitSignal(view.customer_open_requested) as opened:
        view.aging_table.doubleClicked.emit(index)
    assert opened.args == [ids["Alms Café"]]
    total_row = view.aging_model.index(view.aging_model.rowCount() - 1, 0)
    with qtbot.assertNotEmitted(view.customer_open_requested):
        view.aging_table.doubleClicked.emit(total_row)


def test_menu_opens_the_view(window, qtbot):
    window.findChild(type(window.menuBar().actions()[0]), "action_receivables").trigger()
    assert window.receivables_view.isVisible()
    window.receivables_view.close()
