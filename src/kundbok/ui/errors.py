"""Nothing reaches the user as a traceback: a hook logs it and shows a message instead."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kundbok.config import log_path
from kundbok.domain.errors import KundbokError
from kundbok.i18n import error_text

log = logging.getLogger("kundbok.ui")
T = TypeVar("T")


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


def attempt(parent: QWidget | None, title: str, call: Callable[[], T]) -> T | None:
    """Run a service call; a refusal (KundbokError) is shown in a warning titled `title`.

    Returns the call's result, or None when it was refused. A call whose result is None
    itself is wrapped by the caller (`lambda: (delete(...), True)[1]`) to tell the two apart.
    """
    try:
        return call()
    except KundbokError as error:
        QMessageBox.warning(parent, title, error_text(error))
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
