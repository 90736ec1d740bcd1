"""Long work of the entry windows (invoicing many customers, reading and importing a file,
listing what is to be invoiced) off the window's thread, as the preview pane builds its PDF:
the work on a worker thread, its result handed back on the window's thread by a queued signal,
a busy dialog after 300 ms, and a result whose window has gone is dropped.

The one function the entry windows call, `run_entry_work`, so that they move to the shared
background-task helper by changing this module alone.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from kundbok.domain.errors import KundbokError
from kundbok.i18n import error_text

T = TypeVar("T")
PROGRESS_AFTER_MS = 300


class _Ended(QObject):
    ended = Signal(bool, object)  # whether the work returned, its result or its error


class _Run(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Ended) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # handed to the window's thread, which decides
            self._emit(False, error)
        else:
            self._emit(True, result)

    def _emit(self, returned: bool, outcome: object) -> None:
        # The window closed meanwhile: nobody waits for the result.
        with contextlib.suppress(RuntimeError):
            self._signals.ended.emit(returned, outcome)


class EntryWork(QObject):
    """One piece of work under way for `parent`: its busy dialog and its result's way back."""

    def __init__(
        self,
        parent: QWidget,
        work: Callable[[], T],
        done: Callable[[T], object],
        title: str,
        text: str,
        failed: Callable[[KundbokError], object] | None,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._done = done
        self._title = title
        self._failed = failed
        self.busy = QProgressDialog(text, "", 0, 0, parent)
        self.busy.setObjectName("entry_work_progress")
        self.busy.setWindowTitle(title)
        self.busy.setCancelButton(None)  # all or nothing: one transaction, never half done
        self.busy.setWindowModality(Qt.WindowModality.WindowModal)
        self.busy.setMinimumDuration(0)
        self.busy.reset()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.busy.show)
        self._timer.start(PROGRESS_AFTER_MS)
        self._signals = _Ended(self)
        self._signals.ended.connect(self._ended, Qt.ConnectionType.QueuedConnection)
        self.running = True
        QThreadPool.globalInstance().start(_Run(work, self._signals))

    def _ended(self, returned: bool, outcome: object) -> None:
        self.running = False
        self._timer.stop()
        self.busy.reset()
        self.busy.hide()
        if returned:
            self._done(outcome)  # type: ignore[arg-type]
        elif isinstance(outcome, KundbokError):
            if self._failed is not None:
                self._failed(outcome)
            else:
                QMessageBox.warning(self._parent, self._title, error_text(outcome))
        else:
            raise outcome  # type: ignore[misc]  # reaches the exception hook
        self.deleteLater()


def run_entry_work(
    parent: QWidget,
    work: Callable[[], T],
    done: Callable[[T], object],
    *,
    title: str,
    text: str,
    failed: Callable[[KundbokError], object] | None = None,
) -> EntryWork:
    """Run `work()` on a worker thread and call `done(result)` on the window's thread; a
    refusal goes to `failed` (default: a warning titled `title`). `work` touches no widget."""
    return EntryWork(parent, work, done, title, text, failed)
