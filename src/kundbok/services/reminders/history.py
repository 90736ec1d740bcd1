"""The reminders already made, newest first: to print, save or e-mail one again as it was.

A reminder is stored with its date, fee and invoices as they stood (`Reminder`, `ReminderItem`);
its PDF is drawn from that, so a copy sent again is the same reminder: it raises no level and
charges no second fee.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from kundbok.db.models import Customer, Invoice, Reminder, ReminderItem
from kundbok.db.session import Database

LISTED = 500  # the newest; older ones are in each customer's history


@dataclass(frozen=True)
class MadeReminderRow:
    """A stored reminder as the list shows it."""

    reminder_id: int
    reminder_date: dt.date
    customer_id: int
    customer_number: int
    customer_name: str
    invoice_numbers: tuple[int, ...]
    currency: str
    total: Decimal  # open amounts, fee, compensation and interest on its date
    sent_at: dt.datetime | None
    sent_to: str | None
    printed_at: dt.datetime | None = None  # printed or saved as PDF; neither: not yet sent


def made_reminders(
    db: Database, customer_id: int | None = None, limit: int = LISTED
) -> list[MadeReminderRow]:
    """The reminders made (of one customer, or all), newest first, at most `limit`."""
    with db.unit_of_work(write=False) as session:
        sums = (
            select(
                ReminderItem.reminder_id,
                func.sum(ReminderItem.open_amount).label("open"),
                func.sum(ReminderItem.interest).label("interest"),
                func.sum(ReminderItem.compensation).label("compensation"),
            )
            .group_by(ReminderItem.reminder_id)
            .subquery()
        )
        query = (
            select(
                Reminder.id,
                Reminder.reminder_date,
                Reminder.fee,
                Reminder.sent_at,
                Reminder.sent_to,
                Reminder.printed_at,
                Customer.id.label("customer_id"),
                Customer.number,
                Customer.name,
                sums.c.open,
                sums.c.interest,
                sums.c.compensation,
            )
            .join(Customer, Customer.id == Reminder.customer_id)
            .join(sums, sums.c.reminder_id == Reminder.id)
            .order_by(Reminder.reminder_date.desc(), Reminder.id.desc())
            .limit(limit)
        )
        if customer_id is not None:
            query = query.where(Reminder.customer_id == customer_id)
        rows = session.execute(query).all()
        numbers: dict[int, list[int]] = defaultdict(list)
        currencies: dict[int, str] = {}
        for reminder_id, number, currency in session.execute(
            select(ReminderItem.reminder_id, Invoice.number, Invoice.currency)
            .join(Invoice, Invoice.id == ReminderItem.invoice_id)
            .where(ReminderItem.reminder_id.in_([row.id for row in rows]))
            .order_by(ReminderItem.reminder_id, ReminderItem.id)
        ):
            numbers[reminder_id].append(number or 0)
            currencies.setdefault(reminder_id, currency)
    return [
        MadeReminderRow(
            reminder_id=row.id,
            reminder_date=row.reminder_date,
            customer_id=row.customer_id,
            customer_number=row.number,
            customer_name=row.name,
            invoice_numbers=tuple(numbers[row.id]),
            currency=currencies.get(row.id, "SEK"),
            total=_money(row.open) + row.fee + _money(row.compensation) + _money(row.interest),
            sent_at=row.sent_at,
            sent_to=row.sent_to,
            printed_at=row.printed_at,
        )
        for row in rows
    ]


def _money(total: Decimal | None) -> Decimal:
    """A SUM of a money column (read back in kronor through its type); 0.00 for none."""
    return (total or Decimal(0)).quantize(Decimal("0.01"))
