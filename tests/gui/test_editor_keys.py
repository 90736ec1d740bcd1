"""The editors' shortcuts press their buttons: each key does what its button does, nothing while
the button is disabled, is named in the button's tooltip and in Hjälp → Kortkommandon."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QPushButton, QTableWidget
from tests.helpers.keys import press, type_text
from tests.helpers.shortcuts import new_draft

from kundbok.services.demo_data import create_demo_invoices
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import save_draft
from kundbok.ui.editor_keys import EDITOR_KEYS
from kundbok.ui.invoice_editor import InvoiceEditor, document_actions
from kundbok.ui.invoice_editor.lines_model import Column
from kundbok.ui.quote_editor import QuoteEditor
from kundbok.ui.quote_editor import actions as quote_actions
from kundbok.ui.send_invoice_dialog import RecipientDialog


@pytest.fixture
def recorded(monkeypatch):
    """What the editors asked for: a preview, a print dialog, an address to e-mail to."""
    asked: list[tuple[str, object]] = []

    def recorder(kind):
        return lambda parent, *args, **kwargs: asked.append((kind, parent))

    for module in (document_actions, quote_actions):
        monkeypatch.setattr(module, "preview", recorder("preview"))
        monkeypatch.setattr(module, "print_with_dialog", recorder("print"))

    def exec_(dialog: RecipientDialog) -> int:
        asked.append(("send", dialog.windowTitle()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(RecipientDialog, "exec", exec_)
    return asked


def _issued_invoice(window) -> InvoiceEditor:
    create_demo_invoices(window.db, 1)
    editor = window.opener.open_invoice(1)
    assert editor.invoice.number == 1
    return editor


def _draft(window) -> InvoiceEditor:
    draft = save_draft(window.db, new_draft(window.db, 1, dt.date.today()))
    editor = window.opener.open_invoice(draft.id)
    editor.findChild(QPushButton, "button_add_line").click()
    model = editor.lines.model
    for column, text in ((Column.DESCRIPTION, "Byte av blandare"), (Column.PRICE, "650")):
        model.setData(model.index(0, column), text)
    return editor


# Each document editor's keys and the buttons they press: what each press asks for.
DOCUMENT_KEYS = [
    ("Ctrl+P", "button_preview", "preview"),
    ("Ctrl+Shift+P", "button_print", "print"),
    ("Ctrl+E", "button_send_email", "send"),
]


def _quote(window) -> QuoteEditor:
    editor = window.opener.open_quote_editor(1)
    editor.findChild(QPushButton, "button_add_line").click()
    model = editor.lines.model
    for column, text in ((Column.DESCRIPTION, "Målning"), (Column.PRICE, "545")):
        model.setData(model.index(0, column), text)
    return editor


@pytest.mark.parametrize(("keys", "button", "kind"), DOCUMENT_KEYS)
def test_a_key_of_the_invoice_editor_does_what_its_button_does(
    qtbot, window, no_dialogs, recorded, keys, button, kind
):
    editor = _issued_invoice(window)
    press(qtbot, editor, keys)
    by_key = list(recorded)
    recorded.clear()
    editor.findChild(QPushButton, button).click()
    assert by_key == recorded
    assert [asked for asked, _where in by_key] == [kind]
    if kind == "send":
        assert "1" in by_key[0][1]  # the address is asked for invoice 1
    else:
        assert by_key[0][1] is editor


@pytest.mark.parametrize(("keys", "button", "kind"), DOCUMENT_KEYS)
def test_a_key_of_the_quote_editor_does_what_its_button_does(
    qtbot, window, no_dialogs, recorded, keys, button, kind
):
    editor = _quote(window)
    press(qtbot, editor, keys)
    number = editor.quote.number
    assert number is not None  # saved first, as the button saves it
    by_key = list(recorded)
    recorded.clear()
    editor.findChild(QPushButton, button).click()
    assert by_key == recorded
    assert [asked for asked, _where in by_key] == [kind]
    editor.close()


def test_ctrl_return_issues_the_draft_as_the_button_does(qtbot, window, no_dialogs):
    editor = _draft(window)
    press(qtbot, editor, "Ctrl+Return")
    issued = get_invoice(window.db, editor.invoice.id)
    assert (issued.number, issued.state) == (1, "issued")
    assert "Byte av blandare" in [line.description for line in issued.lines]


def test_ctrl_return_does_nothing_on_an_issued_invoice(qtbot, window, no_dialogs):
    editor = _issued_invoice(window)
    before = get_invoice(window.db, editor.invoice.id)
    press(qtbot, editor, "Ctrl+Return")
    assert get_invoice(window.db, editor.invoice.id) == before
    assert no_dialogs[1] == []  # not even asked


@pytest.mark.parametrize("editor_kind", ["invoice", "quote"])
def test_ctrl_s_saves_in_both_editors(qtbot, window, no_dialogs, editor_kind):
    editor = _draft(window) if editor_kind == "invoice" else _quote(window)
    assert editor.form_state.dirty
    press(qtbot, editor, "Ctrl+S")
    assert not editor.form_state.dirty
    editor.close()


def test_the_buttons_name_their_keys_and_keep_their_letters(qtbot, window, no_dialogs):
    editor = _issued_invoice(window)
    for key in EDITOR_KEYS:
        button = editor.findChild(QPushButton, key.button)
        shown = QKeySequence(key.keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
        assert button.toolTip() == f"{button.text().replace('&', '')} ({shown})"
    assert "&" in editor.findChild(QPushButton, "button_issue").text()  # Alt+letter still works


def test_kortkommandon_lists_the_editors_keys(window):
    window.findChild(QAction, "action_shortcuts").trigger()
    table = window.opener.shortcuts.findChild(QTableWidget, "shortcuts_table")
    shown = {
        table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())
    }
    assert shown["Invoice editor: Issue invoice"] == QKeySequence("Ctrl+Return").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert shown["Invoice and quote editors: Send by e-mail"] == "Ctrl+E"
    assert shown["Invoice and quote editors: Print preview"] == "Ctrl+P"


def test_ctrl_s_saves_the_cell_being_typed_in(qtbot, window, no_dialogs):
    editor = _draft(window)
    editor.findChild(QPushButton, "button_add_line").click()  # its article cell is current
    press(qtbot, editor, "Right")  # on to the description, where typing starts
    type_text(qtbot, editor, "Resa")
    press(qtbot, editor, "Ctrl+S")
    saved = get_invoice(window.db, editor.invoice.id)
    assert [line.description for line in saved.lines] == ["Byte av blandare", "Resa"]
    assert not editor.form_state.dirty
