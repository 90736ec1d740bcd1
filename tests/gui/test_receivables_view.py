"""Kundreskontra: the view shows the service's figures, exports them and prints them."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QFileDialog
from tests.helpers.shortcuts import new_draft

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.demo_data import create_demo_customers, create_demo_invoices
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.payments.booking import register_payment
from kundbok.services.reports import receivables_report, receivables_rows, sales_report
from kundbok.ui.formatting import display_count, display_money
from kundbok.ui.receivables_view import ReceivablesView
from kundbok.ui.report_printing import print_report

TODAY = dt.date(2026, 6, 30)


@pytest.fixture
def ledger_db(db):
    """Twenty customers and sixty invoices over the year before TODAY: paid, open and late."""
    create_demo_customers(db, 20)
    create_demo_invoices(db, 60, today=TODAY)
    return db


@pytest.fixture
def view(qtbot, ledger_db):
    shown = ReceivablesView(ledger_db, today=TODAY)
    qtbot.addWidget(shown)
    shown.refresh()
    return shown


def _shown(model) -> list[list[str]]:
    return [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def _aging_rows(report) -> list[list[str]]:
    rows = [
        [
            str(c.customer_number),
            c.customer_name,
            c.currency,
            *map(display_money, (*c.buckets, c.total)),
        ]
        for c in report.customers
    ]
    totals = [display_money(amount) for amount in (*report.bucket_totals, report.total)]
    return [*rows, ["", "Total", "SEK", *totals]]


def test_buckets_and_totals_are_the_services(view, ledger_db):
    report = receivables_report(ledger_db, TODAY)
    assert report.customers and report.bucket_totals[1:] != (0, 0, 0, 0)  # some are late
    assert view.aging_model.columnCount() == 9
    assert _shown(view.aging_model) == _aging_rows(report)
    assert view.total_label.text() == f"Open in total: {display_money(report.total)} SEK"
    totals_row = view.aging_model.rowCount() - 1
    assert view.aging_model.index(totals_row, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert [view.chart.bar_set.at(i) for i in range(5)] == [
        float(round(amount)) for amount in report.bucket_totals
    ]


def test_another_day_ages_again(view, ledger_db):
    later = TODAY + dt.timedelta(days=45)
    view.aging_date.setDate(QDate(later.year, later.month, later.day))
    report = receivables_report(ledger_db, later)
    assert view.aging is not None and view.aging.on == later
    assert _shown(view.aging_model) == _aging_rows(report)


def test_sales_of_the_chosen_period(view, ledger_db):
    view.sales_from.setDate(QDate(2026, 4, 1))
    view.sales_to.setDate(QDate(2026, 5, 31))
    report = sales_report(ledger_db, dt.date(2026, 4, 1), dt.date(2026, 5, 31))
    assert report.customers
    shown = _shown(view.sales_model)
    assert shown[:-1] == [
        [s.customer_name, display_count(s.invoices), *map(display_money, (s.net, s.vat, s.total))]
        for s in report.customers
    ]
    assert shown[-1][2] == display_money(report.net)


def test_period_cannot_end_before_it_starts(view):
    view.sales_from.setDate(QDate(2026, 5, 1))
    view.sales_to.setDate(QDate(2026, 3, 1))
    assert view.sales_to.date() == QDate(2026, 5, 1)


def test_csv_export_reads_back(view, ledger_db, tmp_path, monkeypatch, wait_for_tasks):
    target = tmp_path / "reskontra.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )
    view.export_button.click()
    wait_for_tasks()
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows == receivables_rows(receivables_report(ledger_db, TODAY))
    assert len(rows) == view.aging_model.rowCount() + 1  # the heading


def test_sales_tab_exports_sales(view, tmp_path, wait_for_tasks):
    view.tabs.setCurrentIndex(1)
    target = tmp_path / "sales.csv"
    view.export_csv(target)
    wait_for_tasks()
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows[0][:2] == ["customer", "invoices"]
    assert len(rows) == view.sales_model.rowCount() + 1


def test_unwritable_csv_is_told(view, tmp_path, no_dialogs, wait_for_tasks):
    _answers, asked = no_dialogs
    view.export_csv(tmp_path / "missing" / "x.csv")
    wait_for_tasks()
    assert asked and asked[0][0] == "warning"
    assert "x.csv could not be written" in asked[0][1]


def test_prints_to_pdf(view, tmp_path):
    target = tmp_path / "reskontra.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    pages = print_report(printer, view.report_html())
    reader = PdfReader(target)
    assert pages >= 1 and len(reader.pages) == pages
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Receivables by age" in text
    assert view.aging is not None
    assert " ".join(view.aging.customers[0].customer_name.split()) in text
    assert display_money(view.aging.total) in text.split()  # the grand total, whole


def test_opens_from_the_invoicing_menu(window):
    window.findChild(QAction, "action_receivables").trigger()
    view = window.findChild(QDialog, "receivables_view")
    assert isinstance(view, ReceivablesView) and view.isVisible()
    nothing = [display_money(Decimal(0))] * 6
    assert _shown(view.aging_model) == [["", "Total", "SEK", *nothing]]  # no invoices
    view.close()


LINES = (LineDetails(description="Arbete", quantity=Decimal(1), unit_price=Decimal(1000)),)


def _issue(db, customer_id: int, day: dt.date) -> int:
    draft = save_draft(db, replace(new_draft(db, customer_id, day), lines=LINES))
    return issue_invoice(db, draft.id, day).id  # 1,250.00 with VAT, due 30 days later


def test_each_amount_lands_in_its_age_column(qtbot, db):
    berg = create_customer(db, CustomerDetails(name="Bergs Snickeri AB", payment_terms_days=30))
    alm = create_customer(db, CustomerDetails(name="Alms Café", payment_terms_days=30))
    _issue(db, berg.id, TODAY - dt.timedelta(days=10))  # not yet due
    late = _issue(db, berg.id, TODAY - dt.timedelta(days=45))  # 15 days late
    register_payment(db, late, Decimal("250.00"), TODAY - dt.timedelta(days=40))
    _issue(db, alm.id, TODAY - dt.timedelta(days=200))  # 170 days late
    view = ReceivablesView(db, today=TODAY)
    qtbot.addWidget(view)
    view.refresh()
    amounts = [Decimal(n) for n in ("1250", "1000", "0", "0", "0", "2250")]
    assert _shown(view.aging_model) == [
        [
            str(alm.number),
            "Alms Café",
            "SEK",
            *map(display_money, [Decimal(0)] * 4 + [Decimal(1250)] * 2),
        ],
        [str(berg.number), "Bergs Snickeri AB", "SEK", *map(display_money, amounts)],
        ["", "Total", "SEK", *map(display_money, [*amounts[:4], Decimal(1250), Decimal(3500)])],
    ]


def test_each_currency_has_its_rows_and_the_total_is_in_kronor(qtbot, db):
    berg = create_customer(db, CustomerDetails(name="Bergs Snickeri AB"))
    nord = create_customer(db, CustomerDetails(name="Nordljus Oy", currency="EUR"))
    _issue(db, berg.id, TODAY - dt.timedelta(days=10))
    draft = replace(new_draft(db, nord.id, TODAY), lines=LINES, exchange_rate=Decimal("11.50"))
    issue_invoice(db, save_draft(db, draft).id, TODAY)  # EUR 1,250.00
    view = ReceivablesView(db, today=TODAY)
    qtbot.addWidget(view)
    view.refresh()
    shown = _shown(view.aging_model)
    assert [row[:3] + row[-1:] for row in shown] == [
        [str(berg.number), "Bergs Snickeri AB", "SEK", "1,250.00"],
        [str(nord.number), "Nordljus Oy", "EUR", "1,250.00"],
        ["", "Total", "SEK", "1,250.00"],
        ["", "Total", "EUR", "1,250.00"],
        ["", "Total in SEK", "SEK", "15,625.00"],  # 1 250 kr + EUR 1 250 at 11.50
    ]
    assert view.total_label.text() == "Open in total: 15,625.00 SEK"
    assert view.chart.bar_set.at(0) == 15625.0
    assert all(view.aging_model.index(row, 1).data(Qt.ItemDataRole.FontRole) for row in (2, 3, 4))


def test_preview_shows_the_sales_pages(view, qtbot):
    view.tabs.setCurrentIndex(1)
    view.preview_button.click()
    dialog = view.findChild(QPrintPreviewDialog)
    assert dialog is not None
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 1)
    dialog.close()


def test_the_chart_writes_thousands_as_swedish_does(qtbot, swedish):
    from PySide6.QtCharts import QBarSeries

    from kundbok.ui.receivables_chart import AgingChart

    chart = AgingChart()
    qtbot.addWidget(chart)
    chart.show_totals(["0–30"], [Decimal("101644")])
    inner = chart.chart()
    assert inner.localizeNumbers() and inner.locale().groupSeparator() == "\u00a0"
    # Qt writes "@value" and the axis through that locale: "101 644", never "101644".
    assert inner.locale().toString(101644.0, "f", 0) == "101\u00a0644"
    assert isinstance(inner.series()[0], QBarSeries)
