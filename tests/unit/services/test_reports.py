"""Receivables by age and sales per customer, from the invoices and their payments; their CSV
and `kundbok report`."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from tests.helpers.shortcuts import new_draft

from kundbok.cli import main
from kundbok.db.migrate import open_database
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.domain.receivables import AgeBucket
from kundbok.services.customers import create_customer
from kundbok.services.demo_data import create_demo_company
from kundbok.services.invoices import create_credit_note, issue_invoice, save_draft
from kundbok.services.payments.booking import register_payment
from kundbok.services.reports import receivables_report, sales_report, write_receivables_csv

LINES = (LineDetails(description="Arbete", quantity=D(2), unit_price=D(500), vat_rate=D(25)),)


def _issue(db, customer, day):
    create_demo_company(db)  # no invoice is issued without a complete seller
    draft = save_draft(db, replace(new_draft(db, customer.id, day), lines=LINES))
    return issue_invoice(db, draft.id, day)  # 1250.00, due 30 days later


def _register(db):
    """Two customers: Berg with one late and one part-paid invoice, Alm overpaid and credited."""
    berg = create_customer(db, CustomerDetails(name="Bergs Snickeri AB", payment_terms_days=30))
    alm = create_customer(db, CustomerDetails(name="Alms Café", payment_terms_days=30))
    _issue(db, berg, dt.date(2026, 1, 1))  # due 31 Jan: 59 days late on 31 March
    part = _issue(db, berg, dt.date(2026, 3, 10))  # due 9 April
    register_payment(db, part.id, D("250.00"), dt.date(2026, 3, 15))
    over = _issue(db, alm, dt.date(2026, 2, 1))
    register_payment(db, over.id, D("1300.00"), dt.date(2026, 2, 20))
    credited = _issue(db, alm, dt.date(2026, 3, 1))
    create_credit_note(db, credited.id, dt.date(2026, 3, 5))
    return berg, alm


@pytest.fixture
def register(db):
    return _register(db)


def test_receivables_follow_payments_and_age(db, register):
    berg, alm = register
    report = receivables_report(db, dt.date(2026, 3, 31))
    rows = {aging.customer_id: aging for aging in report.customers}
    assert rows[berg.id].buckets[AgeBucket.DAYS_31_60] == D("1250.00")
    assert rows[berg.id].buckets[AgeBucket.NOT_DUE] == D("1000.00")
    assert rows[alm.id].total == D("-50.00")  # the overpayment; the credited invoice is settled
    assert report.total == D("2200.00")


def test_sales_per_customer_count_credit_notes_against_them(db, register):
    berg, alm = register
    report = sales_report(db, dt.date(2026, 2, 1), dt.date(2026, 3, 31))
    sales = {row.customer_id: row for row in report.customers}
    assert (sales[berg.id].invoices, sales[berg.id].net) == (1, D("1000.00"))
    assert (sales[alm.id].invoices, sales[alm.id].net, sales[alm.id].vat) == (
        3,
        D("1000.00"),
        D("250.00"),
    )
    assert report.net == D("2000.00")


def test_receivables_csv_opens_in_a_swedish_spreadsheet(db, register, tmp_path):
    path = tmp_path / "reskontra.csv"
    write_receivables_csv(path, receivables_report(db, dt.date(2026, 3, 31)))
    lines = path.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[0].startswith("customer number;customer;currency;not yet due;1-30 days")
    assert lines[1] == "2;Alms Café;SEK;0,00;-50,00;0,00;0,00;0,00;-50,00"
    assert lines[-2].startswith(";total;SEK;") and lines[-2].endswith(";2200,00")
    assert "total in SEK" not in lines[-2]  # kronor only: one total


def test_receivables_keep_currencies_apart_and_name_customers_by_number(db, register, tmp_path):
    berg, _ = register
    twin = create_customer(db, CustomerDetails(name="Bergs Snickeri AB", currency="EUR"))
    draft = replace(new_draft(db, twin.id, dt.date(2026, 3, 20)), lines=LINES)
    euros = save_draft(db, replace(draft, exchange_rate=D("11.50")))
    issue_invoice(db, euros.id, dt.date(2026, 3, 20))  # EUR 1 250.00, not yet due on 31 March
    report = receivables_report(db, dt.date(2026, 3, 31))
    path = tmp_path / "reskontra.csv"
    write_receivables_csv(path, report)
    lines = path.read_bytes().decode("utf-8-sig").split("\r\n")
    assert f"{twin.number};Bergs Snickeri AB;EUR;1250,00;0,00;0,00;0,00;0,00;1250,00" in lines
    assert f"{berg.number};Bergs Snickeri AB;SEK;1000,00;0,00;1250,00;0,00;0,00;2250,00" in lines
    assert ";total;SEK;1000,00;-50,00;1250,00;0,00;0,00;2200,00" in lines
    assert ";total;EUR;1250,00;0,00;0,00;0,00;0,00;1250,00" in lines
    # Kronor and euros at the invoice's rate (1 250 × 11.50), never euros added as kronor.
    assert lines[-2] == ";total in SEK;SEK;15375,00;-50,00;1250,00;0,00;0,00;16575,00"
    assert report.total == D("16575.00")


def test_kundbok_report(tmp_path, capsys):
    path = tmp_path / "kundbok.sqlite3"
    db = open_database(str(path))
    _register(db)
    db.dispose()
    base = ["--database", str(path), "report"]
    out_csv = tmp_path / "sales.csv"
    assert main([*base, "receivables", "--date", "2026-03-31"]) == 0
    out = capsys.readouterr().out
    assert "Bergs Snickeri AB" in out and "2200,00" in out
    assert out.splitlines()[2].split()[:4] == ["2", "Alms", "Café", "SEK"]  # its number first
    assert main([*base, "sales", "--from", "2026-02-01", "--to", "2026-03-31"]) == 0
    assert "2500,00" in capsys.readouterr().out
    args = [*base, "sales", "--from", "2026-01-01", "--to", "2026-12-31", "--csv", str(out_csv)]
    assert main(args) == 0
    assert "Bergs Snickeri AB;2;2000,00;500,00;2500,00" in out_csv.read_text("utf-8-sig")
    assert main([*base, "sales", "--from", "2026-03-31", "--to", "2026-01-01"]) == 2
    assert main([*base, "sales", "--from", "2026-03-31"]) == 2
    assert main([*base, "receivables", "--date", "31/3"]) == 2
