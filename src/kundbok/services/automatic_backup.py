"""The daily backup into a folder the user chose (a USB stick, a synced folder), made when the
app closes: a verified copy per day, the old ones thinned out (`domain/backup_rotation.py`)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from kundbok.db.session import Database, sqlite_path
from kundbok.domain.backup_rotation import backups_to_keep
from kundbok.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from kundbok.services.maintenance import backup_database

OVERDUE_AFTER = dt.timedelta(days=7)


def is_backed_up_by_kundbok(db: Database) -> bool:
    """Whether Kundbok makes the register's backups (an SQLite file); a server's are its own."""
    return sqlite_path(str(db.engine.url)) is not None


def _pattern(stem: str) -> re.Pattern[str]:
    return re.compile(re.escape(stem) + r"-(\d{4}-\d{2}-\d{2})\.sqlite3")


def make_daily_backup(db: Database, folder: Path, today: dt.date | None = None) -> Path:
    """Copy the register into `folder` as today's backup (replacing an earlier one of today
    only once the new copy is verified), then remove the copies no longer kept. The folder must
    exist: a USB stick that is not plugged in is a failure to report, not a folder to make."""
    today = today or dt.date.today()
    folder = Path(folder)
    if not folder.is_dir():
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "The backup folder {folder} is not there."),
            folder=str(folder),
        )
    source = sqlite_path(str(db.engine.url))
    stem = source.stem if source is not None else "kundbok"
    made = backup_database(db, folder / f"{stem}-{today.isoformat()}.sqlite3")
    pattern = _pattern(stem)
    copies = {}
    for path in folder.iterdir():
        match = pattern.fullmatch(path.name)
        if match and path.is_file():
            try:
                copies[dt.date.fromisoformat(match.group(1))] = path
            except ValueError:  # a name that looks like ours but holds no date: not ours
                continue
    kept = backups_to_keep(copies)
    for day, path in copies.items():
        if day not in kept:
            path.unlink(missing_ok=True)
    return made


def backup_is_overdue(last_good: dt.datetime | None, now: dt.datetime) -> bool:
    """Whether the user should be warned: no good backup, or none for `OVERDUE_AFTER`."""
    return last_good is None or now - last_good >= OVERDUE_AFTER
