"""Whether another user (another process or window) committed a change to the register.

Lists and open cards follow other users' changes by asking `changed()` about once a second (the
GUI owns the timer; nothing here knows Qt). Asking is cheap: on SQLite one `PRAGMA data_version`
on a connection of its own, whose value moves whenever any other connection commits; on
PostgreSQL the notifications that every write transaction sends (`NOTIFY`, see
`kundbok.db.session`) are collected on a listening connection.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any, Protocol

from kundbok.db.session import CHANGE_CHANNEL, Database, sqlite_path

log = logging.getLogger("kundbok.services")


class ChangeWatcher(Protocol):
    """Tells whether the register changed since it was last asked."""

    def changed(self) -> bool:
        """Whether some other connection committed a change since the last call."""
        ...

    def close(self) -> None:
        """Let go of the watching connection."""
        ...


class SqliteWatcher:
    """Polls `PRAGMA data_version`, which moves when another connection commits to the file."""

    def __init__(self, path: str) -> None:
        self._connection: sqlite3.Connection | None = sqlite3.connect(
            path, timeout=1, isolation_level=None, check_same_thread=False
        )
        self._version = self._read()

    def _read(self) -> int:
        assert self._connection is not None
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        """Whether another connection committed since the last call."""
        if self._connection is None:
            return False
        version = self._read()
        changed, self._version = version != self._version, version
        return changed

    def close(self) -> None:
        """Close the watching connection."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class PostgresqlWatcher:
    """A connection that LISTENs on the register's channel; each poll collects what arrived."""

    def __init__(self, url: str) -> None:
        import psycopg

        self._connection: Any = psycopg.connect(url, autocommit=True)
        self._notified = False
        self._connection.add_notify_handler(self._notify)
        self._connection.execute(f"LISTEN {CHANGE_CHANNEL}")

    def _notify(self, _notification: object) -> None:
        self._notified = True

    def changed(self) -> bool:
        """Whether a change was committed (and notified) since the last call."""
        if self._connection is None:
            return False
        # Notifications are read from the server while a command runs: an empty one will do.
        self._connection.execute("SELECT 1")
        changed, self._notified = self._notified, False
        return changed

    def close(self) -> None:
        """Close the listening connection."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def change_watcher(db: Database) -> ChangeWatcher:
    """A watcher for the register `db` is open on."""
    url = db.engine.url
    path = sqlite_path(url.render_as_string(hide_password=False))
    if path is not None:
        return SqliteWatcher(str(path))
    plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
    return PostgresqlWatcher(plain)
