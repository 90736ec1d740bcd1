"""The schema revisions this version of Kundbok knows, and a quick look at a file's revision.

Read with Python's sqlite3 alone, without SQLAlchemy or alembic: start-up decides from it whether
to show the upgrade notice, whether to refuse the file, and whether alembic needs loading at all.
"""

from __future__ import annotations

import os
import sqlite3
from enum import Enum
from pathlib import Path

from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError

# The revisions in migrations/versions, oldest first (a test holds the two equal).
KNOWN_REVISIONS = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
    "0014",
    "0015",
    "0018",
    "0016",
    "0019",
    "0020",
    "0021",
    "0022",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]


class SchemaState(Enum):
    """How a database's schema stands to this version of Kundbok."""

    CURRENT = "current"  # at the newest revision: opened as it is
    OLDER = "older"  # an earlier version's: upgraded on opening, after a backup
    NEWER = "newer"  # a later version's: refused, left untouched
    UNKNOWN = "unknown"  # new, not a Kundbok file, or a server: opening tells


class NewerDatabaseError(KundbokError):
    """The database was written by a newer Kundbok, whose schema this version does not know."""

    def __init__(self, database: str, revision: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages",
                "The database {database} was written by a newer version of Kundbok (schema "
                "{revision}). This version cannot open it; start the newer version instead. "
                "The database was not changed.",
            ),
            database=database,
            revision=revision,
        )


def schema_state(revision: str | None) -> SchemaState:
    """Where a database at `revision` (None: no Kundbok schema yet) stands to this version."""
    if revision is None:
        return SchemaState.UNKNOWN
    if revision == HEAD_REVISION:
        return SchemaState.CURRENT
    return SchemaState.OLDER if revision in KNOWN_REVISIONS else SchemaState.NEWER


def database_file(database: str | os.PathLike[str]) -> Path | None:
    """The existing SQLite file a database path names; None for URLs and for missing files."""
    location = os.fspath(database)
    if "://" in location:
        return None
    path = Path(location).expanduser()
    return path if path.is_file() else None


def _read_revision(path: Path, mode: str) -> str | None:
    connection = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode={mode}", uri=True, timeout=5, isolation_level=None
    )
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    return None if row is None else str(row[0])


def file_revision(path: Path) -> str | None:
    """The schema revision recorded in a Kundbok database file; None for anything else.

    Looking only reads, and never creates a missing file. It opens the file as an ordinary
    reader, which (the last one out) removes the -wal and -shm files SQLite makes for a
    WAL database; a read-only connection would leave them behind. A file that cannot be
    written is read read-only.
    """
    for mode in ("rw", "ro"):
        try:
            return _read_revision(path, mode)
        except sqlite3.OperationalError as error:
            if "no such table" in str(error):
                return None
        except sqlite3.Error:
            return None
    return None


def probe(database: str | os.PathLike[str]) -> tuple[SchemaState, str | None]:
    """How the database's schema stands, and its revision, read from an SQLite file if it is one.

    Raises nothing: what cannot be read here is UNKNOWN and left to opening the database.
    """
    path = database_file(database)
    revision = file_revision(path) if path is not None else None
    return schema_state(revision), revision


def refuse_newer(database: str | os.PathLike[str]) -> SchemaState:
    """The schema state of `database`; NewerDatabaseError if a newer Kundbok wrote it."""
    state, revision = probe(database)
    if state is SchemaState.NEWER:
        raise NewerDatabaseError(os.fspath(database), str(revision))
    return state
