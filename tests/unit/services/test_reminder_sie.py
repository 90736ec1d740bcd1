"""SIE for reminders: a räntefaktura books interest on 8313 and the reminder fee and
förseningsersättning on the fee accounts, balanced, no VAT; its credit note reverses it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

from tests.helpers.shortcuts import new_draft
from tests.unit.domain.sie.strict_sie_reader import read_sie

from helpers.reminding import printed_reminders
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoices import create_credit_note, issue_invoice, save_draft
from kundbok.services.payments.booking import register_payment
from kundbok.services.reminders.interest import create_interest_invoice
from kundbok.services.reminders.settings import get_reminder_settings, save_reminder_settings
from kundbok.services.sie_export import export_sie

LINES = (LineDetails(description="Arbete", quantity=D(8), unit_price=D(1000), vat_rate=D(25)),)


def _late_paid(db, **settings):
    save_reminder_settings(
        db,
        replace(
            get_reminder_settings(db), reminder_fee=D(60), charge_compensation=True, **settings
        ),
    )
    customer = create_customer(db, CustomerDetails(name="Åkessons Rör AB", payment_terms_days=30))
    draft = save_draft(db, replace(new_draft(db, customer.id, dt.date(2026, 1, 2)), lines=LINES))
    invoice = issue_invoice(db, draft.id, dt.date(2026, 1, 2))
    printed_reminders(db, [customer.id], dt.date(2026, 2, 15))
    register_payment(db, invoice.id, D("10000.00"), dt.date(2026, 3, 3))
    return create_interest_invoice(db, invoice.id, dt.date(2026, 3, 4))


def test_interest_invoice_books_interest_fee_and_compensation(db, tmp_path):
    interest = _late_paid(db, fee_account="3591")
    path = tmp_path / "mars.se"
    export_sie(db, dt.date(2026, 3, 1), dt.date(2026, 3, 31), path)
    sie = read_sie(path.read_bytes())  # strict: every #VER balances
    assert sie.balance("8313") == D("-82.19")
    assert sie.balance("3591") == D(-60)
    assert sie.balance("3990") == D(-450)
    assert sie.balance("3740") == -interest.totals().rounding
    # The payment of 10 000 and the räntefaktura leave what the räntefaktura asks on 1510.
    assert sie.balance("1510") == interest.totals().total - D("10000.00")
    assert not any(account.startswith("26") for account in sie.accounts)


def test_a_credited_interest_invoice_books_nothing_in_the_end(db, tmp_path):
    interest = _late_paid(db)
    create_credit_note(db, interest.id, dt.date(2026, 3, 5))
    path = tmp_path / "mars.se"
    export_sie(db, dt.date(2026, 3, 4), dt.date(2026, 3, 31), path)
    sie = read_sie(path.read_bytes())
    assert len(sie.vouchers) == 2
    for account in ("1510", "8313", "3990", "3740"):
        assert sie.balance(account) == 0


def test_a_credit_note_of_an_earlier_interest_invoice_reverses_its_charges(db, tmp_path):
    interest = _late_paid(db)
    create_credit_note(db, interest.id, dt.date(2026, 4, 2))
    path = tmp_path / "april.se"
    export_sie(db, dt.date(2026, 4, 1), dt.date(2026, 4, 30), path)  # the räntefaktura is March's
    sie = read_sie(path.read_bytes())
    assert len(sie.vouchers) == 1
    assert sie.balance("8313") == D("82.19")
    assert sie.balance("3990") == D(510)  # the fee and the compensation, no fee account set
    assert sie.balance("1510") == -interest.totals().total
