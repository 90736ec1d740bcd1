"""Python's cycle collector runs on the window's thread while work runs on worker threads.

A collection frees whatever sits in unreachable cycles, a closed dialog's wrapper or a painter
among them, and runs on whichever thread happens to set it off. On a worker thread that deletes
those Qt objects there, away from the thread they live on, and the application crashes. So
while a worker runs, the automatic collector is off and a timer on the window's thread collects
in its place, as often as the collector's own thresholds ask. Its full passes come
FULL_COLLECTION_SPACING times less often: each stops every thread, the window's too, for as
long as it takes to look at every object the work holds (10,000 payments and 20,000 open
invoices: a fifth of a second and more). After the last worker the collector is as it was.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QTimer

COLLECT_EVERY_MS = 50  # a young generation collected this often holds a few thousand objects
FULL_COLLECTION_SPACING = 20

_workers = 0
_was_enabled = False
_timer: QTimer | None = None


def worker_started() -> None:
    """A worker thread starts running Python: collect on this (the window's) thread only."""
    global _workers, _was_enabled
    if _workers == 0:
        _was_enabled = gc.isenabled()
        gc.disable()
        _started_timer().start()
    _workers += 1


def worker_ended() -> None:
    """A worker thread has handed back its work; after the last one, collect as before."""
    global _workers
    if _workers == 0:
        return
    _workers -= 1
    if _workers == 0:
        _started_timer().stop()
        collect_due()
        if _was_enabled:
            gc.enable()


def collect_due() -> None:
    """Collect the generations whose thresholds are passed, as the automatic collector would,
    with the full passes spaced out."""
    young, middle, old = gc.get_count()
    young_limit, middle_limit, old_limit = gc.get_threshold()
    if young <= young_limit:
        return
    generation = 0
    if middle > middle_limit:
        generation = 1
        if old > old_limit * FULL_COLLECTION_SPACING:
            generation = 2
    gc.collect(generation)


def _started_timer() -> QTimer:
    global _timer
    if _timer is None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("collecting on the window's thread needs a QApplication")
        _timer = QTimer(app)
        _timer.setInterval(COLLECT_EVERY_MS)
        _timer.timeout.connect(collect_due)
    return _timer
