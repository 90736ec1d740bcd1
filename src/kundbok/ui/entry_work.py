"""Long work of the entry windows (invoicing many customers, reading and importing a file,
listing what is to be invoiced) off the window's thread, as the preview pane builds its PDF:
the work on a worker thread, its result handed back on the window's thread by a queued signal,
a busy dialog after 300 ms, and a result whose window has gone is dropped.

The one function the entry windows call, `run_entry_work`, so that they move to the shared
background-task module by changing this one alone.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from kundbok.domain.errors import KundbokError
from kundbok.i18n import error_text

T = TypeVar("T")
PROGRESS_AFTER_MS = 300
_ids = itertools.count(1)
_waiting: dict[int, EntryWork] = {}  # work under way whose window still wants the result


class _Relay(QObject):
    """Lives on the window's thread as long as the application: the workers report to it, so
    no worker ever reports to an object a closed window took with it."""

    ended = Signal(int, bool, object)  # work id, whether it returned, its result or error


_relay: _Relay | None = None


def _started() -> _Relay:
    global _relay
    if _relay is None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("work off the window's thread needs a QApplication")
        _relay = _Relay(app)
        _relay.ended.connect(_deliver, Qt.ConnectionType.QueuedConnection)
    return _relay


def _deliver(work_id: int, returned: bool, outcome: object) -> None:
    work = _waiting.pop(work_id, None)
    if work is not None:
        work.ended(returned, outcome)


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
        relay = _started()
        self.work_id = next(_ids)
        self._parent = parent
        self._done = done
        self._title = title
        self._text = text
        self._failed = failed
        self.busy: QProgressDialog | None = None  # made only when the work takes a while
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_busy)
        self._timer.start(PROGRESS_AFTER_MS)
        self.running = True
        _waiting[self.work_id] = self
        self.destroyed.connect(lambda _=None, work_id=self.work_id: _waiting.pop(work_id, None))
        work_id = self.work_id

        def run() -> None:
            try:
                result: Any = work()
            except BaseException as error:  # handed to the window's thread, which decides
                returned, result = False, error
            else:
                returned = True
            with contextlib.suppress(RuntimeError):  # the application has quit meanwhile
                relay.ended.emit(work_id, returned, result)

        QThreadPool.globalInstance().start(run)

    def _show_busy(self) -> None:
        busy = QProgressDialog(self._text, "", 0, 0, self._parent)
        busy.setObjectName("entry_work_progress")
        busy.setWindowTitle(self._title)
        busy.setCancelButton(None)  # all or nothing: one transaction, never half done
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.show()
        self.busy = busy

    def ended(self, returned: bool, outcome: object) -> None:
        """The work ended: hand its result (or refusal) to the window."""
        self.running = False
        self._timer.stop()
        if self.busy is not None:
            self.busy.hide()
            self.busy.deleteLater()
            self.busy = None
        self.deleteLater()
        if returned:
            self._done(outcome)  # type: ignore[arg-type]
        elif isinstance(outcome, KundbokError):
            if self._failed is not None:
                self._failed(outcome)
            else:
                QMessageBox.warning(self._parent, self._title, error_text(outcome))
        else:
            raise outcome  # type: ignore[misc]  # reaches the exception hook


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
