"""Payments: part payments, overpayments, reversal with history, statuses, `kundbok pay`."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from tests.helpers.shortcuts import new_draft

from kundbok.cli import main
from kundbok.db.migrate import open_database
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.errors import RefusedError, ValidationError
from kundbok.domain.events import EventAction
from kundbok.domain.invoice import InvoiceStatus, LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.demo_data import create_demo_company
from kundbok.services.history import customer_history
from kundbok.services.invoice_queries import (
    customer_balance,
    find_invoice_id,
    get_invoice,
    list_invoices,
)
from kundbok.services.invoices import create_credit_note, issue_invoice, mark_paid, save_draft
from kundbok.services.payments.booking import invoice_payments, register_payment, reverse_payment

DAY = dt.date(2026, 11, 2)
LINES = (LineDetails(description="Arbete", quantity=D(2), unit_price=D(500), vat_rate=D(25)),)


@pytest.fixture
def customer(any_db):
    return create_customer(any_db, CustomerDetails(name="Ödmans Bageri AB", payment_terms_days=10))


def _issued(db, customer):
    create_demo_company(db)  # no invoice is issued without a complete seller
    draft = save_draft(db, replace(new_draft(db, customer.id, DAY), lines=LINES))
    return issue_invoice(db, draft.id, DAY)  # 1250.00 due on the 12th


def _status(db, invoice_id, today):
    return next(row for row in list_invoices(db, today=today) if row.id == invoice_id)


def test_part_payments_then_paid(any_db, customer):
    invoice = _issued(any_db, customer)
    first = register_payment(any_db, invoice.id, D("500.00"), DAY, "swish", "del 1")
    assert (first.paid, first.open_amount, first.state) == (D("500.00"), D("750.00"), "issued")
    assert _status(any_db, invoice.id, DAY).status == InvoiceStatus.PARTLY_PAID
    assert customer_balance(any_db, customer.id) == D("750.00")
    late = _status(any_db, invoice.id, dt.date(2026, 11, 20))
    assert (late.status, late.days_overdue) == (InvoiceStatus.OVERDUE, 8)

    second = register_payment(any_db, invoice.id, D("750.00"), dt.date(2026, 11, 21), "bankgiro")
    assert (second.open_amount, second.state) == (D("0.00"), "paid")
    assert get_invoice(any_db, invoice.id).paid_date == dt.date(2026, 11, 21)
    assert _status(any_db, invoice.id, dt.date(2026, 12, 1)).status == InvoiceStatus.PAID
    assert customer_balance(any_db, customer.id) == 0


def test_an_overpayment_is_noted_and_owed_back(any_db, customer):
    invoice = _issued(any_db, customer)
    result = register_payment(any_db, invoice.id, D("1300.00"), DAY)
    assert (result.state, result.open_amount) == ("paid", D("-50.00"))
    assert _status(any_db, invoice.id, DAY).status == InvoiceStatus.OVERPAID
    assert customer_balance(any_db, customer.id) == D("-50.00")


def test_a_reversal_opens_the_invoice_again_and_is_kept(any_db, customer):
    invoice = _issued(any_db, customer)
    payment = register_payment(any_db, invoice.id, D("1250.00"), DAY).payment
    reverse_payment(any_db, payment.id, dt.date(2026, 11, 3))
    assert get_invoice(any_db, invoice.id).state == "issued"
    assert get_invoice(any_db, invoice.id).paid_date is None
    assert customer_balance(any_db, customer.id) == D("1250.00")
    kept = invoice_payments(any_db, invoice.id)
    assert [(p.amount, p.reversed, p.reversed_date) for p in kept] == [
        (D("1250.00"), True, dt.date(2026, 11, 3))
    ]
    actions = [event.action for event in customer_history(any_db, customer.id)]
    assert EventAction.PAYMENT_REGISTERED in actions and EventAction.PAYMENT_REVERSED in actions
    with pytest.raises(RefusedError):
        reverse_payment(any_db, payment.id, DAY)


@pytest.mark.parametrize("amount", [D(0), D(-5), D("0.001")])
def test_an_amount_that_is_no_payment_is_refused(any_db, customer, amount):
    invoice = _issued(any_db, customer)
    with pytest.raises(ValidationError):
        register_payment(any_db, invoice.id, amount, DAY)
    assert invoice_payments(any_db, invoice.id) == []


def test_drafts_and_credited_invoices_take_no_payment(any_db, customer):
    draft = save_draft(any_db, replace(new_draft(any_db, customer.id, DAY), lines=LINES))
    with pytest.raises(RefusedError):
        register_payment(any_db, draft.id, D(10), DAY)
    invoice = _issued(any_db, customer)
    create_credit_note(any_db, invoice.id, DAY)
    with pytest.raises(RefusedError):
        register_payment(any_db, invoice.id, D(10), DAY)
    with pytest.raises(ValidationError):
        register_payment(any_db, _issued(any_db, customer).id, D(10), DAY, "cheque")


def test_mark_paid_registers_what_is_still_open(any_db, customer):
    invoice = _issued(any_db, customer)
    register_payment(any_db, invoice.id, D("200.00"), DAY)
    mark_paid(any_db, invoice.id, dt.date(2026, 11, 5))
    assert [p.amount for p in invoice_payments(any_db, invoice.id)] == [D("200.00"), D("1050.00")]
    assert _status(any_db, invoice.id, DAY).status == InvoiceStatus.PAID
    assert customer_balance(any_db, customer.id) == 0


def test_kundbok_pay(tmp_path, capsys):
    path = tmp_path / "kundbok.sqlite3"
    db = open_database(str(path))
    customer = create_customer(db, CustomerDetails(name="Ödmans Bageri AB"))
    number = _issued(db, customer).number
    db.dispose()
    args = ["--database", str(path), "pay", str(number), "1000,50"]
    assert main([*args, "--date", "2026-11-04", "--method", "swish"]) == 0
    assert "open 249.50" in capsys.readouterr().out
    assert main(["--database", str(path), "pay", "99", "10"]) == 2
    assert main(["--database", str(path), "pay", str(number), "ten"]) == 2
    assert main([*args, "--method", "cheque"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 3 and "Traceback" not in err
    assert main(["--database", str(path), "pay", str(number), "1 000,505"]) == 2
    assert "more than 2 decimals" in capsys.readouterr().err  # refused, never rounded
    db = open_database(str(path))
    payments = invoice_payments(db, find_invoice_id(db, number))
    db.dispose()
    assert [(p.amount, p.method, p.payment_date) for p in payments] == [
        (D("1000.50"), "swish", dt.date(2026, 11, 4))
    ]
