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
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError, StatementError
from sqlalchemy.orm import Session, sessionmaker

from kundbok.db.database_file import check_database_file
from kundbok.domain.errors import (
    QT_TRANSLATE_NOOP,
    CancelledError,
    KundbokError,
    RegisterBusyError,
)

BUSY_TIMEOUT_MS = 10_000
# How long a write waits behind an import (a long write that announced itself) before failing,
# and how often it looks whether the import has finished (and whether the user cancelled).
LONG_WRITE_WAIT = 30 * 60
LONG_WRITE_POLL = 0.2
# The PostgreSQL advisory lock a long write holds exclusively and every other write shared.
LONG_WRITE_LOCK = 0x4B42_4C57
_APPLICATION_NAME = "kundbok long write by "
_POSTGRESQL_HOLDER = (
    "SELECT a.application_name FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid "
    f"WHERE l.locktype = 'advisory' AND l.classid = 0 AND l.objid = {LONG_WRITE_LOCK} "
    "AND l.mode = 'ExclusiveLock' AND l.granted AND l.database = "
    "(SELECT oid FROM pg_database WHERE datname = current_database())"
)
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


def _set_synchronous(connection: Any, durable: bool) -> None:
    # FULL syncs the WAL at every commit, so a commit survives power loss; NORMAL (the default,
    # cheaper for card saves) may lose the last commits. Set outside the transaction, and only
    # when it changes, since pooled connections keep the setting.
    wanted = "FULL" if durable else "NORMAL"
    if connection.info.get("kundbok_synchronous", "NORMAL") != wanted:
        connection.exec_driver_sql(f"PRAGMA synchronous={wanted}")
        connection.info["kundbok_synchronous"] = wanted


# How a write on this thread meets another user's long write: by default it waits (the command
# line); the window's own thread refuses at once, and a background task waits while it can be
# cancelled and says so (`refuse_to_wait_on_this_thread`, `waiting_on_this_thread`).
_thread = threading.local()


@dataclass(frozen=True)
class _Waiting:
    notice: Callable[[str], None]
    cancelled: Callable[[], bool]


def refuse_to_wait_on_this_thread(refuse: bool = True) -> None:
    """A write on this thread that meets another user's long write raises RegisterBusyError at
    once instead of waiting: the window's thread must keep turning (the window waits for the
    import off its thread, with a notice and a way to cancel, and then tries again). `False`
    makes the thread wait again."""
    _thread.policy = "refuse" if refuse else None


@contextmanager
def waiting_on_this_thread(
    notice: Callable[[str], None], cancelled: Callable[[], bool]
) -> Iterator[None]:
    """Inside, a write on this thread that meets another user's long write waits for it,
    calling `notice(user)` once as it starts waiting and raising CancelledError as soon as
    `cancelled()` says so."""
    before = getattr(_thread, "policy", None)
    _thread.policy = _Waiting(notice, cancelled)
    try:
        yield
    finally:
        _thread.policy = before


def on_waiting_for_import(notice: Callable[[str], None]) -> None:
    """A write on this thread that meets another user's long write waits for it without a way
    to cancel, calling `notice(user)` as it starts waiting (the command line says so on
    stderr)."""
    _thread.policy = _Waiting(notice, lambda: False)


def _long_write_holder(marker: Path) -> str | None:
    """The user named in the marker while its process still runs (a killed import leaves its
    file), else None."""
    try:
        pid_text, _, user = marker.read_text(encoding="ascii").strip().partition(" ")
        os.kill(int(pid_text), 0)
    except (OSError, ValueError):
        return None
    return user


def _holds_long_write() -> bool:
    """Whether this thread runs the long write itself (its own transactions go ahead)."""
    return bool(getattr(_thread, "long_write", False))


def _meet_long_write(user: str, still_busy: Callable[[], bool], since: float, first: bool) -> None:
    """Another user's long write holds the database: return after a short pause, to try again,
    or raise (this thread may not wait, the user cancelled, or the wait lasted LONG_WRITE_WAIT)."""
    policy = getattr(_thread, "policy", None)
    if policy == "refuse" or time.monotonic() - since > LONG_WRITE_WAIT:
        raise RegisterBusyError(user, still_busy)
    if isinstance(policy, _Waiting):
        if policy.cancelled():
            raise CancelledError()
        if first:
            policy.notice(user)
    elif first:
        log.info("waiting for an import by %s to finish", user or "another user")
    time.sleep(LONG_WRITE_POLL)


def _begin_sqlite(connection: Any) -> None:
    options = connection.get_execution_options()
    _set_synchronous(connection, options.get("kundbok_durable", False))
    if not options.get("kundbok_write", False):
        connection.exec_driver_sql("BEGIN")
        return
    path = sqlite_path(str(connection.engine.url))
    marker = long_write_marker(path) if path is not None else None
    since, first = time.monotonic(), True
    while True:
        # A write beside a long one waits for it to finish rather than failing at the busy
        # timeout (and without sitting in the busy handler, so that a cancel is heard at once);
        # without a long write running, the busy timeout is the limit as before.
        if marker is not None and not _holds_long_write():
            holder = _long_write_holder(marker)
            if holder is not None:
                _meet_long_write(holder, partial(_sqlite_busy, marker), since, first)
                first = False
                continue
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            return
        except OperationalError as error:
            if "locked" not in str(error.orig) or marker is None or not _sqlite_busy(marker):
                raise


def _sqlite_busy(marker: Path) -> bool:
    return _long_write_holder(marker) is not None


def _postgresql_holder(engine: Engine) -> str | None:
    """The user whose long write holds the PostgreSQL lock ("" when unknown), else None."""
    raw = engine.raw_connection()  # no Connection events: this must not wait for the lock
    try:
        cursor = raw.cursor()
        cursor.execute(_POSTGRESQL_HOLDER)
        row = cursor.fetchone()
        raw.rollback()
    finally:
        raw.close()
    if row is None:
        return None
    name = str(row[0] or "")
    return name.removeprefix(_APPLICATION_NAME) if name.startswith(_APPLICATION_NAME) else ""


def _begin_postgresql(connection: Any) -> None:
    # PostgreSQL waits for the locks it needs without a timeout: a write beside another user's
    # import would wait inside the database. Each write takes the long-write lock shared, for
    # its transaction; a long write holds it exclusively, so a write meets it here instead.
    if not connection.get_execution_options().get("kundbok_write", False) or _holds_long_write():
        return
    since, first = time.monotonic(), True
    take = f"SELECT pg_try_advisory_xact_lock_shared({LONG_WRITE_LOCK})"
    while not connection.exec_driver_sql(take).scalar():
        engine = connection.engine
        holder = _postgresql_holder(engine)
        if holder is None:  # it ended between the two questions
            time.sleep(0.01)
            continue
        _meet_long_write(holder, partial(_postgresql_busy, engine), since, first)
        first = False


def _postgresql_busy(engine: Engine) -> bool:
    return _postgresql_holder(engine) is not None


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
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _begin_postgresql)
    return engine


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

    # How this thread meets another user's import, as the window sets it for its own thread
    # and for the workers of its background tasks.
    refuse_to_wait_on_this_thread = staticmethod(refuse_to_wait_on_this_thread)
    waiting_on_this_thread = staticmethod(waiting_on_this_thread)

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
        writers wait for it to finish (the window's thread off itself, with a notice) instead of
        failing with "database is locked" or waiting inside the database."""
        path = sqlite_path(str(self.engine.url))
        if path is None:
            with self._postgresql_long_write():
                yield
            return
        marker = long_write_marker(path)
        make_private(marker)
        marker.write_text(f"{os.getpid()} {self.user}\n", encoding="ascii", errors="replace")
        _thread.long_write = True
        try:
            yield
        finally:
            _thread.long_write = False
            marker.unlink(missing_ok=True)

    @contextmanager
    def _postgresql_long_write(self) -> Iterator[None]:
        # A lock of the database session, held on a connection of its own; released when the
        # process dies with it. Taken after the writes under way have finished.
        with self.engine.connect() as holder:
            holder.exec_driver_sql(
                "SELECT set_config('application_name', %(name)s, false)",
                {"name": (_APPLICATION_NAME + self.user)[:63]},
            )
            take = f"SELECT pg_try_advisory_lock({LONG_WRITE_LOCK})"
            since, first = time.monotonic(), True
            while not holder.exec_driver_sql(take).scalar():
                holder.rollback()
                holder_name = _postgresql_holder(self.engine)
                if holder_name is not None:  # else short writes hold it shared: a moment
                    busy = partial(_postgresql_busy, self.engine)
                    _meet_long_write(holder_name, busy, since, first)
                    first = False
                else:
                    time.sleep(0.01)
            holder.commit()
            _thread.long_write = True
            try:
                yield
            finally:
                _thread.long_write = False
                holder.exec_driver_sql(f"SELECT pg_advisory_unlock({LONG_WRITE_LOCK})")
                holder.exec_driver_sql("SELECT set_config('application_name', '', false)")
                holder.commit()

    def dispose(self) -> None:
        self.engine.dispose()
