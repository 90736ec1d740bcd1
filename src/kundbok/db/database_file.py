"""Which files Kundbok may open as its database: a mistyped path must never change another file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kundbok.config import default_database_path
from kundbok.domain.errors import QT_TRANSLATE_NOOP, RefusedError

SQLITE_HEADER = b"SQLite format 3\x00"


class NotADatabaseError(RefusedError):
    """The path names something that is not a Kundbok database; it is left untouched."""


def _kundbok_schema_or_empty(path: Path) -> bool:
    """True for an SQLite file with no tables yet or with Kundbok's schema (alembic_version)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    try:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    except sqlite3.Error:
        return False
    finally:
        connection.close()
    return not names or "alembic_version" in names


def check_database_file(path: Path, create: bool = True) -> None:
    """Refuse a path that is not Kundbok's to open, before anything touches it.

    An existing path must be a regular file that is empty or a Kundbok database. A missing one
    is created only when `create` (commands that only read never do), and only in a folder that
    exists, except the default data folder, which is made on first start.
    """
    if path.exists() or path.is_symlink():
        if not path.is_file():
            raise NotADatabaseError(
                QT_TRANSLATE_NOOP("messages", "{path} is not a Kundbok database."), path=str(path)
            )
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
        if not header and not create:  # an empty file holds no register to read
            raise NotADatabaseError(
                QT_TRANSLATE_NOOP("messages", "There is no database at {path}."), path=str(path)
            )
        if header and (header != SQLITE_HEADER or not _kundbok_schema_or_empty(path)):
            raise NotADatabaseError(
                QT_TRANSLATE_NOOP("messages", "{path} is not a Kundbok database."), path=str(path)
            )
        return
    if not create:
        raise NotADatabaseError(
            QT_TRANSLATE_NOOP("messages", "There is no database at {path}."), path=str(path)
        )
    if path == default_database_path():
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.parent.is_dir():
        raise NotADatabaseError(
            QT_TRANSLATE_NOOP(
                "messages", "The folder {folder} does not exist; no database was created."
            ),
            folder=str(path.parent),
        )
