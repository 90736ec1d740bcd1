"""The shortcuts of the invoice and quote editors.

Each shortcut presses a button of the editor, so it does exactly what the button does, and
nothing while the button is disabled (an issued invoice cannot be issued again). The buttons keep
their Alt+letter too: a shortcut set on the button itself would be replaced by its mnemonic.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QPushButton, QWidget

from kundbok.domain.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class EditorKey:
    """A button of the editors and the keys that press it."""

    button: str  # the button's object name
    keys: tuple[str, ...]  # the first is the one shown; the others are the same key elsewhere
    text: str  # what the key does, for the list of shortcuts (context "EditorKeys")
    where: str  # which editors offer it (context "EditorKeys")


BOTH = QT_TRANSLATE_NOOP("EditorKeys", "Invoice and quote editors")
INVOICE = QT_TRANSLATE_NOOP("EditorKeys", "Invoice editor")
EDITOR_KEYS = (
    EditorKey("button_save", ("Ctrl+S",), QT_TRANSLATE_NOOP("EditorKeys", "Save"), BOTH),
    # Ctrl+Enter: "done, send it off", as mail programs send with it; it types nothing in a
    # field or a cell, so it never clashes with editing.
    EditorKey(
        "button_issue",
        ("Ctrl+Return", "Ctrl+Enter"),
        QT_TRANSLATE_NOOP("EditorKeys", "Issue invoice"),
        INVOICE,
    ),
    EditorKey(
        "button_preview", ("Ctrl+P",), QT_TRANSLATE_NOOP("EditorKeys", "Print preview"), BOTH
    ),
    EditorKey("button_print", ("Ctrl+Shift+P",), QT_TRANSLATE_NOOP("EditorKeys", "Print"), BOTH),
    EditorKey(
        "button_send_email", ("Ctrl+E",), QT_TRANSLATE_NOOP("EditorKeys", "Send by e-mail"), BOTH
    ),
)


def _shown(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def _press(button: QAbstractButton) -> None:
    """Press `button` as a click does: the focus goes to it first, so that a cell or a field
    being typed in is committed before the button acts (Ctrl+S saves what was just typed); then
    back to the table or field the user was in."""
    window = button.window()
    was = window.focusWidget()
    view: QWidget | None = was
    while view is not None and not isinstance(view, QAbstractItemView):
        view = view.parentWidget()
    button.setFocus(Qt.FocusReason.ShortcutFocusReason)
    button.click()
    back = view if view is not None else was
    if back is not None and back.isVisible() and back.isEnabled():
        back.setFocus(Qt.FocusReason.ShortcutFocusReason)


def give_shortcuts(window: QWidget, buttons: Mapping[str, QAbstractButton]) -> None:
    """Let the editor's keys press `buttons` (by object name) anywhere in `window`, and name
    each key in its button's tooltip."""
    for key in EDITOR_KEYS:
        button = buttons.get(key.button)
        if button is None:
            continue
        for keys in key.keys:
            shortcut = QShortcut(QKeySequence(keys), window, lambda b=button: _press(b))
            shortcut.setObjectName(f"shortcut_{key.button}")
        text = button.text().replace("&", "")
        button.setToolTip(f"{text} ({_shown(key.keys[0])})")


def no_default_button(window: QWidget) -> None:
    """Let Enter press no button of the editor `window`: there it ends typing in a cell or a
    field, and a QDialog would otherwise press its first button (*Lägg till rad* in the quote
    editor) on every Enter. Saving and issuing have their own keys."""
    for button in window.findChildren(QPushButton):
        if button.window() is window:
            button.setAutoDefault(False)
            button.setDefault(False)


def shortcut_rows() -> list[tuple[str, str]]:
    """(what, keys) of each editor shortcut, in the user's language, for *Kortkommandon*."""
    return [
        (
            QCoreApplication.translate("EditorKeys", "{where}: {what}").format(
                where=QCoreApplication.translate("EditorKeys", key.where),
                what=QCoreApplication.translate("EditorKeys", key.text),
            ),
            _shown(key.keys[0]),
        )
        for key in EDITOR_KEYS
    ]
