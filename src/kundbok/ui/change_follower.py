"""Polls the register for other users' commits and says when one happened (`changed`).

The watcher (kundbok.services.change_watcher) answers cheaply; this object owns the timer that
asks it about once a second, so lists and open cards follow within two seconds. While a
background task runs it does not ask: the task's own commits (one per message sent, say) look
like another user's to the watcher, and reading every list again each second would hold the
window; a change made meanwhile, by anyone, is followed at the first tick after the task.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kundbok.db.session import Database
from kundbok.services.change_watcher import ChangeWatcher, change_watcher
from kundbok.ui.background import running_tasks

log = logging.getLogger("kundbok.ui")
POLL_INTERVAL_MS = 1000


class ChangeFollower(QObject):
    """Emits `changed` after another connection committed to the open register."""

    changed = Signal()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher: ChangeWatcher | None = None
        try:
            self._watcher = change_watcher(db)
        except Exception:  # following others is a comfort: the register works without it
            log.warning("other users' changes are not followed", exc_info=True)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        if self._watcher is not None:
            self._timer.start()

    def poll(self) -> bool:
        """Ask the watcher now; emits `changed` and returns True when someone committed."""
        if self._watcher is None:
            return False
        try:
            changed = self._watcher.changed()
        except Exception:  # a lost server: the next save says so, not a timer every second
            log.warning("could not look for other users' changes", exc_info=True)
            return False
        if changed:
            self.changed.emit()
        return changed

    def _tick(self) -> None:
        if not running_tasks():
            self.poll()

    def stop(self) -> None:
        """Stop polling and let go of the watching connection."""
        self._timer.stop()
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None
