"""The database as the main window holds it: opened on first use, not before the window shows.

SQLAlchemy, the models and the services take about half a second to import, most of the app's
start-up. The window does not wait for them: while the database is not open, the list's first page
is read straight through sqlite3 (services/start_page.py), and the window loads the rest once it is
on screen.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kundbok.db.session import Database


class LazyDatabase:
    """A database path or URL, opened (and brought to the newest schema) when first needed."""

    def __init__(self, location: str | os.PathLike[str]) -> None:
        self.location = os.fspath(location)
        self._db: Database | None = None

    @property
    def is_open(self) -> bool:
        return self._db is not None

    def unopened_file(self) -> Path | None:
        """The SQLite file to read directly while the database is not open yet: an existing file
        given by its path. None once open, and for URLs (a server, or SQLite given as a URL)."""
        if self._db is not None or "://" in self.location:
            return None
        path = Path(self.location).expanduser()
        return path if path.is_file() else None

    def open(self) -> Database:
        """The database, opened and migrated on the first call (KundbokError if it cannot be)."""
        if self._db is None:
            from kundbok.db.migrate import open_database

            self._db = open_database(self.location)
        return self._db

    def close(self) -> None:
        """Let go of the database's connections."""
        if self._db is not None:
            self._db.dispose()
