"""Reminders: the overdue list, levels and dates on the invoices, a second reminder the same day,
the customer's own fee, the history event; the räntefaktura after a late payment."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from tests.helpers.shortcuts import new_draft

from helpers.reminding import printed_reminders
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.errors import RefusedError
from kundbok.domain.events import EventAction
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.history import customer_history
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.payments.booking import register_payment
from kundbok.services.reminders.interest import create_interest_invoice, late_payments
from kundbok.services.reminders.overdue import get_reminder, make_reminders, overdue_customers
from kundbok.services.reminders.settings import get_reminder_settings, save_reminder_settings

ISSUED = dt.date(2026, 1, 2)  # due on 2026-02-01 (30 days)
LINES = (LineDetails(description="Arbete", quantity=D(8), unit_price=D(1000), vat_rate=D(25)),)


def _issue(db, customer, day=ISSUED):
    draft = save_draft(db, replace(new_draft(db, customer.id, day), lines=LINES))
    return issue_invoice(db, draft.id, day)  # 10 000 kr


def _customer(db, name="Åkessons Rör AB", kind="company", **changes):
    return create_customer(
        db, CustomerDetails(name=name, kind=kind, payment_terms_days=30, **changes)
    )


def test_overdue_list_per_customer_with_what_a_reminder_holds(charging):
    business = _customer(charging)
    private = _customer(charging, "Örjan Ek", kind="private")
    first, second = _issue(charging, business), _issue(charging, business)
    _issue(charging, private)
    not_due = _issue(charging, business, dt.date(2026, 2, 10))
    listed = overdue_customers(charging, dt.date(2026, 3, 3))
    assert [r.customer_name for r in listed] == ["Åkessons Rör AB", "Örjan Ek"]
    content = listed[0].content
    assert [line.receivable.number for line in content.lines] == [first.number, second.number]
    assert not_due.number not in [line.receivable.number for line in content.lines]
    assert content.fee == D(60)
    assert [line.compensation for line in content.lines] == [D(450), D(450)]
    assert [line.days_late for line in content.lines] == [30, 30]
    assert content.lines[0].interest > 0
    # A consumer never pays förseningsersättning.
    assert listed[1].content.compensation_total == 0


def test_reminders_raise_the_level_and_a_second_on_the_same_day_is_refused(charging):
    customer = _customer(charging)
    invoice = _issue(charging, customer)
    day = dt.date(2026, 2, 15)
    [made] = printed_reminders(charging, [customer.id], day)
    stored = get_invoice(charging, invoice.id)
    assert get_reminder(charging, made.reminder_id).level == 1
    with pytest.raises(RefusedError):
        make_reminders(charging, [customer.id], day)
    assert overdue_customers(charging, day) == []
    [again] = printed_reminders(charging, [customer.id], dt.date(2026, 3, 1))
    second = get_reminder(charging, again.reminder_id)
    assert second.level == 2
    # Compensation once per invoice: the second reminder charges none, the fee again.
    assert (second.compensation_total, second.fee) == (0, D(60))
    assert stored.number == invoice.number
    events = [
        e for e in customer_history(charging, customer.id) if e.action == EventAction.REMINDED
    ]
    assert len(events) == 2


def test_invoice_keeps_level_and_date(charging):
    from kundbok.db.models import Invoice

    customer = _customer(charging)
    invoice = _issue(charging, customer)
    printed_reminders(charging, [customer.id], dt.date(2026, 2, 15))
    with charging.unit_of_work(write=False) as session:
        row = session.get(Invoice, invoice.id)
        assert (row.reminder_level, row.reminded_on) == (1, dt.date(2026, 2, 15))


def test_customer_fee_overrides_the_company_one(charging):
    customer = _customer(charging, reminder_fee=D(0))
    _issue(charging, customer)
    [listed] = overdue_customers(charging, dt.date(2026, 2, 15))
    assert listed.content.fee == 0


def test_no_fee_unless_agreed(any_db):
    customer = _customer(any_db)
    _issue(any_db, customer)
    [listed] = overdue_customers(any_db, dt.date(2026, 2, 15))
    assert (listed.content.fee, listed.content.compensation_total) == (0, 0)


def test_interest_invoice_after_late_payment_charges_interest_fee_and_compensation(charging):
    customer = _customer(charging)
    invoice = _issue(charging, customer)
    printed_reminders(charging, [customer.id], dt.date(2026, 2, 15))
    with pytest.raises(RefusedError):  # not paid yet
        create_interest_invoice(charging, invoice.id, dt.date(2026, 3, 1))
    register_payment(charging, invoice.id, D("10000.00"), dt.date(2026, 3, 3))
    [late] = late_payments(charging)
    # 30 days late at 2.00 + 8 = 10 %: 10 000 × 10 % × 30 / 365 = 82.19
    assert (late.days_late, late.interest, late.fees, late.compensation) == (
        30,
        D("82.19"),
        D(60),
        D(450),
    )
    interest = create_interest_invoice(charging, invoice.id, dt.date(2026, 3, 4))
    assert interest.number == invoice.number + 1
    assert interest.interest_for_invoice_id == invoice.id
    assert [line.vat_rate for line in interest.lines] == [0, 0, 0]
    assert sum(line.unit_price for line in interest.lines) == D("592.19")
    assert interest.totals().vat == 0
    assert late_payments(charging) == []
    with pytest.raises(RefusedError):
        create_interest_invoice(charging, invoice.id, dt.date(2026, 3, 4))


def test_paid_on_time_gives_no_interest_invoice(any_db):
    customer = _customer(any_db)
    invoice = _issue(any_db, customer)
    register_payment(any_db, invoice.id, D("10000.00"), dt.date(2026, 1, 20))
    assert late_payments(any_db) == []
    with pytest.raises(RefusedError):
        create_interest_invoice(any_db, invoice.id)


def test_the_lists_cost_the_same_statements_for_one_customer_or_many(charging):
    from tests.unit.services.test_statement_counts import counted

    def statements(customers: int) -> tuple[int, int]:
        for number in range(customers):
            customer = _customer(charging, f"Kund {number} AB")
            invoice = _issue(charging, customer)
            printed_reminders(charging, [customer.id], dt.date(2026, 2, 10 + number % 5))
            register_payment(charging, invoice.id, D("10000.00"), dt.date(2026, 3, 3))
            _issue(charging, customer)
            make_reminders(charging, [customer.id], dt.date(2026, 3, 2))  # not yet sent
        with counted(charging) as overdue:
            overdue_customers(charging, dt.date(2026, 3, 3))
        with counted(charging) as late:
            late_payments(charging)
        return len(overdue), len(late)

    few = statements(1)
    many = statements(8)
    assert many == few


def test_saving_the_company_keeps_the_interest_margin_of_the_reminder_settings(db):
    from kundbok.services.settings import get_company, save_company

    company = get_company(db)  # read before the reminder page saves
    save_reminder_settings(db, replace(get_reminder_settings(db), interest_margin=D(10)))
    save_company(db, replace(company, name="Rörmokarn AB"))
    assert get_reminder_settings(db).interest_margin == D(10)
