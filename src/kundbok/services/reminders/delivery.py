"""When a reminder counts: once it reached the customer, e-mailed or printed.

A reminder is made (recorded with its invoices, fee and amounts) and then delivered: e-mailed,
or printed or saved as PDF, which is how a paper reminder leaves the firm. Only delivery raises
its invoices' reminder level and date, and only a delivered reminder's fee and
förseningsersättning are charged by a räntefaktura. A reminder made and not delivered (a run cut
off half-way, a print preview closed without printing) stays undelivered: the next run delivers
it as it was made, with no new level and no second fee, before making new ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable

from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.orm import Session, selectinload

from kundbok.db.models import Invoice, Reminder, ReminderItem
from kundbok.db.session import Database
from kundbok.domain.events import EventAction
from kundbok.services.history import record_event


def delivered() -> ColumnElement[bool]:
    """The condition of a reminder that reached its customer (e-mailed or printed)."""
    return or_(Reminder.sent_at.is_not(None), Reminder.printed_at.is_not(None))


def undelivered() -> ColumnElement[bool]:
    """The condition of a reminder made but neither e-mailed nor printed yet."""
    return and_(Reminder.sent_at.is_(None), Reminder.printed_at.is_(None))


def undelivered_reminders(
    session: Session, customer_ids: Iterable[int] | None = None
) -> list[Reminder]:
    """The reminders made and not yet delivered (of the customers, or all), oldest first, with
    their items."""
    query = select(Reminder).where(undelivered()).options(selectinload(Reminder.items))
    if customer_ids is not None:
        query = query.where(Reminder.customer_id.in_(list(customer_ids)))
    return list(session.scalars(query.order_by(Reminder.id)))


def invoices_awaiting_a_reminder(session: Session) -> set[int]:
    """The invoices on a reminder made and not yet delivered: no second one is made for them."""
    return set(
        session.scalars(
            select(ReminderItem.invoice_id)
            .join(Reminder, Reminder.id == ReminderItem.reminder_id)
            .where(undelivered())
        )
    )


def record_delivery(session: Session, reminder: Reminder, sent_to: str | None = None) -> bool:
    """Note that `reminder` reached its customer: e-mailed to `sent_to`, or printed (None).
    The first delivery raises its invoices' reminder level and date to the reminder's; returns
    whether this was it."""
    first = reminder.sent_at is None and reminder.printed_at is None
    now = dt.datetime.now(dt.UTC)
    if sent_to is not None:
        reminder.sent_at, reminder.sent_to = now, sent_to
    elif reminder.printed_at is None:
        reminder.printed_at = now
    if first:
        for item in reminder.items:
            # A plain UPDATE that keeps the invoice's version: a reminder is not an edit, and an
            # editor open on the invoice may still register a payment.
            session.execute(
                update(Invoice)
                .where(Invoice.id == item.invoice_id, Invoice.reminder_level < item.level)
                .values(reminder_level=item.level, reminded_on=reminder.reminder_date)
                .execution_options(synchronize_session=False)
            )
    return first


def mark_reminders_printed(db: Database, reminder_ids: Iterable[int]) -> None:
    """Note that the reminders were printed or saved as PDF (a paper reminder delivered): each
    one not delivered before now counts, and the customer's history tells."""
    with db.unit_of_work() as session:
        for reminder in session.scalars(
            select(Reminder)
            .where(Reminder.id.in_(list(reminder_ids)))
            .options(selectinload(Reminder.items))
            .order_by(Reminder.id)
        ):
            if not record_delivery(session, reminder):
                continue
            numbers = session.scalars(
                select(Invoice.number)
                .where(Invoice.id.in_([item.invoice_id for item in reminder.items]))
                .order_by(Invoice.number)
            )
            record_event(
                session,
                db.user,
                EventAction.REMINDED,
                customer_id=reminder.customer_id,
                changes={
                    "reminder": (None, reminder.id),
                    "invoices": (None, ", ".join(str(number) for number in numbers)),
                },
            )
        session.commit()


def discard_reminders(db: Database, reminder_ids: Collection[int]) -> None:
    """Take back reminders that never reached the customer (the mail server refused them):
    they are deleted, and their invoices stay as they were. A delivered reminder is kept."""
    if not reminder_ids:
        return
    with db.unit_of_work() as session:
        for reminder in session.scalars(
            select(Reminder).where(Reminder.id.in_(list(reminder_ids)), undelivered())
        ):
            session.delete(reminder)
        session.commit()
