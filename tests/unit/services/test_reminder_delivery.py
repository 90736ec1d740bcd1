"""A reminder counts once it reached the customer (e-mailed, printed or saved as PDF): made and
not delivered, it raises no level and charges no fee, and the next run delivers it as made."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from tests.unit.services.test_reminders import _customer, _issue

from kundbok.db.models import Invoice
from kundbok.domain.events import EventAction
from kundbok.services.history import customer_history
from kundbok.services.payments.booking import register_payment
from kundbok.services.reminders.delivery import mark_reminders_printed
from kundbok.services.reminders.history import made_reminders
from kundbok.services.reminders.interest import late_payments
from kundbok.services.reminders.overdue import make_reminders, overdue_customers

DAY = dt.date(2026, 2, 15)


def _level(db, invoice_id):
    with db.unit_of_work(write=False) as session:
        row = session.get(Invoice, invoice_id)
        return row.reminder_level, row.reminded_on


def _reminded_events(db, customer_id):
    return [e.action for e in customer_history(db, customer_id)].count(EventAction.REMINDED)


def test_a_reminder_made_and_not_delivered_is_delivered_as_made_and_then_counts(charging):
    customer = _customer(charging)
    invoice = _issue(charging, customer)
    [made] = make_reminders(charging, [customer.id], DAY)
    assert _level(charging, invoice.id) == (0, None)
    # Listed as made and not sent, and made again it is the same reminder: no second fee.
    [listed] = overdue_customers(charging, dt.date(2026, 2, 20))
    assert (listed.reminder_id, listed.content.day, listed.content.fee) == (
        made.reminder_id,
        DAY,
        D(60),
    )
    assert listed.content.level == 1
    [again] = make_reminders(charging, [customer.id], dt.date(2026, 2, 20))
    assert again.reminder_id == made.reminder_id
    assert [row.reminder_id for row in made_reminders(charging)] == [made.reminder_id]
    assert not any(
        e.action == EventAction.REMINDED for e in customer_history(charging, customer.id)
    )

    mark_reminders_printed(charging, [made.reminder_id])
    assert _level(charging, invoice.id) == (1, DAY)
    mark_reminders_printed(charging, [made.reminder_id])  # printed again: nothing more
    events = [
        e for e in customer_history(charging, customer.id) if e.action == EventAction.REMINDED
    ]
    assert len(events) == 1
    assert overdue_customers(charging, DAY) == []
    [row] = made_reminders(charging)
    assert row.printed_at is not None and row.sent_at is None


def test_only_a_delivered_reminder_charges_its_fee_and_compensation(charging):
    customer = _customer(charging)
    invoice = _issue(charging, customer)
    make_reminders(charging, [customer.id], DAY)
    register_payment(charging, invoice.id, D("10000.00"), dt.date(2026, 3, 3))
    [late] = late_payments(charging)  # interest for paying late, but no reminder's charges
    assert (late.fees, late.compensation) == (0, 0)
    [made] = made_reminders(charging)
    mark_reminders_printed(charging, [made.reminder_id])
    [late] = late_payments(charging)
    assert (late.fees, late.compensation) == (D(60), D(450))


def test_a_reminder_not_delivered_whose_invoices_were_paid_is_dropped(charging):
    customer = _customer(charging)
    paid, still_open = _issue(charging, customer), _issue(charging, customer, dt.date(2026, 1, 3))
    make_reminders(charging, [customer.id], DAY)
    register_payment(charging, paid.id, D("10000.00"), dt.date(2026, 2, 16))
    register_payment(charging, still_open.id, D("10000.00"), dt.date(2026, 2, 16))
    assert overdue_customers(charging, dt.date(2026, 2, 20)) == []
    assert made_reminders(charging) != []
    later = _issue(charging, customer, dt.date(2026, 1, 10))
    [made] = make_reminders(charging, [customer.id], dt.date(2026, 2, 20))
    assert [row.reminder_id for row in made_reminders(charging)] == [made.reminder_id]
    assert made.reminder.content.lines[0].receivable.invoice_id == later.id
