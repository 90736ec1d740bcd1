"""Amounts and dates no payment can have: refused with a message wherever they come in (the
`pay` command, the service, a bank file), never a traceback, and nothing booked."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from tests.helpers.shortcuts import new_draft
from tests.unit.domain.bank_files.bank_file_samples import CAMT_08, Sent, camt054

from kundbok.cli import main
from kundbok.db.migrate import open_database
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.errors import ValidationError
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.demo_data import create_demo_company
from kundbok.services.invoice_queries import find_invoice_id
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.payments.booking import invoice_payments, register_payment

DAY = dt.date(2026, 2, 20)
LINES = (LineDetails(description="Arbete", quantity=D(2), unit_price=D(500), vat_rate=D(25)),)


def _issued(db):
    create_demo_company(db)
    customer = create_customer(db, CustomerDetails(name="Anna Andersson"))
    draft = save_draft(db, replace(new_draft(db, customer.id, DAY), lines=LINES))
    return issue_invoice(db, draft.id, DAY)


@pytest.fixture
def register(tmp_path):
    """A register file with one issued invoice of 1250.00; yields its path and the invoice."""
    path = tmp_path / "kundbok.sqlite3"
    db = open_database(str(path))
    invoice = _issued(db)
    db.dispose()
    return path, invoice


def _payments(path, number):
    db = open_database(str(path))
    try:
        return invoice_payments(db, find_invoice_id(db, number))
    finally:
        db.dispose()


@pytest.mark.parametrize("amount", ["92233720368547758.07", "1E+30", "1000000000.01"])
def test_pay_refuses_an_amount_beyond_the_limit(register, capsys, amount):
    path, invoice = register
    assert main(["--database", str(path), "pay", str(invoice.number), amount]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip()
    assert _payments(path, invoice.number) == []
    # The invoice takes its payment afterwards as ever.
    assert main(["--database", str(path), "pay", str(invoice.number), "1250"]) == 0


def test_pay_refuses_a_date_after_today(register, capsys):
    path, invoice = register
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    args = ["--database", str(path), "pay", str(invoice.number), "100", "--date", tomorrow]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err == f"kundbok: A payment cannot be dated after today ({tomorrow} was given).\n"
    assert _payments(path, invoice.number) == []


@pytest.mark.parametrize("amount", [D("92233720368547758.07"), D("1E+30"), D("Infinity")])
def test_the_service_refuses_an_amount_beyond_the_limit(any_db, amount):
    invoice = _issued(any_db)
    with pytest.raises(ValidationError, match="larger than the largest amount taken"):
        register_payment(any_db, invoice.id, amount, DAY)
    assert invoice_payments(any_db, invoice.id) == []
    assert register_payment(any_db, invoice.id, D("1000000000.00"), DAY).state == "paid"


@pytest.mark.parametrize("amount", ["1E+30", "99999999999999999999.99"])
def test_a_bank_file_with_an_amount_beyond_the_limit_is_one_line(register, capsys, amount):
    path, invoice = register
    bank_file = path.parent / "camt.xml"
    data = camt054(CAMT_08, [[Sent("1250.00", ocr=invoice.ocr, bank_ref="T1")], [Sent("7.00")]])
    bank_file.write_bytes(data.replace(b">7.00<", f">{amount}<".encode()))
    assert main(["--database", str(path), "import-payments", str(bank_file)]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"kundbok: The camt.054 file cannot be read: entry 2 has the amount {amount}, "
        "larger than the largest amount taken.\n"
    )
    assert _payments(path, invoice.number) == []


def test_a_bank_file_with_a_payment_after_today_is_refused(register, capsys):
    path, invoice = register
    bank_file = path.parent / "camt.xml"
    later = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    data = camt054(CAMT_08, [[Sent("1250.00", ocr=invoice.ocr, bank_ref="T1")]])
    bank_file.write_bytes(data.replace(b"2026-03-02", later.encode()))
    assert main(["--database", str(path), "import-payments", str(bank_file), "--dry-run"]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"kundbok: The bank file cannot be read: payment T1 is booked on {later}, after today.\n"
    )
    assert _payments(path, invoice.number) == []
