"""Reminders made and printed, as *Spara PDF* or `kundbok reminders --output` does: a reminder
counts (raises its invoices' level, charges its fee) once printed or e-mailed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from kundbok.db.session import Database
from kundbok.services.reminders.delivery import mark_reminders_printed
from kundbok.services.reminders.overdue import MadeReminder, make_reminders


def printed_reminders(
    db: Database, customer_ids: Iterable[int], day: dt.date | None = None
) -> list[MadeReminder]:
    """Make the customers' reminders on `day` and print them."""
    made = make_reminders(db, customer_ids, day)
    mark_reminders_printed(db, [reminder.reminder_id for reminder in made])
    return made
