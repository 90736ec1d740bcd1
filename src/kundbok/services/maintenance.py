"""Keeping the data safe: consistent backup copies of the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kundbok.db.migrate import backup_sqlite
from kundbok.db.session import Database, sqlite_path
from kundbok.domain.errors import QT_TRANSLATE_NOOP, RefusedError
from kundbok.services.files import check_output_path


def backup_database(db: Database, destination: Path | None = None) -> Path:
    """Copy the live database through SQLite's backup API; by default into backups/ beside it."""
    source = sqlite_path(str(db.engine.url))
    if source is None:
        raise RefusedError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Only the embedded database is backed up by Kundbok; "
                "back up a database server with its own tools (pg_dump).",
            )
        )
    if destination is None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = source.parent / "backups"
        folder.mkdir(mode=0o700, exist_ok=True)  # the default folder; a given one must exist
        destination = folder / f"{source.stem}-{stamp}.sqlite3"
    elif destination.is_dir():
        destination = destination / source.name
    check_output_path(destination, backup_of=source)
    return backup_sqlite(source, destination)


def register_in_use(db: Database) -> tuple[str, int | None]:
    """Where the open register is (a file, or a server's address without its password) and
    its size in bytes (None for a server: its size is the server's business)."""
    url = db.engine.url
    path = sqlite_path(str(url))
    if path is None:
        return url.render_as_string(hide_password=True), None
    size = sum(
        part.stat().st_size for part in (path, path.with_name(path.name + "-wal")) if part.exists()
    )
    return str(path), size
