"""Nothing reaches the user as a traceback: the hook logs and shows a message."""

from __future__ import annotations

from kundbok.domain.errors import RefusedError
from kundbok.ui import errors


def test_unexpected_errors_are_logged_and_shown(qtbot, no_dialogs, caplog):
    try:
        raise ZeroDivisionError("oops")
    except ZeroDivisionError as error:
        errors.excepthook(type(error), error, error.__traceback__)
    kind, text = no_dialogs[1][-1]
    assert kind == "critical"
    assert "Your data is as it was" in text and "oops" not in text
    assert "unexpected error" in caplog.text


def test_refusals_are_shown_in_the_users_words(qtbot, no_dialogs):
    error = RefusedError("Customer number {number} is already taken.", number=7)
    errors.excepthook(type(error), error, None)
    assert no_dialogs[1][-1] == ("critical", "Customer number 7 is already taken.")


def test_attempt_shows_a_refusal_and_returns_none(qtbot, no_dialogs):
    def refuse() -> int:
        raise RefusedError("Customer number {number} is already taken.", number=7)

    assert errors.attempt(None, "Not saved", refuse) is None
    assert no_dialogs[1][-1] == ("warning", "Customer number 7 is already taken.")
    assert errors.attempt(None, "Not saved", lambda: 42) == 42
