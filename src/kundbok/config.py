"""Where things live: the database, the log, and the settings of this computer's user."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from kundbok import APP_NAME

DATABASE_ENVIRONMENT = "KUNDBOK_DATABASE"
DATABASE_FILE = "kundbok.sqlite3"


def default_database_path() -> Path:
    """The embedded database in the user's data folder (created on first start)."""
    return user_data_path(APP_NAME, appauthor=False) / DATABASE_FILE


def resolve_database(argument: str | None) -> str:
    """`--database` if given, else KUNDBOK_DATABASE, else the user's default file."""
    return argument or os.environ.get(DATABASE_ENVIRONMENT) or str(default_database_path())


def log_path() -> Path:
    """The log file, where unexpected errors are written in full, in a folder of the user's
    only: the log quotes customers' details as the database holds them."""
    folder = user_log_path(APP_NAME, appauthor=False)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.chmod(0o700)  # also a folder an earlier version made readable by others
    return folder / "kundbok.log"
