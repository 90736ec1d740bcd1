"""A customer owing in kronor and in euros gets a reminder in each currency: no document adds
SEK to EUR, and the fee and förseningsersättning (kronor by law) go only on the SEK one."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

from tests.helpers.shortcuts import new_draft

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.reminders.overdue import get_reminder, make_reminders, overdue_customers
from kundbok.services.reminders.settings import get_reminder_settings, save_reminder_settings

ISSUED = dt.date(2026, 1, 2)
LATE = dt.date(2026, 3, 3)


def _issue(db, customer, currency, price):
    lines = (LineDetails(description="Arbete", quantity=D(1), unit_price=price, vat_rate=D(0)),)
    rate = None if currency == "SEK" else D("11.4350")
    draft = replace(
        new_draft(db, customer.id, ISSUED), lines=lines, currency=currency, exchange_rate=rate
    )
    return issue_invoice(db, save_draft(db, draft).id, ISSUED)


def test_one_reminder_per_currency_and_charges_in_kronor_only(any_db):
    save_reminder_settings(
        any_db,
        replace(get_reminder_settings(any_db), reminder_fee=D(60), charge_compensation=True),
    )
    customer = create_customer(
        any_db, CustomerDetails(name="Nordljus GmbH", country="DE", payment_terms_days=30)
    )
    kronor = _issue(any_db, customer, "SEK", D(10_000))
    euros = _issue(any_db, customer, "EUR", D(1_000))

    listed = overdue_customers(any_db, LATE)
    assert [(r.customer_name, r.content.currency) for r in listed] == [
        ("Nordljus GmbH", "SEK"),
        ("Nordljus GmbH", "EUR"),
    ]
    in_kronor, in_euros = (r.content for r in listed)
    assert [line.receivable.number for line in in_kronor.lines] == [kronor.number]
    assert [line.receivable.number for line in in_euros.lines] == [euros.number]
    assert (in_kronor.fee, in_kronor.compensation_total) == (D(60), D(450))
    assert (in_euros.fee, in_euros.compensation_total) == (0, 0)
    assert in_euros.interest_total > 0  # interest is a percentage, in the invoice's currency
    assert in_euros.total == D(1_000) + in_euros.interest_total

    made = make_reminders(any_db, [customer.id], LATE)
    stored = [get_reminder(any_db, m.reminder_id) for m in made]
    assert [(r.currency, r.fee, r.open_total) for r in stored] == [
        ("SEK", D(60), D(10_000)),
        ("EUR", 0, D(1_000)),
    ]
