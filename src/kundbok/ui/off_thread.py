"""Work of the main window's menus that may take long (an SIE file, a backup, the overview's
figures), run off the window's thread.

`run_off_thread(parent, work, done, ...)` runs `work()` on a worker thread and hands its result
to `done` on the window's thread through a queued signal; an error goes to `failed` (default: a
warning titled `title`, as `ui.errors.attempt` shows one; an error not of Kundbok's own is
logged and said as any unexpected error is). The work must touch no widget and open its own
units of work; what it needs from the widgets is read before it starts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from kundbok.domain.errors import KundbokError
from kundbok.i18n import error_text
from kundbok.ui.errors import show_error

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the window's thread; the worker emits on it, so the slots run there."""

    ended = Signal(bool, object)  # whether the work returned, its result or its error


class _Run(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the window's thread, which says it
            self._hand_back(False, error)
        else:
            self._hand_back(True, result)

    def _hand_back(self, returned: bool, outcome: object) -> None:
        try:
            self._relay.ended.emit(returned, outcome)
        except RuntimeError:  # the window closed meanwhile (the relay with it): nobody waits
            log.info("work ended after its window closed")


def tell_failure(parent: QWidget, title: str, error: BaseException) -> None:
    """Say why work failed: a refusal in a warning titled `title`, anything else as an
    unexpected error (logged in full)."""
    if isinstance(error, KundbokError):
        QMessageBox.warning(parent, title, error_text(error))
    else:
        log.error("unexpected error", exc_info=error)
        show_error(error)


def run_off_thread(
    parent: QWidget,
    work: Callable[[], Any],
    done: Callable[[Any], object],
    *,
    title: str,
    failed: Callable[[BaseException], object] | None = None,
) -> QObject:
    """Run `work()` on a worker thread and `done(result)` on the window's thread; returns the
    object that relays the result (it lives as long as `parent`)."""
    relay = _Relay(parent)

    def ended(returned: bool, outcome: Any) -> None:
        relay.deleteLater()
        if returned:
            done(outcome)
        elif failed is not None:
            failed(outcome)
        else:
            tell_failure(parent, title, outcome)

    relay.ended.connect(ended)
    QThreadPool.globalInstance().start(_Run(work, relay))
    return relay
