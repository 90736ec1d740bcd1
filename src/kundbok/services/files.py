"""Writing the user's files safely: never over the register, private, whole or not at all."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kundbok.db.database_file import SQLITE_HEADER
from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError, RefusedError

# The files SQLite keeps beside a database while it is open or writing.
JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")
# The first bytes of a write-ahead log (either byte order), of its index (the WAL-index
# version 3007000, native byte order) and of a rollback journal.
_JOURNAL_HEADERS = (
    b"\x37\x7f\x06\x82",
    b"\x37\x7f\x06\x83",
    (3007000).to_bytes(4, "little"),
    (3007000).to_bytes(4, "big"),
    b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7",
)


class RegisterFileError(RefusedError):
    """An output path names the register, one of its backups or journal files: nothing is
    written there."""


def _starts_with(path: Path, headers: tuple[bytes, ...]) -> bool:
    """True when `path` is a regular file whose first bytes are one of `headers`."""
    try:
        with path.open("rb") as file:
            start = file.read(max(map(len, headers)))
    except OSError:
        return False
    return any(start.startswith(header) for header in headers)


def _is_database(path: Path) -> bool:
    return path.is_file() and _starts_with(path, (SQLITE_HEADER,))


def _database_of_journal(path: Path) -> Path | None:
    """The database whose journal `path` names ("kundbok.sqlite3-wal"), if there is one."""
    for suffix in JOURNAL_SUFFIXES:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            database = path.with_name(path.name.removesuffix(suffix))
            if _is_database(database):
                return database
    return None


def _same_file(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:
        return os.path.realpath(first) == os.path.realpath(second)


def check_output_path(path: Path | str, backup_of: Path | None = None) -> Path:
    """The real path an output is to be written to (symlinks and ".." resolved), or
    RegisterFileError when that is a database (the register, a backup of it: the same file
    also through a hard link), a database's journal (`-wal`, `-shm`, `-journal`, by name or by
    content), or a device or pipe. `backup_of`: a backup of that database is being written, and
    may replace another database (an earlier backup), never that one."""
    real = Path(os.path.realpath(path))
    mode = real.stat().st_mode if real.exists() else None
    if mode is not None and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise RegisterFileError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{path} is not a regular file (it is a device or a pipe); nothing was written. "
                "Choose another name for the file.",
            ),
            path=str(path),
        )
    is_regular = mode is not None and stat.S_ISREG(mode)
    refused = _database_of_journal(real) is not None or (
        is_regular and _starts_with(real, _JOURNAL_HEADERS)
    )
    if backup_of is None:
        refused = refused or _is_database(real)
    else:
        refused = refused or _same_file(real, backup_of)
    if refused:
        raise RegisterFileError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{path} is a database or one of its files; it is left as it is. "
                "Choose another name for the file.",
            ),
            path=str(path),
        )
    return real


def _sync_folder(folder: Path) -> None:
    """Put a rename in `folder` on disk (where the system allows opening a folder)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems cannot sync a folder; the file itself is synced
    finally:
        os.close(descriptor)


@contextmanager
def replaced_atomically(path: Path | str) -> Iterator[Path]:
    """A private (0600) empty file beside `path` for the block to write; when the block ends
    without error it is synced and renamed over `path`, else removed: a full disk or a crash
    leaves an earlier file at `path` whole. `path` is checked first (`check_output_path`)."""
    target = check_output_path(path)
    try:
        # A short name of its own: the target's name may already be as long as a name can be.
        handle, name = tempfile.mkstemp(prefix=".kundbok-", suffix=".partial", dir=target.parent)
        os.close(handle)
    except OSError as error:
        raise unwritable(path, error) from error
    temporary = Path(name)
    try:
        yield temporary
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise unwritable(path, error) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def write_atomically(path: Path | str, data: bytes) -> None:
    """Write `data` to `path` whole or not at all, private to the user, never over the
    register (see `replaced_atomically`)."""
    with replaced_atomically(path) as temporary, temporary.open("wb") as out:
        out.write(data)


def unreadable(path: Path | str, error: OSError) -> KundbokError:
    """The message for a file that could not be read, with the system's reason."""
    return KundbokError(
        QT_TRANSLATE_NOOP("messages", "The file {path} could not be read: {reason}"),
        path=str(path),
        reason=error.strerror or str(error),
    )


def unwritable(path: Path | str, error: OSError) -> KundbokError:
    """The message for a file that could not be written, with the system's reason."""
    return KundbokError(
        QT_TRANSLATE_NOOP("messages", "The file {path} could not be written: {reason}"),
        path=str(path),
        reason=error.strerror or str(error),
    )
