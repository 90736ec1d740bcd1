"""Nothing reaches the user as a traceback: a hook logs it and shows a message instead.

`attempt` runs a service call on the window's thread and shows a refusal. A write that meets
another user's import there raises RegisterBusyError rather than wait in the database; when a
waiter is set (`wait_for_register_with`, done by `ui.register_busy` for the window's thread),
`attempt` lets it wait for the import off the thread and then runs the call again.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kundbok.config import log_path
from kundbok.domain.errors import KundbokError, RegisterBusyError
from kundbok.i18n import error_text

log = logging.getLogger("kundbok.ui")
T = TypeVar("T")
RegisterWaiter = Callable[[QWidget | None, RegisterBusyError], bool]
_register_waiter: RegisterWaiter | None = None


def _message(error: BaseException) -> str:
    if isinstance(error, KundbokError):
        return error_text(error)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "errors", "The file could not be read or written: {reason}"
        ).format(reason=error.strerror or error)
    return QCoreApplication.translate(
        "errors",
        "Something went wrong and the action was not carried out. Your data is as it was. "
        "The details are written to {log}.",
    ).format(log=log_path())


def show_error(error: BaseException) -> None:
    """Tell the user about an error in their language (the window stays usable)."""
    parent = QApplication.activeWindow()
    QMessageBox.critical(parent, QCoreApplication.translate("errors", "Kundbok"), _message(error))


def show_refusal(parent: QWidget | None, title: str, error: KundbokError) -> None:
    """Tell the user why something was refused, in a warning titled `title`."""
    QMessageBox.warning(parent, title, error_text(error))


def wait_for_register_with(waiter: RegisterWaiter | None) -> None:
    """Have `attempt` call `waiter(parent, busy)` when a call meets another user's import: it
    waits and returns True to run the call again, False when the user gave up (None: the
    refusal is shown)."""
    global _register_waiter
    _register_waiter = waiter


def attempt(parent: QWidget | None, title: str, call: Callable[[], T]) -> T | None:
    """Run a service call; a refusal (KundbokError) is shown in a warning titled `title`.

    Returns the call's result, or None when it was refused. A call whose result is None
    itself is wrapped by the caller (`lambda: (delete(...), True)[1]`) to tell the two apart.
    A call that meets another user's import is run again once the import has finished (see
    the module's docstring).
    """
    while True:
        try:
            return call()
        except RegisterBusyError as busy:
            if _register_waiter is None:
                show_refusal(parent, title, busy)
                return None
            if not _register_waiter(parent, busy):
                return None
        except KundbokError as error:
            show_refusal(parent, title, error)
            return None


def excepthook(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    if not isinstance(error, KundbokError):
        log.error("unexpected error", exc_info=(kind, error, trace))
    show_error(error)


def install_excepthook() -> None:
    sys.excepthook = excepthook
