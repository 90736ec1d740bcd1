"""The event log: who changed what on a customer or an invoice, and when."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kundbok.db.models import Event
from kundbok.db.session import Database
from kundbok.domain.customer import COLUMNS, CustomerDetails
from kundbok.domain.events import EventAction

Changes = Mapping[str, tuple[object, object]]


def _plain(value: object) -> object:
    """A JSON-friendly copy of a field value (Decimal and dates as text)."""
    if isinstance(value, Decimal | dt.date | dt.datetime):
        return str(value)
    return value


def event_values(
    user: str,
    action: EventAction,
    *,
    customer_id: int | None = None,
    invoice_id: int | None = None,
    changes: Changes | None = None,
    at: dt.datetime | None = None,
) -> dict[str, Any]:
    """The columns of an event row: one form for events added one by one and in bulk."""
    payload = {name: [_plain(old), _plain(new)] for name, (old, new) in (changes or {}).items()}
    return {
        "at": at or dt.datetime.now(dt.UTC),
        "by": user,
        "action": EventAction(action),  # an unknown action is a programming error
        "customer_id": customer_id,
        "invoice_id": invoice_id,
        "changes": json.dumps(payload, ensure_ascii=False),
    }


def record_event(
    session: Session,
    user: str,
    action: EventAction,
    *,
    customer_id: int | None = None,
    invoice_id: int | None = None,
    changes: Changes | None = None,
) -> None:
    """Add an event to the caller's transaction."""
    session.add(
        Event(
            **event_values(
                user,
                EventAction(action),
                customer_id=customer_id,
                invoice_id=invoice_id,
                changes=changes,
            )
        )
    )


def customer_fields(details: CustomerDetails) -> dict[str, object]:
    """A customer's field values as the history compares them (addresses and contacts as
    lists of their fields)."""
    values: dict[str, object] = {name: getattr(details, name) for name in COLUMNS}
    values.pop("uid")
    values["addresses"] = [asdict(address) for address in details.addresses]
    values["contacts"] = [asdict(contact) for contact in details.contacts]
    return values


def created_changes(details: CustomerDetails) -> dict[str, tuple[object, object]]:
    """What the "created" event of a new customer records: every field that has a value."""
    return changed_fields({}, customer_fields(details))


def changed_fields(
    before: Mapping[str, object], after: Mapping[str, object]
) -> dict[str, tuple[object, object]]:
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
