"""A dialog's own long call with the progress shown inside the dialog (a bar and a stop button
of its own) rather than in the progress window of `ui/background.py`: the call runs as a quiet
background task there, reports progress through these signals, can be asked to stop, and its
result (or error) comes back on the GUI thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kundbok.domain.errors import KundbokError
from kundbok.ui.background import BackgroundTask, TaskControl, run_task

log = logging.getLogger(__name__)
# Told (done, total) as the call goes; answers False when the user asked it to stop.
Progress = Callable[[int, int], bool]
_FAILED = object()  # what an unexpected error hands back, already logged


class _Signals(QObject):
    # Lives in the GUI thread; emitted from the worker, so delivery is queued to it.
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class WorkerCall(QObject):
    """`progressed(done, total)`, then `finished(result)` or `failed(error)`: a KundbokError,
    or None for an unexpected error (logged)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._stop = threading.Event()
        self._signals = _Signals(self)
        self.progressed = self._signals.progressed
        self.finished = self._signals.finished
        self.failed = self._signals.failed
        self.task: BackgroundTask[object] | None = None

    def start(self, call: Callable[[Progress], object]) -> None:
        """Run `call(progress)` off the window's thread."""
        self._stop.clear()
        signals, stop = self._signals, self._stop

        def work(control: TaskControl) -> object:
            def progress(done: int, total: int) -> bool:
                signals.progressed.emit(done, total)
                return control.report(done, total) and not stop.is_set()

            try:
                return call(progress)
            except KundbokError:
                raise
            except Exception:  # the user is told; the log gets the traceback
                log.exception("work off the GUI thread failed")
                return _FAILED

        def done(result: object) -> None:
            if result is _FAILED:
                signals.failed.emit(None)
            else:
                signals.finished.emit(result)

        self.task = run_task(
            self._parent,
            work,
            done,
            title=self._parent.windowTitle(),
            text="",
            failed=signals.failed.emit,
            quiet=True,  # the dialog shows the progress itself
        )

    def stop(self) -> None:
        """Ask the running call to stop at its next progress."""
        self._stop.set()
