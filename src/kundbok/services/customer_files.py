"""Files kept on a customer: add, list, rename, remove, and a copy to open with the system's
viewer. The bytes live in the database (so backups carry them), at most 20 MB a file; every
change is in the customer's history.
"""

from __future__ import annotations

import atexit
import datetime as dt
import hashlib
import math
import mimetypes
import os
import shutil
import stat
import tempfile
import unicodedata
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
# Names Windows keeps for devices, with any extension ("con.pdf" is the console too).
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{device}{n}" for device in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")]
)
# A file name's length where most file systems stop (ext4, APFS): bytes of UTF-8.
NAME_BYTES = 255
_EXTENSION_BYTES = 16  # a longer "extension" is part of the name, not a file type
_CHUNK = 1024 * 1024


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
    """A name typed for a file, as kept: without a folder (refused), see `file_name_as_kept`."""
    if any(c in name for c in _FORBIDDEN) or name.strip() in ("", ".", ".."):
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP(
                "messages",
                "'{name}' cannot be a file name: give a name without / \\ : * ? \" < > |.",
            ),
            name=name,
        )
    return file_name_as_kept(name)


def file_name_as_kept(name: str) -> str:
    """A file's name made safe to keep and to open a copy under on any system: control and
    format characters (direction overrides among them) out, characters Windows forbids as "_",
    spaces collapsed, no dot or space at the end, a name Windows keeps for a device ("CON",
    "lpt1.txt") given a "_", and at most 255 bytes with its extension kept."""
    text = "".join(
        " " if unicodedata.category(c) in ("Zl", "Zp") else "_" if c in _FORBIDDEN else c
        for c in name
        if unicodedata.category(c) not in ("Cc", "Cf", "Cs")
    )
    text = " ".join(text.split()).rstrip(". ")
    if text in ("", ".", ".."):
        text = "_"
    base, dot, rest = text.partition(".")
    if base.rstrip(" ").upper() in _RESERVED:
        text = f"{base.rstrip(' ')}_{dot}{rest}"
    return _shortened(text)


def _shortened(name: str) -> str:
    if len(name.encode("utf-8")) <= NAME_BYTES:
        return name
    suffix = PurePath(name).suffix
    if len(suffix.encode("utf-8")) > _EXTENSION_BYTES:
        suffix = ""
    stem = name[: len(name) - len(suffix)]
    room = NAME_BYTES - len(suffix.encode("utf-8"))
    stem = stem.encode("utf-8")[:room].decode("utf-8", errors="ignore").rstrip(". ")
    return (stem or "_") + suffix


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


def _not_a_file(path: Path) -> KundbokError:
    return ValidationError(
        "content",
        QT_TRANSLATE_NOOP(
            "messages",
            "{name} is not a file (a folder, a device or a pipe); only files can be kept on "
            "a customer. Nothing was added.",
        ),
        name=path.name,
    )


def _read(path: Path) -> bytes:
    """The bytes of a regular file, refusing anything else (a device, a pipe: opened without
    waiting for a writer) and a file over the limit, also one that grows while it is read."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise unreadable(path, error) from error
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise _not_a_file(path)
        if status.st_size > MAX_BYTES:
            raise _too_large(path.name, status.st_size)
        chunks = []
        size = 0
        while chunk := os.read(descriptor, min(_CHUNK, MAX_BYTES + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_BYTES:  # grew since it was measured, or says less than it holds
                raise _too_large(path.name, max(size, os.fstat(descriptor).st_size))
    except OSError as error:
        raise unreadable(path, error) from error
    finally:
        os.close(descriptor)
    return b"".join(chunks)


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
    contents = [(file_name_as_kept(Path(path).name), _read(Path(path))) for path in paths]
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
    """Write a copy of the file, under its name as kept today, into a new folder for the
    system's viewer; changes to the copy stay there. The folder is in `directory`, else among
    this run's copies in the system's temporary folder, removed when the program ends."""
    name, data = file_content(db, file_id)
    try:
        folder = Path(tempfile.mkdtemp(prefix="kundbok-", dir=directory or _OPENED.made()))
    except OSError as error:
        raise unwritable(name, error) from error
    # A name kept by an earlier version may still hold what no file system takes.
    path = folder / file_name_as_kept(name)
    write_atomically(path, data)
    return path


class _OpenedCopies:
    """This run's folder of opened copies: made on first use, removed when the program ends."""

    def __init__(self) -> None:
        self.folder: Path | None = None

    def made(self) -> Path:
        if self.folder is None or not self.folder.is_dir():
            self.folder = Path(tempfile.mkdtemp(prefix="kundbok-copies-"))
        return self.folder

    def remove(self) -> None:
        if self.folder is not None:
            # A copy a viewer still holds open on Windows stays; the rest goes.
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


_OPENED = _OpenedCopies()
atexit.register(_OPENED.remove)
