"""A credited räntefaktura waives what it charged: the late invoice is not listed again, and a
second räntefaktura is refused with a message that says so and what to do instead."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from tests.helpers.shortcuts import new_draft

from helpers.reminding import printed_reminders
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.errors import RefusedError
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoices import create_credit_note, issue_invoice, save_draft
from kundbok.services.payments.booking import register_payment
from kundbok.services.reminders.interest import create_interest_invoice, late_payments
from kundbok.services.reminders.settings import get_reminder_settings, save_reminder_settings

LINES = (LineDetails(description="Arbete", quantity=D(8), unit_price=D(1000), vat_rate=D(25)),)


def _late_paid(db):
    save_reminder_settings(
        db, replace(get_reminder_settings(db), reminder_fee=D(60), charge_compensation=True)
    )
    customer = create_customer(db, CustomerDetails(name="Åkessons Rör AB", payment_terms_days=30))
    draft = save_draft(db, replace(new_draft(db, customer.id, dt.date(2026, 1, 2)), lines=LINES))
    invoice = issue_invoice(db, draft.id, dt.date(2026, 1, 2))
    printed_reminders(db, [customer.id], dt.date(2026, 2, 15))
    register_payment(db, invoice.id, D("10000.00"), dt.date(2026, 3, 3))
    return invoice


def test_a_credited_interest_invoice_waives_its_charges(any_db):
    late = _late_paid(any_db)
    [listed] = late_payments(any_db)
    assert (listed.fees, listed.compensation) == (D(60), D(450))
    first = create_interest_invoice(any_db, late.id, dt.date(2026, 3, 4))
    with pytest.raises(RefusedError, match="has its interest invoice already"):
        create_interest_invoice(any_db, late.id, dt.date(2026, 3, 5))

    create_credit_note(any_db, first.id, dt.date(2026, 3, 5))
    assert late_payments(any_db) == []
    with pytest.raises(RefusedError) as refused:
        create_interest_invoice(any_db, late.id, dt.date(2026, 3, 6))
    assert str(refused.value) == (
        f"The interest invoice {first.number} of invoice {late.number} was credited, which "
        "waived its interest and fees. To charge them again, make an ordinary invoice."
    )
