"""Statements of account from the register: every kind of entry in date order with a running
balance, one statement per currency, and the balance equal to the customer ledger's line for
every customer of the demo register."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from tests.helpers.shortcuts import new_draft

from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.errors import ValidationError
from kundbok.domain.invoice import LineDetails
from kundbok.domain.statement import EntryKind
from kundbok.services.customers import create_customer
from kundbok.services.demo_data import create_demo_customers, create_demo_invoices
from kundbok.services.demo_prices import create_demo_agreements
from kundbok.services.demo_rot_rut import create_demo_rot_rut_invoices
from kundbok.services.invoices import (
    create_credit_note,
    issue_invoice,
    mark_paid,
    save_draft,
)
from kundbok.services.payments.booking import register_payment
from kundbok.services.reminders.delivery import mark_reminders_printed
from kundbok.services.reminders.interest import create_interest_invoice
from kundbok.services.reminders.overdue import make_reminders
from kundbok.services.reminders.settings import get_reminder_settings, save_reminder_settings
from kundbok.services.reports import receivables_report
from kundbok.services.statements import default_period, statement_of

TODAY = dt.date.today()


def _invoice(db, customer_id: int, net: str, day: dt.date):
    draft = replace(
        new_draft(db, customer_id, day),
        lines=(LineDetails(description="Arbete", unit_price=D(net)),),
    )
    return issue_invoice(db, save_draft(db, draft).id, day)


def test_every_demo_customers_balance_is_its_line_in_the_customer_ledger(any_db):
    create_demo_customers(any_db, 120)
    create_demo_agreements(any_db)
    create_demo_invoices(any_db, 500, today=TODAY)
    create_demo_rot_rut_invoices(any_db, today=TODAY)
    ledger = {line.customer_id: line.total for line in receivables_report(any_db, TODAY).customers}
    assert len(ledger) > 20  # the register has debts and credits to compare
    first, last = default_period(TODAY)
    from sqlalchemy import select

    from kundbok.db.models import Customer

    with any_db.unit_of_work(write=False) as session:
        customers = list(session.scalars(select(Customer.id)))
    kinds: set[EntryKind] = set()
    for customer_id in customers:
        statement = statement_of(any_db, customer_id, first, last)
        [only] = statement.statements  # the demo register invoices in kronor only
        assert only.closing_balance == ledger.get(customer_id, D(0)), customer_id
        assert only.lines == () or only.lines[-1].balance == only.closing_balance
        assert sum((item.open_amount for item in only.open_items), D(0)) == only.closing_balance
        kinds |= {line.entry.kind for line in only.lines}
    assert {EntryKind.INVOICE, EntryKind.PAYMENT, EntryKind.CREDIT_NOTE} <= kinds


@pytest.fixture
def history(any_db):
    """A customer with a year of everything: part and over payments, a credit note with its
    refund, a reminder with a fee, a räntefaktura, and an invoice in euros."""
    db = any_db
    save_reminder_settings(db, replace(get_reminder_settings(db), reminder_fee=D(60)))
    customer = create_customer(
        db,
        CustomerDetails(
            name="Åkessons Rör AB",
            payment_terms_days=30,
            addresses=(AddressDetails(street="Storgatan 1", postcode="90325", city="Umeå"),),
        ),
    )
    late = _invoice(db, customer.id, "800", dt.date(2026, 1, 10))  # 1 000 kr, due 9 Feb
    made = make_reminders(db, [customer.id], dt.date(2026, 2, 20))
    mark_reminders_printed(
        db, [reminder.reminder_id for reminder in made]
    )  # sent: its fee is charged
    register_payment(db, late.id, D(1000), dt.date(2026, 3, 1))
    interest = create_interest_invoice(db, late.id, dt.date(2026, 3, 2))
    part = _invoice(db, customer.id, "400", dt.date(2026, 3, 5))  # 500 kr
    register_payment(db, part.id, D(200), dt.date(2026, 3, 20))
    over = _invoice(db, customer.id, "160", dt.date(2026, 4, 1))  # 200 kr
    register_payment(db, over.id, D(250), dt.date(2026, 4, 15))  # 50 kr to the good
    refunded = _invoice(db, customer.id, "240", dt.date(2026, 5, 1))  # 300 kr
    register_payment(db, refunded.id, D(300), dt.date(2026, 5, 10))
    note = create_credit_note(db, refunded.id, dt.date(2026, 5, 20))
    mark_paid(db, note.id, dt.date(2026, 5, 25))  # refunded
    create_customer_in_euros = replace(
        new_draft(db, customer.id, dt.date(2026, 6, 1)), currency="EUR"
    )
    euros = save_draft(
        db,
        replace(
            create_customer_in_euros, lines=(LineDetails(description="Work", unit_price=D(100)),)
        ),
    )
    issue_invoice(db, euros.id, dt.date(2026, 6, 1), exchange_rate=D("11.50"))
    return db, customer, interest.number


def test_a_year_of_everything_in_order_with_a_running_balance(history):
    db, customer, interest_number = history
    statement = statement_of(db, customer.id, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    sek, eur = statement.statements
    assert (sek.currency, eur.currency) == ("SEK", "EUR")
    kinds = [line.entry.kind for line in sek.lines]
    assert kinds[:4] == [
        EntryKind.INVOICE,
        EntryKind.REMINDER,
        EntryKind.PAYMENT,
        EntryKind.INTEREST_INVOICE,
    ]
    assert EntryKind.CREDIT_NOTE in kinds and EntryKind.REFUND in kinds
    [reminder] = [line.entry for line in sek.lines if line.entry.kind is EntryKind.REMINDER]
    assert reminder.fee == D(60) and reminder.amount == D(0)
    days = [line.entry.day for line in sek.lines]
    assert days == sorted(days)
    assert sek.opening_balance == D(0)
    assert eur.closing_balance == D(125)  # 100 EUR + 25 % VAT, never added to kronor
    # open: the part-paid invoice's 300, the 50 to the customer's good, the räntefaktura
    opened = {item.number: item.open_amount for item in sek.open_items}
    assert {D(-50), D(300)} <= set(opened.values()) and len(opened) == 3
    assert opened[interest_number] > D(60)  # the fee and some interest
    assert sek.closing_balance == D(250) + opened[interest_number]


def test_a_period_in_the_middle_brings_its_balance_forward(history):
    db, customer, _interest = history
    spring = statement_of(db, customer.id, dt.date(2026, 3, 3), dt.date(2026, 3, 31))
    sek = spring.statements[0]
    whole = statement_of(db, customer.id, dt.date(2026, 1, 1), dt.date(2026, 3, 2)).statements[0]
    assert sek.opening_balance == whole.closing_balance
    assert [line.entry.kind for line in sek.lines] == [EntryKind.INVOICE, EntryKind.PAYMENT]
    assert sek.closing_balance == sek.opening_balance + D(500) - D(200)
    part = [item for item in sek.open_items if item.open_amount == D(300)]
    assert part and part[0].days_late == 0  # due 4 April


def test_a_period_that_ends_before_it_begins_is_refused(history):
    db, customer, _interest = history
    with pytest.raises(ValidationError):
        statement_of(db, customer.id, dt.date(2026, 2, 1), dt.date(2026, 1, 31))


def test_a_customer_without_invoices_gets_an_empty_statement_in_its_currency(any_db):
    customer = create_customer(any_db, CustomerDetails(name="Ny AB", currency="EUR"))
    [only] = statement_of(any_db, customer.id, *default_period()).statements
    assert (only.currency, only.opening_balance, only.closing_balance, only.lines) == (
        "EUR",
        D(0),
        D(0),
        (),
    )


def test_the_default_period_is_the_twelve_months_to_the_day():
    assert default_period(dt.date(2026, 6, 30)) == (dt.date(2025, 7, 1), dt.date(2026, 6, 30))
    assert default_period(dt.date(2028, 2, 29)) == (dt.date(2027, 3, 1), dt.date(2028, 2, 29))
