"""Long quote work off the window's thread: the result handed back, a refusal shown, a
cancelled or orphaned task dropped."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from kundbok.domain.errors import RefusedError
from kundbok.ui.quote_tasks import run_task


def test_the_result_comes_back_on_the_window_thread(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    got: list[tuple[int, bool]] = []
    main = threading.get_ident()

    def work() -> int:
        assert threading.get_ident() != main
        return 42

    task = run_task(window, work, lambda value: got.append((value, threading.get_ident() == main)),
                    title="t", text="x")  # fmt: skip
    qtbot.waitUntil(lambda: not task.running)
    assert got == [(42, True)]


def test_a_refusal_is_shown_and_nothing_handed_back(qtbot, no_dialogs):
    window = QWidget()
    qtbot.addWidget(window)
    got: list[object] = []

    def work() -> int:
        raise RefusedError("Not now.")

    task = run_task(window, work, got.append, title="t", text="x")
    qtbot.waitUntil(lambda: not task.running)
    _answers, asked = no_dialogs
    assert got == [] and asked == [("warning", "Not now.")]


def test_a_cancelled_task_hands_nothing_back(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    release = threading.Event()
    got: list[object] = []
    task = run_task(window, lambda: release.wait(5), got.append, title="t", text="x")
    task.progress.cancel()
    release.set()
    qtbot.waitUntil(lambda: not task.running)
    assert got == []


def test_a_window_closed_while_its_task_runs_drops_the_result(qtbot):
    window = QWidget()
    release = threading.Event()
    got: list[object] = []
    run_task(window, lambda: release.wait(5), got.append, title="t", text="x")
    window.deleteLater()
    qtbot.wait(50)
    release.set()
    qtbot.wait(200)
    assert got == []
