"""Revision 0018: a reminder made by an earlier version was delivered when made (its invoices'
levels were raised then), so one not e-mailed is taken as printed on its date; on SQLite and
PostgreSQL, every row kept."""

from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import select, text

from kundbok.db.migrate import alembic_config
from kundbok.db.models import Reminder
from kundbok.domain.customer import CustomerDetails
from kundbok.services.customers import create_customer

SENT = dt.datetime(2026, 3, 4, 8, 30, tzinfo=dt.UTC)


def _migrate(db, revision: str, step) -> None:
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        step(config, revision)


def test_reminders_made_before_count_as_delivered(any_db):
    customer = create_customer(any_db, CustomerDetails(name="Åkessons Rör AB"))
    _migrate(any_db, "0013", command.downgrade)
    with any_db.engine.begin() as connection:
        for number, sent_at in ((1, None), (2, SENT)):
            connection.execute(
                text(
                    "INSERT INTO reminder (id, customer_id, reminder_date, due_date, language, "
                    "fee, created_by, sent_at, sent_to) VALUES (:id, :customer, :day, :due, 'sv', "
                    "6000, 'anna', :sent_at, :sent_to)"
                ),
                {
                    "id": number,
                    "customer": customer.id,
                    "day": dt.date(2026, 3, number),
                    "due": dt.date(2026, 3, 13),
                    "sent_at": sent_at,
                    "sent_to": "ekonomi@akessons.se" if sent_at else None,
                },
            )
    _migrate(any_db, "head", command.upgrade)
    with any_db.unit_of_work(write=False) as session:
        printed, mailed = session.scalars(select(Reminder).order_by(Reminder.id)).all()
        assert printed.printed_at is not None and printed.sent_at is None
        assert printed.printed_at.date() == dt.date(2026, 3, 1)
        assert mailed.printed_at is None and mailed.sent_to == "ekonomi@akessons.se"
        assert mailed.sent_at is not None and mailed.sent_at.replace(tzinfo=dt.UTC) == SENT
