"""Backups from the window: *Arkiv → Säkerhetskopiera…* into a folder the user picks, the
daily copy into the folder chosen in the settings when the app closes, and the status bar's
warning when no good backup was made for a week. The services load when first used: the
window shows before the data layer is loaded.

What is remembered is this computer's (QSettings): the folder (a USB stick, a synced folder
of this user), the day of the last automatic copy and when the last good copy was made. The
copies themselves are `services/maintenance.backup_database`'s and
`services/automatic_backup.make_daily_backup`'s: verified before they replace anything.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kundbok.domain.errors import KundbokError
from kundbok.i18n import error_text
from kundbok.ui.errors import show_error
from kundbok.ui.formatting import display_date

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from kundbok.db.session import Database
    from kundbok.ui.background import TaskControl

FOLDER_KEY = "backup/folder"
LAST_GOOD_KEY = "backup/last_good"
LAST_DAILY_KEY = "backup/last_daily"


def _moment(text: object) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


class Backups(QObject):
    """The window's backups: made on request, daily on closing, and warned of when missing."""

    changed = Signal()  # a good backup was made: the warning and the settings say so anew
    message = Signal(str)  # a short note for the status bar

    def __init__(self, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("backups")
        self._settings = settings
        self._parent = parent

    # --- what is remembered ---------------------------------------------------------------

    def folder(self) -> Path | None:
        """The folder of the daily copies (None: none chosen)."""
        text = str(self._settings.value(FOLDER_KEY, "") or "")
        return Path(text) if text else None

    def set_folder(self, folder: Path | None) -> None:
        self._settings.setValue(FOLDER_KEY, str(folder) if folder else "")

    def last_good(self) -> dt.datetime | None:
        """When the last good backup (by hand or daily) was made, in local time."""
        return _moment(self._settings.value(LAST_GOOD_KEY, ""))

    def last_good_text(self) -> str:
        """The last good backup as the settings say it."""
        last = self.last_good()
        return display_date(last) if last else self.tr("No backup made yet")

    def _made(self, daily: bool) -> None:
        now = dt.datetime.now()
        self._settings.setValue(LAST_GOOD_KEY, now.isoformat(timespec="seconds"))
        if daily:
            self._settings.setValue(LAST_DAILY_KEY, now.date().isoformat())
        self._settings.sync()
        self.changed.emit()

    def warning(self, db: Database, now: dt.datetime | None = None) -> str:
        """The status bar's warning ("" when backups are recent or not Kundbok's to make)."""
        from kundbok.services.automatic_backup import backup_is_overdue, is_backed_up_by_kundbok

        if not is_backed_up_by_kundbok(db):
            return ""
        if not backup_is_overdue(self.last_good(), now or dt.datetime.now()):
            return ""
        return self.tr("No backup for 7 days: File → Back up…, or choose a folder in Settings")

    # --- by hand --------------------------------------------------------------------------

    def back_up_by_hand(self, db: Database) -> None:
        """Ask for a folder and copy the register into it, off the window's thread."""
        chosen = QFileDialog.getExistingDirectory(
            self._parent, self.tr("Back up the register into"), str(self.folder() or "")
        )
        if chosen:
            self.back_up_into(db, Path(chosen))

    def back_up_into(self, db: Database, folder: Path) -> QObject:
        """Copy the register into `folder` (replacing an earlier copy there once verified)."""
        from kundbok.services.maintenance import backup_database
        from kundbok.ui.background import run_task  # with the data layer, after start-up

        self.message.emit(self.tr("Backing up the register…"))

        def made(path: Path) -> None:
            self._made(daily=False)
            self.message.emit(self.tr("Backup saved as {path}").format(path=path))

        return run_task(
            self._parent,
            lambda _control: backup_database(db, folder),
            made,
            title=self.tr("No backup made"),
            text=self.tr("Backing up the register…"),
            cancellable=False,  # a verified copy, replaced whole or not at all
        )

    # --- daily, on closing ----------------------------------------------------------------

    def daily_due(self, db: Database, today: dt.date | None = None) -> bool:
        """Whether closing now should make the day's copy: a folder is chosen, the register is
        a file, and no copy was made today."""
        from kundbok.services.automatic_backup import is_backed_up_by_kundbok

        today = today or dt.date.today()
        last = str(self._settings.value(LAST_DAILY_KEY, "") or "")
        return (
            self.folder() is not None and is_backed_up_by_kundbok(db) and last != today.isoformat()
        )

    def make_daily(self, db: Database, then: Callable[[], object]) -> QObject:
        """Make the day's copy off the window's thread with a notice; a failure is told before
        `then` runs (the window then closes all the same)."""
        from kundbok.services.automatic_backup import make_daily_backup
        from kundbok.ui.background import run_task

        folder = self.folder()
        assert folder is not None  # daily_due said so
        self.message.emit(self.tr("Making the daily backup in {folder}…").format(folder=folder))

        def work(_control: TaskControl) -> Path | Exception:
            try:
                return make_daily_backup(db, folder)
            except Exception as error:  # told, and the window closes all the same
                return error

        def made(outcome: Path | Exception) -> None:
            if isinstance(outcome, Exception):
                tell_failure(self._parent, self.tr("The daily backup failed"), outcome)
            else:
                self._made(daily=True)
            then()

        return run_task(
            self._parent,
            work,
            made,
            title=self.tr("The daily backup failed"),
            text=self.tr("Making the daily backup in {folder}…").format(folder=folder),
            cancellable=False,
        )


def tell_failure(parent: QWidget | None, title: str, error: BaseException) -> None:
    """Say why a backup failed: a refusal in a warning titled `title`, anything else as an
    unexpected error (logged in full)."""
    if isinstance(error, KundbokError):
        QMessageBox.warning(parent, title, error_text(error))
    else:
        log.error("unexpected error", exc_info=error)
        show_error(error)
