"""Keys pressed as a user presses them: on the widget that has the keyboard focus."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def focused(qtbot, window: QWidget) -> QWidget:
    """Where the keys go: an open popup (a completer's list), else the widget of `window` that
    has the keyboard focus, once `window` is the active one."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return QApplication.focusWidget() or window


def press(qtbot, window: QWidget, keys: str) -> None:
    """Press `keys` ("Ctrl+P", "Escape", "Alt+S") on the focused widget of `window`."""
    combination = QKeySequence(keys)[0]
    QTest.keyClick(focused(qtbot, window), combination.key(), combination.keyboardModifiers())


def type_text(qtbot, window: QWidget, text: str) -> None:
    """Type `text` (ASCII: QTest cannot type å, ä, ö) key by key into the focused widget of
    `window`; the first key may open a cell's editor, which takes the rest."""
    for letter in text:
        QTest.keyClicks(focused(qtbot, window), letter)
