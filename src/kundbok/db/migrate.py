"""Bring a database to the newest schema on start, with a backup copy taken first."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError

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


def head_revision() -> str | None:
    """The newest revision, as alembic reads it from the migration scripts."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for a new database)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite(source: Path, destination: Path) -> Path:
    """A consistent copy of a live SQLite database through SQLite's backup API (0600)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    if destination.exists():
        destination.unlink()
    make_private(destination)
    with sqlite3.connect(source) as src, sqlite3.connect(destination) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
    src.close()
    dst.close()
    return destination


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
    database: str | os.PathLike[str], user: str | None = None, probed: bool = False
) -> Database:
    """Open a database by path or URL and bring it to the newest schema.

    A file a newer Kundbok wrote is refused (NewerDatabaseError) before anything opens it;
    `probed`: the caller has looked at the file already and refused such a file itself.
    """
    if not probed:
        refuse_newer(database)
    try:
        db = Database.open(database, user)
    except DatabaseError as error:
        raise _cannot_open(os.fspath(database), error) from error
    try:
        upgrade_database(db.engine)
    except KundbokError:
        db.dispose()
        raise
    return db
