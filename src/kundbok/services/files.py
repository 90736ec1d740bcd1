"""Writing the user's files safely: whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, then put it in place: a full disk or a
    crash leaves the old file (or none), never half a file."""
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise unwritable(path, error) from error


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
