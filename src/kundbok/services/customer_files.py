"""Files kept on a customer: add, list, rename, remove, and a copy to open with the system's
viewer. The bytes live in the database (so backups carry them), at most 20 MB a file; every
change is in the customer's history.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import mimetypes
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path, PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from kundbok.db.models import Customer, CustomerFile
from kundbok.db.session import Database
from kundbok.domain import limits
from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError, NotFoundError, ValidationError
from kundbok.domain.events import EventAction
from kundbok.domain.money import format_number
from kundbok.services.files import unreadable, unwritable, write_atomically
from kundbok.services.history import record_event

MAX_BYTES = limits.FILE_BYTES
_FORBIDDEN = frozenset('/\\:*?"<>|')  # in a file name on Windows, or a folder separator


@dataclass(frozen=True)
class CustomerFileInfo:
    """A file on a customer as the card lists it (without its bytes)."""

    id: int
    name: str
    size: int
    media_type: str
    added_at: dt.datetime
    added_by: str


_LISTED = (
    CustomerFile.id,
    CustomerFile.name,
    CustomerFile.size,
    CustomerFile.media_type,
    CustomerFile.created_at,
    CustomerFile.created_by,
)


def list_files(db: Database, customer_id: int) -> list[CustomerFileInfo]:
    """The customer's files, newest first; their bytes are not read."""
    with db.unit_of_work(write=False) as session:
        rows = session.execute(
            select(*_LISTED)
            .where(CustomerFile.customer_id == customer_id)
            .order_by(CustomerFile.created_at.desc(), CustomerFile.id.desc())
        ).all()
    return [CustomerFileInfo(*row) for row in rows]


def checked_name(name: str) -> str:
    """A file name as kept: trimmed, without a folder, not empty and not too long."""
    cleaned = " ".join(name.split())
    if not cleaned or cleaned in (".", "..") or any(c in cleaned for c in _FORBIDDEN):
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP(
                "messages",
                "'{name}' cannot be a file name: give a name without / \\ : * ? \" < > |.",
            ),
            name=name,
        )
    if len(cleaned) > limits.FILE_NAME:
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP("messages", "A file name may be at most {limit} characters."),
            limit=limits.FILE_NAME,
        )
    return cleaned


def _stored_name(name: str) -> str:
    """An added file's own name made safe to keep and to open a copy under: characters some
    systems forbid in a name become "_"."""
    return checked_name("".join("_" if c in _FORBIDDEN else c for c in name) or "_")


def _too_large(name: str, size: int) -> KundbokError:
    return ValidationError(
        "content",
        QT_TRANSLATE_NOOP(
            "messages",
            "{name} is {size} MB; a file kept on a customer may be at most {limit} MB. "
            "Nothing was added.",
        ),
        name=name,
        # Rounded up: a file just over the limit must not read as exactly the limit.
        size=format_number(Decimal(math.ceil(size * 10 / 1024 / 1024)) / 10, "sv"),
        limit=MAX_BYTES // 1024 // 1024,
    )


def _read(path: Path) -> bytes:
    """The file's bytes, refusing one over the limit before reading it."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _too_large(path.name, size)
        data = path.read_bytes()
    except OSError as error:
        raise unreadable(path, error) from error
    if len(data) > MAX_BYTES:  # grew since it was measured
        raise _too_large(path.name, len(data))
    return data


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("messages", "The customer no longer exists."))
    return customer


def _file(session: Session, file_id: int) -> CustomerFile:
    found = session.get(CustomerFile, file_id)
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "The file is no longer kept on the customer.")
        )
    return found


def add_files(db: Database, customer_id: int, paths: Sequence[Path]) -> list[CustomerFileInfo]:
    """Keep copies of the files at `paths` on the customer: all of them or, if one cannot be
    read or is over 20 MB, none."""
    contents = [(_stored_name(Path(path).name), _read(Path(path))) for path in paths]
    with db.unit_of_work() as session:
        _customer(session, customer_id)
        added = []
        for name, data in contents:
            row = CustomerFile(
                customer_id=customer_id,
                name=name,
                media_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                content=data,
                created_by=db.user,
                updated_by=db.user,
            )
            session.add(row)
            added.append(row)
            record_event(
                session, db.user, EventAction.FILE_ADDED,
                customer_id=customer_id, changes={"file": (None, name)},
            )  # fmt: skip
        session.flush()
        ids = [row.id for row in added]
        session.commit()
    return [info for info in list_files(db, customer_id) if info.id in ids]


def rename_file(db: Database, file_id: int, name: str) -> CustomerFileInfo:
    """Give a file another name; left without an extension, it keeps the one it had, so that
    the system still knows what opens it."""
    new_name = checked_name(name)
    with db.unit_of_work() as session:
        row = _file(session, file_id)
        old_name = row.name
        suffix = PurePath(old_name).suffix
        if suffix and not PurePath(new_name).suffix:
            new_name = checked_name(new_name + suffix)
        if new_name != old_name:
            row.name = new_name
            row.updated_by = db.user
            record_event(
                session, db.user, EventAction.FILE_RENAMED,
                customer_id=row.customer_id, changes={"file": (old_name, new_name)},
            )  # fmt: skip
        customer_id = row.customer_id
        session.commit()
    return next(info for info in list_files(db, customer_id) if info.id == file_id)


def remove_file(db: Database, file_id: int) -> None:
    """Remove a file from the customer; the history keeps its name."""
    with db.unit_of_work() as session:
        row = _file(session, file_id)
        record_event(
            session, db.user, EventAction.FILE_REMOVED,
            customer_id=row.customer_id, changes={"file": (row.name, None)},
        )  # fmt: skip
        session.delete(row)
        session.commit()


def file_content(db: Database, file_id: int) -> tuple[str, bytes]:
    """A file's name and bytes."""
    with db.unit_of_work(write=False) as session:
        row = _file(session, file_id)
        return row.name, row.content


def open_copy(db: Database, file_id: int, directory: Path | None = None) -> Path:
    """Write a copy of the file, under its own name, into a new folder (in `directory`, else
    the system's temporary folder) for the system's viewer; changes to the copy stay there."""
    name, data = file_content(db, file_id)
    try:
        folder = Path(tempfile.mkdtemp(prefix="kundbok-", dir=directory))
    except OSError as error:
        raise unwritable(name, error) from error
    path = folder / name
    write_atomically(path, data)
    return path
