"""Work that may take long runs off the window's thread, with progress and a way to cancel.

`run_task(parent, work, done, ...)` runs `work(control)` on a worker thread and hands its result
to `done`, on the window's thread, through a queued signal; a refusal (KundbokError) is shown
as `ui.errors.attempt` shows it, and any other error reaches the exception hook as if the
window's thread had raised it. The work gets a `TaskControl`: `report(done, total)` for progress
(False once the user cancelled, for work that stops cleanly between steps, such as sending),
`step(done, total)` for work that is all or nothing (it raises CancelledError, so the unit of
work rolls back). A write that meets another user's import waits on the worker, and the dialog
says so.

The parent window takes no input while the task runs: for the first 300 ms its clicks and keys
are ignored (a short task shows nothing), then a window-modal progress dialog with *Avbryt*
shows. Every task has an id; a result whose task was dropped (`BackgroundTask.drop`, or its
parent closed) is not handed back. The work must touch no widget and open its own units of work
(the database session stays on the thread that opened it); what it needs from the widgets is
read before it starts.

Only numbers cross the threads in signals: the work, its result or its error wait in
`_outcomes` for the window's thread, so that the last reference to each, and whatever Qt
object it holds, is let go of there; and while a worker runs, Python's cycle collector runs on
the window's thread only (`ui.collection`).
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtWidgets import QApplication, QWidget

from kundbok.db.session import Database
from kundbok.domain.errors import CancelledError, KundbokError
from kundbok.ui import collection
from kundbok.ui.errors import show_refusal
from kundbok.ui.task_progress import InputBlocker, TaskProgress

log = logging.getLogger(__name__)
T = TypeVar("T")

PROGRESS_AFTER_MS = 300  # a task done sooner shows no dialog
REPORT_EVERY = 0.05  # seconds between progress signals: the window repaints, not more often
_ids = itertools.count(1)
_tasks: dict[int, BackgroundTask[Any]] = {}  # running, by id; touched on the GUI thread only
# A worker's work, whether it returned, and its result or error, by task id: put by the worker,
# taken by the window's thread when the task's `ended` signal arrives.
_outcomes: dict[int, tuple[object, bool, object]] = {}
_outcomes_lock = threading.Lock()


class _Relay(QObject):
    """Lives on the GUI thread for the application's life; the workers emit on it."""

    progressed = QtSignal(int, int, int)  # task id, done, total
    waiting = QtSignal(int, str)  # task id, the user whose import the task waits for
    ended = QtSignal(int)  # task id; the outcome waits in _outcomes


_relay: _Relay | None = None
_pool: QThreadPool | None = None


def _application() -> QCoreApplication:
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("background tasks need a QApplication")
    return app


def _started() -> tuple[_Relay, QThreadPool]:
    global _relay, _pool
    if _relay is None or _pool is None:
        app = _application()
        _relay = _Relay(app)
        _relay.progressed.connect(_progressed)
        _relay.waiting.connect(_waiting)
        _relay.ended.connect(_ended)
        _pool = QThreadPool(app)  # destroyed with the application, after waiting for its work
        _pool.setMaxThreadCount(4)
        app.aboutToQuit.connect(_stop_all)
    return _relay, _pool


def _emit(signal: Any, *values: object) -> None:
    try:
        signal.emit(*values)
    except RuntimeError:  # the application has quit meanwhile: nobody is waiting
        log.info("a task ended after the application quit")


class TaskControl:
    """What the work of a task is given: progress to report and whether to stop. Thread-safe."""

    def __init__(self, task_id: int, relay: _Relay) -> None:
        self._task_id = task_id
        self._relay = relay
        self._cancelled = threading.Event()
        self._reported = 0.0

    @property
    def cancelled(self) -> bool:
        """Whether the user asked the work to stop."""
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Ask the work to stop at its next report, step or check."""
        self._cancelled.set()

    def report(self, done: int, total: int) -> bool:
        """Show that `done` of `total` are done; False once the user cancelled (work that can
        stop cleanly between steps stops then, keeping what it did)."""
        now = time.monotonic()
        if done >= total or now - self._reported >= REPORT_EVERY:
            self._reported = now
            _emit(self._relay.progressed, self._task_id, done, total)
        return not self.cancelled

    def step(self, done: int, total: int) -> None:
        """`report` for work that is all or nothing: raises CancelledError once cancelled."""
        if not self.report(done, total):
            raise CancelledError()

    def check(self) -> None:
        """Raise CancelledError if the user cancelled."""
        if self.cancelled:
            raise CancelledError()

    def waiting_for(self, user: str) -> None:
        """Say that the work waits for `user`'s import to finish."""
        _emit(self._relay.waiting, self._task_id, user)


def _run(task_id: int, box: list[Callable[[TaskControl], Any]], control: TaskControl) -> None:
    """A task's work on a worker; the work, and its result or error, go to the GUI thread.
    Given to the pool as a plain callable: the pool's own runnable, deleted by the pool, has no
    Python wrapper that a traceback could keep and free a second time. The work comes in a
    box emptied here, so that the pool, letting go of the callable on this thread, holds no
    reference to what the work holds."""
    work = box.pop()
    returned = False
    outcome: object = None
    try:
        with Database.waiting_on_this_thread(control.waiting_for, lambda: control.cancelled):
            outcome = work(control)
        returned = True
    except BaseException as error:  # handed to the GUI thread, which decides
        outcome = error
    with _outcomes_lock:
        _outcomes[task_id] = (work, returned, outcome)
    del work, outcome  # the GUI thread holds them now
    _emit(control._relay.ended, task_id)


class BackgroundTask(QObject, Generic[T]):
    """One task: its callbacks on the GUI thread, its progress dialog, its cancel flag."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        done: Callable[[T], object],
        failed: Callable[[KundbokError], object] | None,
        cancelled: Callable[[], object] | None,
        cancellable: bool,
        quiet: bool = False,
    ) -> None:
        super().__init__(parent)
        relay, _pool = _started()
        self.task_id = next(_ids)
        self.control = TaskControl(self.task_id, relay)
        self._parent = parent
        self._title = title
        self._done = done
        self._failed = failed
        self._cancelled = cancelled
        self.progress = TaskProgress(parent, title, text, self.cancel if cancellable else None)
        self._blocker: InputBlocker | None = None
        if parent is not None and not quiet:
            self._blocker = InputBlocker(parent.window(), _application())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROGRESS_AFTER_MS)
        self._timer.timeout.connect(self.show_progress_now)
        if not quiet:
            self._timer.start()
        self.destroyed.connect(lambda _=None, task_id=self.task_id: _forget(task_id))

    @property
    def is_running(self) -> bool:
        """Whether the work runs and its result is still wanted."""
        return self.task_id in _tasks

    def cancel(self) -> None:
        """Ask the work to stop; what it hands back (a result, or CancelledError) still comes."""
        self.control.cancel()

    def drop(self) -> None:
        """Stop wanting the result: the work is asked to stop and nothing it hands back comes."""
        self.control.cancel()
        if _pop(self.task_id) is not None:
            self._close()

    def show_progress_now(self) -> None:
        """Show the progress dialog now rather than after PROGRESS_AFTER_MS."""
        self._timer.stop()
        self._release_input()
        self.progress.show()

    def _release_input(self) -> None:
        if self._blocker is not None:
            self._blocker.release()
            self._blocker.remove()
            self._blocker.deleteLater()
            self._blocker = None

    def _close(self) -> None:
        self._timer.stop()
        self._release_input()
        self.progress.hide()
        self.progress.deleteLater()
        self.deleteLater()

    def _end(self, returned: bool, outcome: Any) -> None:
        self._close()
        if returned:
            self._done(outcome)
        elif isinstance(outcome, CancelledError):
            if self._cancelled is not None:
                self._cancelled()
        elif isinstance(outcome, KundbokError):
            if self._failed is not None:
                self._failed(outcome)
            else:
                show_refusal(self._parent, self._title, outcome)
        else:
            raise outcome  # a bug or an OSError: the exception hook logs and tells the user


def run_task(
    parent: QWidget | None,
    work: Callable[[TaskControl], T],
    done: Callable[[T], object],
    *,
    title: str,
    text: str,
    failed: Callable[[KundbokError], object] | None = None,
    cancelled: Callable[[], object] | None = None,
    cancellable: bool = True,
    quiet: bool = False,
) -> BackgroundTask[T]:
    """Run `work(control)` on a worker thread and call `done(result)` on the GUI thread.

    `title` and `text` are the progress dialog's; a KundbokError goes to `failed` (default: a
    warning titled `title`), a CancelledError to `cancelled` (default: nothing). Without
    `cancellable` the dialog has no *Avbryt* (work that cannot stop part-way). A `quiet` task
    is one the user did not ask for (a hint filled in when known): no dialog, the window
    keeps its input."""
    task: BackgroundTask[T] = BackgroundTask(
        parent, title, text, done, failed, cancelled, cancellable, quiet
    )
    _tasks[task.task_id] = task
    _relay, pool = _started()
    collection.worker_started()
    pool.start(partial(_run, task.task_id, [work], task.control))
    return task


def running_tasks() -> int:
    """How many tasks run whose results are still wanted."""
    return len(_tasks)


def _pop(task_id: int) -> BackgroundTask[Any] | None:
    """Forget a task: its result is no longer wanted, or has come."""
    return _tasks.pop(task_id, None)


def _progressed(task_id: int, done: int, total: int) -> None:
    task = _tasks.get(task_id)
    if task is not None:
        task.progress.show_progress(done, total)


def _waiting(task_id: int, user: str) -> None:
    task = _tasks.get(task_id)
    if task is None:
        return
    task.show_progress_now()  # at once: the user is to know why nothing happens
    text = (
        QApplication.translate("BackgroundTask", "Waiting for {user}'s import to finish…")
        if user
        else QApplication.translate("BackgroundTask", "Waiting for another user's import…")
    )
    task.progress.text.setText(text.format(user=user))


def _ended(task_id: int) -> None:
    with _outcomes_lock:
        _work, returned, outcome = _outcomes.pop(task_id)
    collection.worker_ended()
    task = _pop(task_id)
    if task is None:  # dropped, or its window closed: the result is not wanted
        if isinstance(outcome, Exception) and not isinstance(outcome, KundbokError):
            log.error("a task no longer wanted failed", exc_info=outcome)
        return
    task._end(returned, outcome)


def _forget(task_id: int) -> None:
    """The task's window is gone (and the task with it): its result is not wanted."""
    task = _pop(task_id)
    if task is not None:
        task.control.cancel()
        if task._blocker is not None:  # deleted with the window; the cursor is the app's
            task._blocker.release()


def _stop_all() -> None:
    """The application quits: ask every task to stop and wait for the workers."""
    for task in list(_tasks.values()):
        task.control.cancel()
    if _pool is not None:
        _pool.waitForDone(30_000)


SLICE_SECONDS = 0.008  # filling per turn of the event loop: the window repaints between turns
SLICE_ROWS = 25  # rows filled between two looks at the clock


def in_slices(
    owner: QObject,
    count: int,
    fill: Callable[[int, int], None],
    finished: Callable[[], object] | None = None,
    size: int = SLICE_ROWS,
) -> None:
    """Call `fill(start, stop)` over `count` items on the GUI thread, `size` at a time for
    about SLICE_SECONDS per turn of the event loop, the loop turning between turns (10,000 rows
    of a QTableWidget at once hold the window for half a second, and a fixed number of rows
    per turn takes three times as long on a busy machine); then `finished()`. Stops when
    `owner` is destroyed."""

    def turn(start: int) -> None:
        until = time.perf_counter() + SLICE_SECONDS
        while start < count:
            stop = min(count, start + size)
            fill(start, stop)
            start = stop
            if time.perf_counter() >= until:
                break
        if start < count:
            QTimer.singleShot(0, owner, lambda: turn(start))
        elif finished is not None:
            finished()

    turn(0)
