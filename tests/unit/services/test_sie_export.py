"""SIE export: every voucher balances, receivables are invoiced less paid, output VAT is the
invoices' VAT, the customer's own accounts are used, the file is CP437; `kundbok export-sie`."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

from tests.helpers.shortcuts import new_draft
from tests.unit.domain.sie.strict_sie_reader import read_sie

from kundbok.cli import main
from kundbok.db.migrate import open_database
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.demo_data import create_demo_company
from kundbok.services.invoices import create_credit_note, issue_invoice, save_draft
from kundbok.services.payments.booking import register_payment, reverse_payment
from kundbok.services.sie_export import export_sie

LINES = (
    LineDetails(description="Arbete", quantity=D(3), unit_price=D("650.00"), vat_rate=D(25)),
    LineDetails(description="Bok", unit_price=D("99.90"), vat_rate=D(6)),
)
MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))


def _issue(db, customer, day):
    create_demo_company(db)  # no invoice is issued without a complete seller
    draft = save_draft(db, replace(new_draft(db, customer.id, day), lines=LINES))
    return issue_invoice(db, draft.id, day)


def _register(db):
    """Three invoices and a credit note in March, payments in and out of it, one reversed."""
    sold = create_customer(db, CustomerDetails(name="Åkessons Rör AB"))
    own = create_customer(
        db, CustomerDetails(name="Öbergs Ö-café", sales_account="3041", receivables_account="1511")
    )
    first = _issue(db, sold, dt.date(2026, 3, 2))
    second = _issue(db, own, dt.date(2026, 3, 3))
    third = _issue(db, sold, dt.date(2026, 3, 4))
    create_credit_note(db, third.id, dt.date(2026, 3, 5))
    _issue(db, sold, dt.date(2026, 4, 1))  # outside March
    register_payment(db, first.id, D("1000.00"), dt.date(2026, 3, 10), "bankgiro")
    register_payment(db, second.id, D("2143.80"), dt.date(2026, 3, 11), "plusgiro")
    wrong = register_payment(db, first.id, D("50.00"), dt.date(2026, 3, 12)).payment
    reverse_payment(db, wrong.id, dt.date(2026, 3, 13))
    return first, second, third


def test_the_period_exports_balanced_vouchers_that_add_up(db, tmp_path):
    first, second, third = _register(db)
    path = tmp_path / "mars.se"
    assert export_sie(db, *MARCH, path, today=dt.date(2026, 4, 2)) == 8
    data = path.read_bytes()
    sie = read_sie(data)  # strict: CR LF, header order, every #VER balanced, every #KONTO
    assert "Åkessons Rör AB".encode("cp437") in data
    assert sie.header["#FORMAT"] == ["PC8"] and sie.header["#SIETYP"] == ["4"]

    invoiced = first.totals().total + third.totals().total - third.totals().total
    paid = D("1000.00") + D("50.00") - D("50.00")
    assert sie.balance("1510") == invoiced - paid
    assert sie.balance("1511") == second.totals().total - D("2143.80")
    vat = sum((line.vat for inv in (first, second) for line in inv.totals().vat_lines), D(0))
    assert -(sie.balance("2611") + sie.balance("2631")) == vat
    assert sie.balance("3041") == -second.totals().net
    assert sie.balance("1920") == D("2143.80") and sie.balance("1930") == D("1000.00")
    assert "1511" in sie.accounts and "3041" in sie.accounts


def test_kundbok_export_sie(tmp_path, capsys):
    database = tmp_path / "kundbok.sqlite3"
    db = open_database(str(database))
    _register(db)
    db.dispose()
    out = tmp_path / "mars.se"
    args = ["--database", str(database), "export-sie", "--from", "2026-03-01", "--to", "2026-03-31"]
    assert main([*args, str(out)]) == 0
    assert "8 vouchers" in capsys.readouterr().out
    assert len(read_sie(out.read_bytes()).vouchers) == 8
    bad = ["--database", str(database), "export-sie", "--from", "2026-03-31", "--to", "2026-03-01"]
    assert main([*bad, str(tmp_path / "x.se")]) == 2
    assert not (tmp_path / "x.se").exists()
