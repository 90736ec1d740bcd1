"""The keyboard: Alt+letter reaches each button and field of a window without two sharing a
letter, and the daily actions have shortcuts."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QWidget
from tests.helpers.every_window import WINDOWS, open_window


def _letter(text: str) -> str | None:
    plain = text.replace("&&", "")
    index = plain.find("&")
    return plain[index + 1].lower() if 0 <= index < len(plain) - 1 else None


def _mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every visible control of `window` that has a mnemonic."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        if letter := _letter(text):
            found.append((letter, text))
    for bar in window.findChildren(QMenuBar):
        for action in bar.actions():
            if letter := _letter(action.text()):
                found.append((letter, action.text()))
    return found


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_no_two_controls_of_a_window_share_a_mnemonic(window, qtbot, no_dialogs, name):
    shown = open_window(window, name)
    found = _mnemonics(shown)
    counts = Counter(letter for letter, _text in found)
    assert [text for letter, text in found if counts[letter] > 1] == []


def test_the_editors_buttons_have_mnemonics(window, qtbot):
    editor = open_window(window, "InvoiceEditor")
    button = editor.findChild(QAbstractButton, "button_issue")
    assert _letter(button.text()) is not None


@pytest.mark.parametrize(
    ("action", "keys"),
    [
        ("action_new_customer", "Ctrl+N"),
        ("action_new_invoice", "Ctrl+I"),
        ("action_new_quote", "Ctrl+O"),
        ("action_time_entry", "Ctrl+T"),
    ],
)
def test_the_daily_actions_have_shortcuts(window, action, keys):
    found = window.findChild(QAction, action)
    assert found.shortcut() == QKeySequence(keys)
