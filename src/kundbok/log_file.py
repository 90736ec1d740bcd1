"""The log file: private to the user, like the database, and where native crashes leave a trace.

A crash inside Qt or another C library ends the process without a Python exception; with
`faulthandler` writing into the log, the Python stack of every thread at that moment is kept.
"""

from __future__ import annotations

import atexit
import faulthandler
import logging
import os
from pathlib import Path
from typing import TextIO

from kundbok.config import log_path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# The open log that faulthandler writes into: it must stay open for the life of the process.
_crash_log: tuple[Path, TextIO, logging.Handler] | None = None


def open_private(path: Path) -> TextIO:
    """`path` opened for appending, readable and writable by the user only (also when an
    earlier version left it readable by others)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    os.fchmod(descriptor, 0o600)
    return os.fdopen(descriptor, "a", encoding="utf-8")


def start_logging() -> Path:
    """Log to the user's log file and send native crashes' stacks there too; returns its path."""
    global _crash_log
    path = log_path()
    if _crash_log is None or _crash_log[0] != path:
        stream = open_private(path)
        faulthandler.enable(file=stream, all_threads=True)
        handler = logging.StreamHandler(stream)
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        root = logging.getLogger()
        if _crash_log is not None:  # another file (tests): leave no handler on a closed one
            root.removeHandler(_crash_log[2])
            _crash_log[1].close()
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        _crash_log = (path, stream, handler)
    return path


@atexit.register
def _close_crash_log() -> None:
    """Close the log at exit, once nothing can crash into it any more."""
    if _crash_log is not None:
        faulthandler.disable()
        _crash_log[1].close()
