"""Optimistic locking: a save made from an older version of a row is refused with what differs.

Customers, invoices, articles and the company row carry a `version` that every change raises
(SQLAlchemy's `version_id_col`). The value objects carry the version they were read at; a service
compares it with the row's before writing, and refuses with a `ConflictError` that tells who
changed the row, when, and which fields now differ, so that nothing is overwritten silently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm.exc import StaleDataError

from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError


class ConflictError(KundbokError):
    """Someone else saved the same record since it was read; nothing was written.

    `differences` maps each field whose stored value differs from the one being saved to
    (theirs, yours); `current` is the record as stored now (its value object, with the new
    version), for showing and for saving again.
    """

    def __init__(
        self,
        changed_by: str,
        changed_at: dt.datetime | None,
        differences: Mapping[str, tuple[object, object]],
        current: Any = None,
    ) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages",
                "{user} changed this record at {when} while you had it open. Nothing was "
                "saved: reload it to see their changes, or keep your values and save again.",
            ),
            user=changed_by or "?",
            when=when_text(changed_at),
        )
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.differences = dict(differences)
        self.current = current


def when_text(moment: dt.datetime | None) -> str:
    """A moment as local date and time to the minute (SQLite gives UTC without a zone)."""
    if moment is None:
        return "?"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def differences(
    theirs: Mapping[str, object], yours: Mapping[str, object]
) -> dict[str, tuple[object, object]]:
    """The fields whose values differ, as {field: (theirs, yours)}."""
    return {
        name: (theirs.get(name), value)
        for name, value in yours.items()
        if theirs.get(name) != value
    }


def check_version(
    read_version: int | None,
    row: Any,
    theirs: Callable[[], Mapping[str, object]],
    yours: Mapping[str, object],
    current: Callable[[], object],
) -> None:
    """Refuse a save read at `read_version` when the row has moved on since.

    None means the caller did not read the row first (an import, the command line): no check.
    `theirs` and `current` are only called on a conflict.
    """
    if read_version is None or read_version == row.version:
        return
    raise ConflictError(row.updated_by, row.updated_at, differences(theirs(), yours), current())


@contextmanager
def stale_as_conflict() -> Iterator[None]:
    """A flush that finds the row changed under it (a race after the check) as a ConflictError."""
    try:
        yield
    except StaleDataError:
        raise ConflictError("", None, {}) from None
