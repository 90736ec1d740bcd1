"""Long quote work (e-mailing, rendering for print) off the window's thread.

The one place the quote screens start such work: `run_task(parent, work, done, title=, text=)`
runs `work()` on a worker thread and hands its result to `done` on the window's thread, as the
preview pane does; a refusal (KundbokError) is shown in a warning. While it runs a window-modal
progress dialog with *Avbryt* shows after a short pause; cancelling drops the result (a message
the server already took stays sent, and the quote says so when read again).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from kundbok.domain.errors import KundbokError
from kundbok.i18n import error_text

T = TypeVar("T")
PROGRESS_AFTER_MS = 300
_ids = itertools.count(1)


class _Signals(QObject):
    # Lives in the GUI thread; emitted from the worker, so delivery is queued to it.
    ended = Signal(bool, object)  # whether it returned, its result or the KundbokError


class _Run(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except KundbokError as error:
            self._signals.ended.emit(False, error)
            return
        self._signals.ended.emit(True, result)


class QuoteTask(QObject):
    """One piece of work running; `finished` once its result was handed on (or dropped)."""

    finished = Signal()

    def __init__(
        self, parent: QWidget, done: Callable[[Any], object], title: str, text: str
    ) -> None:
        super().__init__(parent)
        self.task_id = next(_ids)
        self._done = done
        self._title = title
        self._dropped = False
        # Without a parent, kept by the worker: a window closed meanwhile drops the result.
        self.signals = _Signals()
        self.signals.ended.connect(self._end)
        self.progress = QProgressDialog(text, self.tr("Cancel"), 0, 0, parent)
        self.progress.setObjectName("quote_task_progress")
        self.progress.setWindowTitle(title)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self.drop)
        self.progress.reset()  # hidden until the pause is over
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.timeout.connect(self._show_progress)
        self._pause.start(PROGRESS_AFTER_MS)
        self.running = True

    def _show_progress(self) -> None:
        if self.running:
            self.progress.setRange(0, 0)
            self.progress.show()

    def drop(self) -> None:
        """The user cancelled: the result is not handed on."""
        self._dropped = True

    def _end(self, returned: bool, outcome: object) -> None:
        self.running = False
        self._dropped = self._dropped or self.progress.wasCanceled()
        self._pause.stop()
        self.progress.canceled.disconnect(self.drop)
        self.progress.close()
        parent = self.parent()
        if not self._dropped:
            if returned:
                self._done(outcome)
            elif isinstance(outcome, KundbokError):
                window = parent if isinstance(parent, QWidget) else None
                QMessageBox.warning(window, self._title, error_text(outcome))
        self.finished.emit()


def run_task(
    parent: QWidget, work: Callable[[], T], done: Callable[[T], object], *, title: str, text: str
) -> QuoteTask:
    """Run `work()` on a worker thread and call `done(result)` on the window's thread."""
    task = QuoteTask(parent, done, title, text)
    QThreadPool.globalInstance().start(_Run(work, task.signals))
    return task
