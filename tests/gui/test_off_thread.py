"""Work of the window's menus off its thread: a result whose window has closed is dropped."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from kundbok.ui.off_thread import run_off_thread


def test_work_that_ends_after_its_window_closed_hands_nothing_back(qtbot):
    window = QWidget()
    release = threading.Event()
    done: list[object] = []
    run_off_thread(window, lambda: release.wait(10), done.append, title="Översikt")
    window.deleteLater()
    qtbot.waitUntil(lambda: _deleted(window))
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # an error on the worker would reach the event loop's exception capture
    assert done == []


def _deleted(widget: QWidget) -> bool:
    return not isValid(widget)
