"""The keyboard: Alt+letter reaches each button and field of a window without two sharing a
letter, and the daily actions have shortcuts."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMenuBar,
    QMessageBox,
    QPushButton,
    QWidget,
)
from tests.helpers.every_window import WINDOWS, open_window
from tests.helpers.keys import press

from kundbok.services.demo_data import create_demo_invoices
from kundbok.services.invoice_queries import find_invoice_id


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


def _accept_button(window: QWidget) -> QPushButton | None:
    """The OK (save, send, accept) button of the window's own button box, if it has one."""
    for box in window.findChildren(QDialogButtonBox):
        if box.window() is not window or not box.isVisibleTo(window):
            continue
        for button in box.buttons():
            role = box.buttonRole(button)
            if role in (
                QDialogButtonBox.ButtonRole.AcceptRole,
                QDialogButtonBox.ButtonRole.YesRole,
            ):
                return button if isinstance(button, QPushButton) else None
    return None


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_enter_presses_the_ok_button_of_a_dialog(window, qtbot, no_dialogs, name):
    shown = open_window(window, name)
    button = _accept_button(shown)
    if button is None:
        return  # an editor, a register or a list: Enter belongs to its fields and rows
    others = [b.objectName() or b.text() for b in shown.findChildren(QPushButton) if b.isDefault()]
    assert button.isDefault(), others


def _edited(window, kind: str) -> QWidget:
    """A window of `kind` with an edit not saved: a card, an invoice draft, a quote."""
    if kind == "card":
        editor = window.opener.open_card(1)
        editor.details_tab.field_phone.setText("08-123 456")
    elif kind == "invoice":
        editor = window.opener.open_invoice_editor(1)
        editor.header.field_their_reference.setText("Kalle")
    else:
        editor = window.opener.open_quote_editor(1)
        editor.header.field_their_reference.setText("Kalle")
    assert editor.windowTitle().endswith("*") or getattr(editor, "has_unsaved_changes", False)
    return editor


@pytest.mark.parametrize("kind", ["card", "invoice", "quote"])
def test_escape_asks_and_cancel_keeps_the_window_open(window, qtbot, no_dialogs, kind):
    answers, asked = no_dialogs
    answers["question"] = QMessageBox.StandardButton.Cancel
    editor = _edited(window, kind)
    press(qtbot, editor, "Escape")
    assert [what for what, _text in asked] == ["question"]
    assert editor.isVisible()
    answers["question"] = QMessageBox.StandardButton.Discard
    press(qtbot, editor, "Escape")
    qtbot.waitUntil(lambda: not editor.isVisible())


@pytest.mark.parametrize("kind", ["invoice", "quote"])
def test_escape_closes_an_unchanged_editor_without_asking(window, qtbot, no_dialogs, kind):
    editor = (
        window.opener.open_invoice(_issued(window))
        if kind == "invoice"
        else window.opener.open_quote_editor(1)
    )
    editor.form_state.dirty = False  # a new quote starts marked as changed: it is not saved
    press(qtbot, editor, "Escape")
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert no_dialogs[1] == []


def _issued(window) -> int:
    create_demo_invoices(window.db, 1)
    return find_invoice_id(window.db, 1)


@pytest.mark.parametrize("kind", ["invoice", "quote"])
def test_enter_in_an_editors_field_presses_no_button(window, qtbot, no_dialogs, kind):
    editor = _edited(window, kind)
    editor.header.field_their_reference.setFocus()
    press(qtbot, editor, "Return")
    assert editor.form_state.dirty  # not saved: Ctrl+S saves
    assert no_dialogs[1] == []
    assert [b.objectName() for b in editor.findChildren(QPushButton) if b.isDefault()] == []
    editor.form_state.dirty = False
    editor.close()


def test_enter_in_the_customer_search_goes_to_the_list_when_more_are_found(
    window, qtbot, no_dialogs
):
    press(qtbot, window, "Ctrl+F")
    QTest.keyClicks(window.customers.search_field, "ab")
    press(qtbot, window, "Return")
    assert window.customers.model.rowCount() > 1
    assert QApplication.focusWidget() is window.customers.table
    assert len(window.customers.selected_ids()) == 1
    assert not window.opener.cards  # Enter again opens it
    press(qtbot, window, "Return")
    qtbot.waitUntil(lambda: len(window.opener.cards) == 1)
