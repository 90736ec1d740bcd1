"""Errors a user can act on, carried in English and translated where they are shown.

Services and the domain never import Qt. An error carries its English source text (the message
id of Qt's translation catalogue, context ``messages``) and the values to put into it;
``kundbok.i18n.error_text`` translates it for the GUI and the command line alike.
"""

from __future__ import annotations

from collections.abc import Callable

MESSAGE_CONTEXT = "messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for the translation catalogue without translating it here."""
    return text


class KundbokError(Exception):
    """A refusal or bad input, with a message id and the values to format into it."""

    def __init__(self, message: str, **values: object) -> None:
        super().__init__(message)
        self.message = message
        self.values = values

    def __str__(self) -> str:
        return self.message.format(**self.values)


class ValidationError(KundbokError):
    """A field value is not acceptable; `field` names the attribute it belongs to."""

    def __init__(self, field: str, message: str, **values: object) -> None:
        super().__init__(message, **values)
        self.field = field


class NotFoundError(KundbokError):
    """The record asked for does not exist (any more)."""


class RefusedError(KundbokError):
    """The action is not allowed in the record's present state."""


class CancelledError(KundbokError):
    """The user stopped the work; what it had not committed is undone."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("messages", "Stopped; nothing more was done."))


class RegisterBusyError(KundbokError):
    """Another user's long write (an import) holds the register, and this thread may not wait
    for it (the window's own thread). `still_busy()` tells, from any thread, whether it still
    runs, so the change can be tried again once it has finished."""

    def __init__(self, user: str, still_busy: Callable[[], bool]) -> None:
        if user:
            message = QT_TRANSLATE_NOOP(
                "messages",
                "The register is busy with an import by {user}; try again when it has finished.",
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "messages",
                "The register is busy with another user's import; try again when it has finished.",
            )
        super().__init__(message, user=user)
        self.user = user
        self.still_busy = still_busy
