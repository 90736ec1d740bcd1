"""Work off the window's thread: the result or the error back on it, progress, cancel, and a
result no longer wanted dropped."""

from __future__ import annotations

import gc
import threading
import time
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kundbok.domain.errors import RefusedError
from kundbok.ui import background, collection
from kundbok.ui.background import (
    PROGRESS_AFTER_MS,
    SLICE_SECONDS,
    in_slices,
    run_task,
    running_tasks,
)
from kundbok.ui.task_progress import TaskProgress


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    widget.setWindowTitle("Fönster")
    button = QPushButton("Tryck", widget)
    button.setObjectName("button_press")
    QVBoxLayout(widget).addWidget(button)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _progress(parent) -> TaskProgress | None:
    shown = [d for d in parent.findChildren(TaskProgress) if d.isVisible()]
    return shown[0] if shown else None


def test_the_result_comes_back_on_the_window_thread(parent, qtbot):
    worker: list[threading.Thread] = []
    handed: list[tuple[int, threading.Thread]] = []

    def work(_control):
        worker.append(threading.current_thread())
        return 42

    run_task(parent, work, lambda value: handed.append((value, threading.current_thread())),
             title="Räkna", text="Räknar…")  # fmt: skip
    qtbot.waitUntil(lambda: bool(handed))
    assert handed == [(42, threading.main_thread())]
    assert worker[0] is not threading.main_thread()
    assert running_tasks() == 0
    assert _progress(parent) is None  # done before a dialog would show


def test_a_long_task_shows_its_progress_after_a_moment(parent, qtbot):
    release = threading.Event()

    def work(control):
        control.report(3, 10)
        release.wait(10)
        return "klar"

    handed: list[str] = []
    run_task(parent, work, handed.append, title="Räkna", text="Räknar…")
    assert _progress(parent) is None
    qtbot.waitUntil(lambda: _progress(parent) is not None, timeout=PROGRESS_AFTER_MS + 2000)
    dialog = _progress(parent)
    assert dialog.text.text() == "Räknar…"
    qtbot.waitUntil(lambda: dialog.bar.value() == 3)
    assert dialog.bar.maximum() == 10
    assert dialog.isModal() or dialog.windowModality() == Qt.WindowModality.WindowModal
    release.set()
    qtbot.waitUntil(lambda: handed == ["klar"])
    assert _progress(parent) is None


def test_a_refusal_is_shown_as_a_warning_titled_as_the_task(parent, qtbot, no_dialogs):
    _answers, asked = no_dialogs

    def work(_control):
        raise RefusedError("Invoice {number} is paid.", number=12)

    done: list[object] = []
    run_task(parent, work, done.append, title="Betala", text="Bokför…")
    qtbot.waitUntil(lambda: running_tasks() == 0)
    assert asked == [("warning", "Invoice 12 is paid.")]
    assert done == []


def test_a_refusal_goes_to_the_failed_callback_when_there_is_one(parent, qtbot, no_dialogs):
    _answers, asked = no_dialogs
    failed: list[str] = []

    def work(_control):
        raise RefusedError("Nej.")

    run_task(parent, work, print, title="t", text="x", failed=lambda e: failed.append(str(e)))
    qtbot.waitUntil(lambda: failed == ["Nej."])
    assert asked == []


def test_an_unexpected_error_reaches_the_exception_hook(parent, qtbot):
    def work(_control):
        raise ZeroDivisionError("delat med noll")

    with qtbot.captureExceptions() as caught:
        run_task(parent, work, print, title="t", text="x")
        qtbot.waitUntil(lambda: running_tasks() == 0)
        qtbot.wait(10)
    assert [kind for kind, _error, _trace in caught] == [ZeroDivisionError]


def test_cancel_stops_all_or_nothing_work_at_its_next_step(parent, qtbot):
    steps: list[int] = []

    def work(control):
        for number in range(1, 1000):
            control.step(number, 1000)
            steps.append(number)
            time.sleep(0.01)
        return "klar"

    done: list[str] = []
    cancelled: list[bool] = []
    run_task(parent, work, done.append, title="t", text="x", cancelled=lambda: cancelled.append(1))
    qtbot.waitUntil(lambda: _progress(parent) is not None, timeout=PROGRESS_AFTER_MS + 2000)
    dialog = _progress(parent)
    qtbot.mouseClick(dialog.button_cancel, Qt.MouseButton.LeftButton)
    assert dialog.text.text() == "Stopping…"
    assert not dialog.button_cancel.isEnabled()
    qtbot.waitUntil(lambda: cancelled == [1])
    assert done == []
    assert len(steps) < 999


def test_work_that_stops_cleanly_hands_back_what_it_did(parent, qtbot):
    def work(control):
        sent = []
        for number in range(1, 1000):
            sent.append(number)
            if not control.report(number, 1000):
                break
            time.sleep(0.01)
        return sent

    done: list[list[int]] = []
    task = run_task(parent, work, done.append, title="t", text="x")
    qtbot.waitUntil(lambda: task.control._reported > 0)
    task.cancel()
    qtbot.waitUntil(lambda: bool(done))
    assert 0 < len(done[0]) < 999


def test_a_dropped_task_hands_nothing_back(parent, qtbot):
    release = threading.Event()
    finished = threading.Event()

    def work(_control):
        release.wait(10)
        finished.set()
        return "för sent"

    done: list[str] = []
    task = run_task(parent, work, done.append, title="t", text="x")
    newer = run_task(parent, lambda _c: "nytt", done.append, title="t", text="x")
    task.drop()  # a newer request replaces it
    release.set()
    assert finished.wait(10)
    qtbot.waitUntil(lambda: running_tasks() == 0)
    qtbot.wait(50)
    assert done == ["nytt"]
    assert not task.is_running and not newer.is_running


def test_a_task_whose_window_closed_hands_nothing_back(qtbot):
    window = QWidget()
    window.show()
    release = threading.Event()
    finished = threading.Event()
    done: list[str] = []

    def work(control):
        release.wait(10)
        finished.set()
        return "för sent"

    task = run_task(window, work, done.append, title="t", text="x")
    control = task.control
    window.deleteLater()
    qtbot.waitUntil(lambda: running_tasks() == 0)
    assert control.cancelled
    release.set()
    assert finished.wait(10)
    qtbot.wait(50)
    assert done == []


def test_the_window_takes_no_clicks_until_the_dialog_shows(parent, qtbot):
    release = threading.Event()
    pressed: list[bool] = []
    button = parent.findChild(QPushButton, "button_press")
    button.clicked.connect(lambda: pressed.append(True))
    run_task(parent, lambda _c: release.wait(10), print, title="t", text="x")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert pressed == []
    release.set()
    qtbot.waitUntil(lambda: running_tasks() == 0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert pressed == [True]


def test_the_collector_runs_on_the_windows_thread_only_while_a_task_runs(parent, qtbot):
    assert gc.isenabled()
    release = threading.Event()
    seen: list[bool] = []

    def work(_control):
        release.wait(10)
        seen.append(gc.isenabled())

    run_task(parent, work, print, title="t", text="x")
    run_task(parent, lambda _c: release.wait(10), print, title="t", text="y")
    assert not gc.isenabled()
    release.set()
    qtbot.waitUntil(lambda: running_tasks() == 0)
    assert seen == [False]
    assert gc.isenabled()  # after the last one, as it was


class _Cycle:
    """An object in a reference cycle that notes the thread that frees it."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def test_garbage_made_on_the_windows_thread_is_freed_there_while_a_worker_allocates(parent, qtbot):
    # A closed dialog in a cycle freed on a worker thread is a Qt object deleted away from its
    # thread: the application crashes. The worker's many allocations would set the collector
    # going on the worker.
    gc.collect()
    _Cycle.freed_on.clear()
    _Cycle()

    def work(_control):
        kept = [[index] for index in range(200_000)]
        return len(kept)

    run_task(parent, work, print, title="t", text="x")
    qtbot.waitUntil(lambda: running_tasks() == 0)
    gc.collect()
    assert _Cycle.freed_on == [threading.main_thread().name]


def test_the_full_passes_come_less_often_than_the_collectors_own(monkeypatch):
    collected: list[int] = []
    monkeypatch.setattr(collection.gc, "collect", collected.append)
    monkeypatch.setattr(collection.gc, "get_threshold", lambda: (700, 10, 10))
    for counts, generation in [
        ((100, 11, 11), None),  # the young generation not yet full: nothing
        ((701, 3, 0), 0),
        ((701, 11, 11), 1),  # past the collector's own full threshold, not the spaced one
        ((701, 11, 10 * collection.FULL_COLLECTION_SPACING + 1), 2),
    ]:
        collected.clear()
        monkeypatch.setattr(collection.gc, "get_count", lambda counts=counts: counts)
        collection.collect_due()
        assert collected == ([] if generation is None else [generation])


def test_slices_fill_for_a_few_milliseconds_per_turn_of_the_event_loop(parent, qtbot, monkeypatch):
    clock = [0.0]  # each row takes a millisecond
    monkeypatch.setattr(background.time, "perf_counter", lambda: clock[0])
    slices: list[tuple[int, int]] = []
    turns: list[int] = []
    finished: list[bool] = []

    def fill(start: int, stop: int) -> None:
        slices.append((start, stop))
        clock[0] += 0.001 * (stop - start)

    QTimer.singleShot(0, lambda: turns.append(len(slices)))  # runs between two turns
    in_slices(parent, 100, fill, lambda: finished.append(True), size=2)
    per_turn = round(SLICE_SECONDS / 0.002)
    assert len(slices) == per_turn  # as many as fit in the time of one turn, then the loop turns
    qtbot.waitUntil(lambda: finished == [True])
    assert [start for start, _stop in slices] == list(range(0, 100, 2))
    assert turns == [per_turn] or turns == [2 * per_turn]
