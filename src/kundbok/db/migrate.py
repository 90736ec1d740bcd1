"""Bring a database to the newest schema on start, with a backup copy taken first."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
from contextlib import closing
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError

from kundbok.db.database_file import SQLITE_HEADER
from kundbok.db.revision import (
    HEAD_REVISION,
    NewerDatabaseError,
    SchemaState,
    refuse_newer,
    schema_state,
)
from kundbok.db.session import Database, make_private, sqlite_path
from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError

if TYPE_CHECKING:
    from alembic.config import Config

BACKUPS_KEPT = 10


def alembic_config() -> Config:
    """Alembic's configuration pointing at the migrations shipped inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("kundbok.migrations")))
    return config


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for a new database)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


class BackupError(KundbokError):
    """A backup copy could not be written; any earlier copy at its place is as it was."""


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_and_verify(source: Path, copy: Path) -> None:
    """Copy through SQLite's backup API, then check the copy is whole and has every table."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(copy)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
        tables = "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        if verdict != "ok" or dst.execute(tables).fetchone() != src.execute(tables).fetchone():
            raise sqlite3.DatabaseError(f"the copy does not read back whole ({verdict})")


def backup_sqlite(source: Path, destination: Path) -> Path:
    """A consistent copy of a live SQLite database (0600), replacing `destination` only once
    the copy is complete, on disk and verified: a failure leaves an earlier backup untouched."""
    _refuse_to_replace_other_files(destination)
    try:
        fd, name = tempfile.mkstemp(
            prefix=f".{destination.name}.", suffix=".partial", dir=destination.parent
        )
        os.close(fd)
    except OSError as error:
        raise _backup_failed(destination, error) from error
    partial = Path(name)
    try:
        make_private(partial)
        _copy_and_verify(source, partial)
        _fsync(partial)
        os.replace(partial, destination)
        _fsync(destination.parent)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise _backup_failed(destination, error) from error
    return destination


def _refuse_to_replace_other_files(destination: Path) -> None:
    """A backup replaces only an earlier backup (an SQLite file) or an empty file: never a
    device, a folder or somebody's document that a mistyped destination names."""
    if not (destination.exists() or destination.is_symlink()):
        return
    header = b""
    if destination.is_file():
        with destination.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    if not destination.is_file() or (header and header != SQLITE_HEADER):
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{destination} is not a backup of a database; it is left as it is. "
                "Choose another name for the backup.",
            ),
            destination=str(destination),
        )


def _backup_failed(destination: Path, error: Exception) -> BackupError:
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return BackupError(
        QT_TRANSLATE_NOOP(
            "messages",
            "The backup {destination} could not be written: {reason}. "
            "An earlier backup there is as it was.",
        ),
        destination=str(destination),
        reason=reason,
    )


def backup_before_upgrade(path: Path, now: dt.datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix or '.sqlite3'}")
    backup_sqlite(path, backup)
    backups = sorted(path.parent.glob(f"{path.stem}.backup-*"))
    for old in backups[:-BACKUPS_KEPT]:
        old.unlink()
    return backup


def _cannot_open(database: str, error: DatabaseError) -> KundbokError:
    return KundbokError(
        QT_TRANSLATE_NOOP("messages", "The database {database} cannot be opened: {reason}"),
        database=database,
        reason=str(error.orig) if error.orig else str(error),
    )


def upgrade_database(engine: Engine, now: dt.datetime | None = None) -> Path | None:
    """Upgrade to head; an SQLite file that holds data is copied aside first.

    Returns the backup made, if any. An unreadable file, or one a newer Kundbok wrote
    (NewerDatabaseError), raises KundbokError and is left as it was, without a backup.
    """
    try:
        current = current_revision(engine)
        if current == HEAD_REVISION:
            return None
        if schema_state(current) is SchemaState.NEWER:
            raise NewerDatabaseError(engine.url.render_as_string(), str(current))
        backup = None
        path = sqlite_path(str(engine.url))
        if current is not None and path is not None:
            backup = backup_before_upgrade(path, now or dt.datetime.now())
        from alembic import command

        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        return backup
    except DatabaseError as error:
        raise _cannot_open(str(engine.url), error) from error


def open_database(
    database: str | os.PathLike[str],
    user: str | None = None,
    probed: bool = False,
    create: bool = True,
) -> Database:
    """Open a database by path or URL and bring it to the newest schema.

    A file a newer Kundbok wrote is refused (NewerDatabaseError) before anything opens it;
    `probed`: the caller has looked at the file already and refused such a file itself.
    `create`: a missing file may be made (commands that only read pass False).
    """
    if not probed:
        refuse_newer(database)
    try:
        db = Database.open(database, user, create)
    except DatabaseError as error:
        raise _cannot_open(os.fspath(database), error) from error
    try:
        upgrade_database(db.engine)
    except KundbokError:
        db.dispose()
        raise
    return db
