"""Long contract work off the window's thread, with progress and *Avbryt*.

`run_task(parent, work, done, title=..., text=...)` runs `work(control)` on a worker thread and
hands its result to `done` on the window's thread; `control.report(done, total)` shows progress
and answers False once the user cancelled, so that work which stops cleanly between steps (the
run, between two invoices) can stop there. A KundbokError is shown as a warning. The work opens
its own units of work and touches no widget.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from kundbok.domain.errors import KundbokError
from kundbok.i18n import error_text

T = TypeVar("T")


class TaskControl:
    """What the work is given: progress to report, and whether the user cancelled."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        """Whether the user asked the work to stop."""
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Ask the work to stop at its next report."""
        self._cancelled.set()

    def report(self, done: int, total: int) -> bool:
        """Show `done` of `total`; False once the user cancelled."""
        self._relay.progressed.emit(done, total)
        return not self.cancelled


class _Relay(QObject):
    progressed = Signal(int, int)
    ended = Signal(bool, object)  # whether the work returned, its result or its error


class _Worker(QThread):
    def __init__(self, work: Callable[[TaskControl], Any], control: TaskControl, relay: _Relay):
        super().__init__()
        self._work = work
        self._control = control
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work(self._control)
        except BaseException as error:  # handed to the window's thread, which decides
            self._relay.ended.emit(False, error)
        else:
            self._relay.ended.emit(True, result)


class BackgroundTask(QObject, Generic[T]):
    """One task: its worker, its progress dialog, its callbacks on the window's thread."""

    def __init__(
        self,
        parent: QWidget,
        work: Callable[[TaskControl], T],
        done: Callable[[T], object],
        title: str,
        text: str,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._title = title
        self._done = done
        self._relay = _Relay(self)
        self.control = TaskControl(self._relay)
        self.progress = QProgressDialog(text, self.tr("Cancel"), 0, 0, parent)
        self.progress.setWindowTitle(title)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.control.cancel)
        self._relay.progressed.connect(self._progressed)
        self._relay.ended.connect(self._ended)
        self._worker = _Worker(work, self.control, self._relay)
        self._worker.start()

    @property
    def is_running(self) -> bool:
        """Whether the work has not ended yet."""
        return self._worker.isRunning()

    def wait(self) -> None:
        """Block until the work has ended (tests, and closing a window)."""
        self._worker.wait()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _ended(self, returned: bool, outcome: Any) -> None:
        self._worker.wait()
        self.progress.reset()
        self.progress.hide()
        if returned:
            self._done(outcome)
        elif isinstance(outcome, KundbokError):
            QMessageBox.warning(self._parent, self._title, error_text(outcome))
        else:
            raise outcome  # a bug or an OSError: the exception hook logs and tells the user


def run_task(
    parent: QWidget,
    work: Callable[[TaskControl], T],
    done: Callable[[T], object],
    *,
    title: str,
    text: str,
) -> BackgroundTask[T]:
    """Run `work(control)` on a worker thread and `done(result)` on the window's thread."""
    return BackgroundTask(parent, work, done, title, text)
