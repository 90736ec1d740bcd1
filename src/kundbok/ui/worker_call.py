"""One long call at a time off the GUI thread, as the editor's preview pane builds its PDF: the
call runs on a worker, reports progress, can be asked to stop, and its result (or error) comes
back on the GUI thread as a signal."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kundbok.domain.errors import KundbokError

log = logging.getLogger(__name__)
# Told (done, total) as the call goes; answers False when the user asked it to stop.
Progress = Callable[[int, int], bool]


class _Signals(QObject):
    # Lives in the GUI thread; emitted from the worker, so delivery is queued to it.
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Run(QRunnable):
    def __init__(
        self, call: Callable[[Progress], object], signals: _Signals, stop: threading.Event
    ) -> None:
        super().__init__()
        self._call, self._signals, self._stop = call, signals, stop

    def _progress(self, done: int, total: int) -> bool:
        self._signals.progressed.emit(done, total)
        return not self._stop.is_set()

    def run(self) -> None:
        try:
            result = self._call(self._progress)
        except KundbokError as error:
            self._signals.failed.emit(error)
            return
        except Exception:  # the user is told; the log gets the traceback
            log.exception("work off the GUI thread failed")
            self._signals.failed.emit(None)
            return
        self._signals.finished.emit(result)


class WorkerCall(QObject):
    """`progressed(done, total)`, then `finished(result)` or `failed(error)`: a KundbokError,
    or None for an unexpected error (logged)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)  # its destructor waits for a call still running
        self._pool.setMaxThreadCount(1)
        self._stop = threading.Event()
        self._signals = _Signals(self)
        self.progressed = self._signals.progressed
        self.finished = self._signals.finished
        self.failed = self._signals.failed

    def start(self, call: Callable[[Progress], object]) -> None:
        """Run `call(progress)` on the worker."""
        self._stop.clear()
        self._pool.start(_Run(call, self._signals, self._stop))

    def stop(self) -> None:
        """Ask the running call to stop at its next progress."""
        self._stop.set()

    def wait(self, milliseconds: int = -1) -> bool:
        """Wait for the running call (tests, and a window that closes)."""
        return self._pool.waitForDone(milliseconds)
