"""The event log: who changed what on a customer or an invoice, and when."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kundbok.db.models import Event
from kundbok.db.session import Database
from kundbok.domain.events import EventAction

Changes = Mapping[str, tuple[object, object]]


def _plain(value: object) -> object:
    """A JSON-friendly copy of a field value (Decimal and dates as text)."""
    if isinstance(value, Decimal | dt.date | dt.datetime):
        return str(value)
    return value


def record_event(
    session: Session,
    user: str,
    action: EventAction | str,
    *,
    customer_id: int | None = None,
    invoice_id: int | None = None,
    changes: Changes | None = None,
) -> None:
    """Add an event to the caller's transaction."""
    payload = {name: [_plain(old), _plain(new)] for name, (old, new) in (changes or {}).items()}
    session.add(
        Event(
            at=dt.datetime.now(dt.UTC),
            by=user,
            action=EventAction(action),
            customer_id=customer_id,
            invoice_id=invoice_id,
            changes=json.dumps(payload, ensure_ascii=False),
        )
    )


def changed_fields(before: Mapping[str, object], after: Mapping[str, object]) -> dict[str, tuple]:
    """The fields whose values differ, as {field: (old, new)}."""
    return {
        name: (before.get(name), value)
        for name, value in after.items()
        if before.get(name) != value
    }


@dataclass(frozen=True)
class EventRow:
    """One line of a customer's history, as the card shows it."""

    at: dt.datetime
    by: str
    action: EventAction | str  # a stored action this version does not know stays as text
    invoice_id: int | None
    changes: dict[str, list[object]]


def customer_history(db: Database, customer_id: int) -> list[EventRow]:
    """Every event of a customer and its invoices, newest first."""
    with db.unit_of_work(write=False) as session:
        events = session.scalars(
            select(Event)
            .where(Event.customer_id == customer_id)
            .order_by(Event.at.desc(), Event.id.desc())
        )
        return [
            EventRow(
                event.at,
                event.by,
                _action(event.action),
                event.invoice_id,
                json.loads(event.changes),
            )
            for event in events
        ]


def _action(stored: str) -> EventAction | str:
    try:
        return EventAction(stored)
    except ValueError:
        return stored
