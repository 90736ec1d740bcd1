"""Engines for a path or URL, with SQLite set up safely, and the unit of work.

SQLite gets WAL, foreign keys and a busy timeout on every connection. Write transactions on SQLite
begin IMMEDIATE, so two copies of the app writing to one file queue up behind the busy timeout
instead of failing half-way with "database is locked".
"""

from __future__ import annotations

import getpass
import logging
import os
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError, StatementError
from sqlalchemy.orm import Session, sessionmaker

from kundbok.db.database_file import check_database_file
from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError

BUSY_TIMEOUT_MS = 10_000
# How long a write waits behind an import (a long write that announced itself) before failing.
LONG_WRITE_WAIT = 30 * 60
log = logging.getLogger("kundbok.db")
PRIVATE_FILE_MODE = stat.S_IRUSR | stat.S_IWUSR
# The PostgreSQL channel every write transaction notifies, so that other users' lists follow.
CHANGE_CHANNEL = "kundbok_changed"


def database_url(database: str | os.PathLike[str]) -> str:
    """An SQLAlchemy URL for a file path or an URL given as it is."""
    text = os.fspath(database)
    if "://" in text:
        return text
    # Built, not written out: a folder named "Kunder #2?" must not turn into a query string.
    path = str(Path(text).expanduser().resolve())
    return URL.create("sqlite", database=path).render_as_string(hide_password=False)


def sqlite_path(url: str) -> Path | None:
    """The database file of an SQLite URL, or None for other databases and in-memory ones."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def make_private(path: Path) -> None:
    """Create `path` if missing and make it readable by its owner only (customer data)."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)
    os.chmod(path, PRIVATE_FILE_MODE)


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's begin event emit BEGIN, so writes can ask for BEGIN IMMEDIATE.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def long_write_marker(path: Path) -> Path:
    """The file that says a long write (an import) holds the database at `path`."""
    return path.with_name(path.name + ".long-write")


def _long_write_running(marker: Path) -> bool:
    """Whether the process named in the marker still runs (a killed import leaves its file)."""
    try:
        pid = int(marker.read_text(encoding="ascii").split()[0])
        os.kill(pid, 0)
    except (OSError, ValueError, IndexError):
        return False
    return True


def _set_synchronous(connection: Any, durable: bool) -> None:
    # FULL syncs the WAL at every commit, so a commit survives power loss; NORMAL (the default,
    # cheaper for card saves) may lose the last commits. Set outside the transaction, and only
    # when it changes, since pooled connections keep the setting.
    wanted = "FULL" if durable else "NORMAL"
    if connection.info.get("kundbok_synchronous", "NORMAL") != wanted:
        connection.exec_driver_sql(f"PRAGMA synchronous={wanted}")
        connection.info["kundbok_synchronous"] = wanted


# Told each time a save goes on waiting for another user's import, so the UI can say so.
_waiting_notice: Callable[[], None] | None = None


def on_waiting_for_import(notice: Callable[[], None] | None) -> None:
    """Have `notice` called while a save waits for an import (None: nobody is told)."""
    global _waiting_notice
    _waiting_notice = notice


def _begin_sqlite(connection: Any) -> None:
    options = connection.get_execution_options()
    _set_synchronous(connection, options.get("kundbok_durable", False))
    immediate = options.get("kundbok_write", False)
    if not immediate:
        connection.exec_driver_sql("BEGIN")
        return
    path = sqlite_path(str(connection.engine.url))
    marker = long_write_marker(path) if path is not None else None
    waited_since = time.monotonic()
    while True:
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            return
        except OperationalError as error:
            # A save beside an import waits for the import to finish rather than failing at the
            # busy timeout; without an import running, the busy timeout is the limit as before.
            locked = "locked" in str(error.orig)
            waited = time.monotonic() - waited_since
            if not (locked and marker and _long_write_running(marker)) or waited > LONG_WRITE_WAIT:
                raise
            log.info("waiting for an import to finish (%s)", marker)
            if _waiting_notice is not None:
                _waiting_notice()


def create_database_engine(database: str | os.PathLike[str], create: bool = True) -> Engine:
    """An engine for a path or URL; an SQLite file is created private (0600) if missing.

    A path that is not a Kundbok database, or (without `create`) does not exist, is refused
    untouched (NotADatabaseError).
    """
    url = database_url(database)
    path = sqlite_path(url)
    if path is not None:
        check_database_file(path, create)
        make_private(path)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin_sqlite)
        with engine.connect() as connection:  # creates the -wal and -shm files now, to chmod them
            connection.exec_driver_sql("SELECT 1")
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.chmod(side, PRIVATE_FILE_MODE)
        return engine
    return create_engine(url, pool_pre_ping=True)


def current_user() -> str:
    """The operating system user, recorded on every change."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry in some containers
        return os.environ.get("USER", "")


def _note_write(session: Session, *_args: Any) -> None:
    session.info["kundbok_wrote"] = True


def _note_statement(state: Any) -> None:
    if not state.is_select:  # an UPDATE or DELETE by statement, outside the flush
        _note_write(state.session)


def _notify_change(session: Session) -> None:
    # Sent inside the transaction: listeners hear of it only if, and when, it commits. A write
    # unit of work that only read (get_company) sends nothing.
    wrote = session.info.pop("kundbok_wrote", False)
    if wrote or session.new or session.dirty or session.deleted:
        session.connection().exec_driver_sql(f"NOTIFY {CHANGE_CHANNEL}")


class Database:
    """An engine and the session factories for reading and for writing."""

    def __init__(self, engine: Engine, user: str | None = None) -> None:
        self.engine = engine
        self.user = user if user is not None else current_user()
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(kundbok_write=True), expire_on_commit=False
        )
        if engine.dialect.name == "postgresql":  # SQLite watchers poll data_version instead
            event.listen(self._write, "after_flush", _note_write)
            event.listen(self._write, "do_orm_execute", _note_statement)
            event.listen(self._write, "before_commit", _notify_change)

    @classmethod
    def open(
        cls, database: str | os.PathLike[str], user: str | None = None, create: bool = True
    ) -> Database:
        return cls(create_database_engine(database, create), user)

    @contextmanager
    def unit_of_work(self, write: bool = True, durable: bool = False) -> Iterator[Session]:
        """One transaction; rolled back on exit unless the service called `session.commit()`.

        `durable` is for legal records (issuing, credit notes, payments): on SQLite the commit is
        synced to disk (synchronous=FULL), so power loss cannot undo an invoice already sent.
        PostgreSQL syncs every commit by default (synchronous_commit=on).
        """
        session = (self._write if write or durable else self._read)()
        try:
            if durable:  # the options reach the begin event, which sets synchronous before BEGIN
                session.connection(execution_options={"kundbok_durable": True})
            yield session
        except OperationalError as error:
            # A full disk, a lock held too long, a lost server: the user's words, nothing saved.
            raise KundbokError(
                QT_TRANSLATE_NOOP(
                    "messages", "The database could not be used: {reason}. Nothing was changed."
                ),
                reason=str(error.orig) if error.orig else str(error),
            ) from error
        except StatementError as error:
            # A column type refused a value (Money beyond the largest amount): its own message.
            if isinstance(error.orig, KundbokError):
                raise error.orig from error
            raise
        finally:
            session.close()  # rolls back whatever was not committed

    @contextmanager
    def long_write(self) -> Iterator[None]:
        """Announce a write transaction that may outlast the busy timeout (an import): other
        processes' writes wait for it to finish instead of failing with "database is locked"."""
        path = sqlite_path(str(self.engine.url))
        if path is None:  # PostgreSQL: a writer waits for the locks it needs, without a timeout
            yield
            return
        marker = long_write_marker(path)
        make_private(marker)
        marker.write_text(f"{os.getpid()} {self.user}\n", encoding="ascii", errors="replace")
        try:
            yield
        finally:
            marker.unlink(missing_ok=True)

    def dispose(self) -> None:
        self.engine.dispose()
