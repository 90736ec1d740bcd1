"""The Qt binding itself: signals emitted from Python must not corrupt reference counts.

PySide6 6.12.0 dropped a reference to True on every emit, so a long session ended in a crash
("deallocating True"); pyproject.toml excludes it, and this test keeps it out.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal(int)


def test_emitting_signals_keeps_reference_counts(qapp):
    emitter = _Emitter()
    received: list[int] = []
    emitter.happened.connect(received.append)
    before = sys.getrefcount(True)
    for number in range(2000):
        emitter.happened.emit(number)
    assert len(received) == 2000
    assert abs(sys.getrefcount(True) - before) < 100
