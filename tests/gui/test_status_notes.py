"""What a card or an editor did is said in the main window's status bar, as text a screen
reader reads: saved, issued, sent."""

from __future__ import annotations

from decimal import Decimal

from kundbok.domain.invoice import LineDetails


def _note(window) -> str:
    return window.statusBar().currentMessage()


def test_a_saved_card_is_said_in_the_status_bar(window, qtbot, no_dialogs):
    card = window.opener.open_card(1)
    card.details_tab.name.edit.setText("Lindqvists Måleri AB")
    assert card.save()
    assert "Lindqvists Måleri AB" in _note(window)
    assert card.windowTitle() in _note(window)
    card.close()


def test_an_issued_invoice_is_said_with_its_number_and_state(window, qtbot, no_dialogs):
    window.customers.table.selectRow(0)
    editor = window.create_invoice()
    editor.lines.add_line(LineDetails(description="Bok", unit_price=Decimal(100)))
    assert editor.save()
    draft_note = _note(window)
    assert editor.issue()
    number = editor.invoice.number
    assert number is not None
    assert _note(window) != draft_note
    assert str(number) in _note(window)
    assert editor.action_bar.state_label.text() in _note(window)  # its state, in words
    editor.close()


def test_a_saved_quote_is_said_in_the_status_bar(window, qtbot, no_dialogs):
    editor = window.opener.open_quote_editor(1)
    editor.lines.add_line(LineDetails(description="Målning", unit_price=Decimal(900)))
    assert editor.save()
    assert editor.windowTitle().rstrip(" *") in _note(window)
    assert editor.header.status.text() in _note(window)
    editor.close()
