"""From the right-click menu to a printed invoice: create, fill in, issue, save as PDF."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
)

from kundbok.domain.errors import NotFoundError
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import get_customer, update_customer
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import create_credit_note, issue_invoice, mark_paid
from kundbok.ui.formatting import display_money
from kundbok.ui.invoice_editor import InvoiceEditor
from kundbok.ui.invoice_editor.lines_model import Column


def _plain(text: str) -> str:
    """Amounts without the locale's thousands separators."""
    return text.replace("\u00a0", "").replace(",", "")


def _select_first(window):
    window.customers.table.selectRow(0)
    return window.customers.selected_rows()[0]


def _type(editor, row, column, text):
    """What typing into a cell and pressing Enter hands to the model."""
    model = editor.lines.model
    return model.setData(model.index(row, column), text)


def test_create_issue_and_save_an_invoice_from_the_list(
    qtbot, window, no_dialogs, tmp_path, monkeypatch
):
    row = _select_first(window)
    window.findChild(QAction, "action_create_invoice").trigger()
    editor = window.findChild(InvoiceEditor, "invoice_editor")
    assert editor is not None and editor.invoice.customer_id == row.id
    assert not editor.findChild(QPushButton, "button_print").isHidden()
    editor.findChild(QPushButton, "button_add_line").click()
    lines = editor.findChild(QTableView, "invoice_lines")
    assert lines.model() is editor.lines.model
    _type(editor, 0, Column.DESCRIPTION, "Byte av blandare")
    _type(editor, 0, Column.QUANTITY, "3")
    _type(editor, 0, Column.PRICE, "650")
    assert "2438.00 SEK" in _plain(editor.lines.totals.text())  # 1 950 + 25 % VAT, rounded
    editor.findChild(QPushButton, "button_issue").click()
    invoice = get_invoice(window.db, editor.invoice.id)
    assert (invoice.number, invoice.state) == (1, "issued")
    assert not lines.editTriggers()  # read-only once issued
    assert not _type(editor, 0, Column.QUANTITY, "4")
    target = tmp_path / "faktura.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )
    editor.findChild(QPushButton, "button_save_pdf").click()
    qtbot.waitUntil(target.exists)
    assert target.read_bytes().startswith(b"%PDF")
    window.invoice_list.refresh()
    assert window.invoice_list.model.rowCount() == 1
    editor.close()


def test_a_blocked_customer_is_refused_and_the_alert_shown(qtbot, window, no_dialogs):
    _answers, asked = no_dialogs
    row = _select_first(window)
    customer = get_customer(window.db, row.id)
    update_customer(
        window.db,
        row.id,
        customer.__class__(**{**customer.__dict__, "alert_text": "Kräver inköpsordernummer"}),
    )
    editor = window.create_invoice()
    assert editor.header.alert.text() == "Kräver inköpsordernummer"
    editor.form_state.dirty = False
    editor.close()
    customer = get_customer(window.db, row.id)
    update_customer(window.db, row.id, customer.__class__(**{**customer.__dict__, "blocked": True}))
    window.customers.apply_search()
    _select_first(window)
    assert window.create_invoice() is None
    assert any(kind == "warning" and "blocked" in text for kind, text in asked)


def test_totals_update_as_you_type(qtbot, window, no_dialogs):
    _select_first(window)
    editor = window.create_invoice()
    editor.lines.add_line(
        LineDetails(description="Bok", unit_price=Decimal("99.90"), vat_rate=Decimal(6))
    )
    assert "106.00 SEK" in _plain(editor.lines.totals.text())  # 99.90 + 5.99 VAT, rounded
    _type(editor, 0, Column.QUANTITY, "2")
    assert "212.00 SEK" in _plain(editor.lines.totals.text())  # 199.80 + 11.99 VAT, rounded
    no_dialogs[0]["question"] = QMessageBox.StandardButton.Discard
    editor.close()


def test_a_cell_that_is_not_a_number_leaves_the_line_as_it_was(qtbot, window, no_dialogs):
    _select_first(window)
    editor = window.create_invoice()
    editor.lines.add_line(LineDetails(description="Bok", unit_price=Decimal("99.90")))
    assert not _type(editor, 0, Column.PRICE, "nittio")
    assert not _type(editor, 0, Column.DISCOUNT, "120")  # a percentage is 0 to 100
    assert not _type(editor, 0, Column.VAT, "18")  # not a Swedish rate
    assert _type(editor, 0, Column.VAT, "12")
    line = editor.current_invoice().lines[0]
    assert (line.unit_price, line.discount_percent, line.vat_rate) == (
        Decimal("99.90"),
        0,
        Decimal(12),
    )
    no_dialogs[0]["question"] = QMessageBox.StandardButton.Discard
    editor.close()


def test_a_price_with_three_decimals_is_refused_with_a_message(qtbot, window, no_dialogs):
    _select_first(window)
    editor = window.create_invoice()
    editor.lines.add_line(
        LineDetails(description="Resa", quantity=Decimal(1), unit_price=Decimal(45))
    )
    model = editor.lines.model
    with qtbot.waitSignal(model.input_refused) as refused:
        assert not model.setData(model.index(0, Column.PRICE), "45,505")
    assert "more than 2 decimals" in refused.args[0]
    assert editor.current_invoice().lines[0].unit_price == Decimal(45)  # not rounded to 45,51
    assert model.setData(model.index(0, Column.QUANTITY), "1,125")  # hours to the thousandth
    assert model.setData(model.index(0, Column.PRICE), "1\u202f234,50 kr")
    assert editor.current_invoice().lines[0].unit_price == Decimal("1234.50")
    no_dialogs[0]["question"] = QMessageBox.StandardButton.Discard
    editor.close()


def test_money_in_the_lines_shows_with_the_decimal_comma(qtbot, window, no_dialogs, swedish):
    _select_first(window)
    editor = window.create_invoice()
    editor.lines.add_line(
        LineDetails(description="Resa", quantity=Decimal(12), unit_price=Decimal(45))
    )
    model = editor.lines.model
    assert model.index(0, Column.PRICE).data() == "45,00"  # was "45.00" beside "540,00"
    assert model.index(0, Column.AMOUNT).data() == "540,00"
    assert _type(editor, 0, Column.QUANTITY, "1,5")
    assert model.index(0, Column.QUANTITY).data() == "1,5"
    assert _type(editor, 0, Column.PRICE, "45.50")  # a point is accepted too
    assert model.index(0, Column.PRICE).data() == "45,50"
    assert editor.current_invoice().lines[0].unit_price == Decimal("45.50")
    no_dialogs[0]["question"] = QMessageBox.StandardButton.Discard
    editor.close()


def test_the_buttons_follow_the_life_cycle(qtbot, window, no_dialogs):
    _select_first(window)
    editor = window.create_invoice()
    editor.lines.add_line(LineDetails(description="Bok", unit_price=Decimal(100)))

    def enabled():
        names = ("issue", "credit", "mark_paid", "delete_draft", "save")
        return {n for n in names if editor.findChild(QPushButton, f"button_{n}").isEnabled()}

    assert enabled() == {"issue", "save"}  # not saved yet: nothing to delete
    assert editor.save()
    assert enabled() == {"issue", "save", "delete_draft"}
    issued = issue_invoice(window.db, editor.invoice.id)
    editor._show(issued)
    assert enabled() == {"credit", "mark_paid"}
    editor._show(mark_paid(window.db, issued.id, dt.date.today()))
    assert enabled() == {"credit"}
    assert editor.action_bar.state_label.text() == "Paid"
    editor._show(create_credit_note(window.db, issued.id))
    assert enabled() == {"mark_paid"}  # the refund that is due
    assert editor.action_bar.state_label.text() == f"Refund due, {display_money(Decimal(125))}"
    editor.close()


def test_a_draft_is_deleted_from_the_editor_after_asking(qtbot, window, no_dialogs):
    answers, asked = no_dialogs
    _select_first(window)
    editor = window.create_invoice()
    editor.lines.add_line(LineDetails(description="Bok", unit_price=Decimal(100)))
    assert editor.save()
    draft_id = editor.invoice.id
    answers["question"] = QMessageBox.StandardButton.No
    editor.findChild(QPushButton, "button_delete_draft").click()
    assert get_invoice(window.db, draft_id).state == "draft"  # the user said no
    answers["question"] = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(editor.deleted):
        editor.findChild(QPushButton, "button_delete_draft").click()
    assert "Delete this draft invoice? This cannot be undone." in [text for _, text in asked]
    with pytest.raises(NotFoundError):
        get_invoice(window.db, draft_id)
    assert window.invoice_list.model.rowCount() == 0


def test_a_draft_is_deleted_from_the_invoice_list(qtbot, window, no_dialogs):
    _select_first(window)
    editor = window.create_invoice()
    editor.lines.add_line(LineDetails(description="Bok", unit_price=Decimal(100)))
    editor.issue()
    issued = editor.invoice
    editor.close()
    second = window.create_invoice()
    second.lines.add_line(LineDetails(description="Penna", unit_price=Decimal(10)))
    assert second.save()
    draft_id = second.invoice.id
    second.close()
    invoices = window.invoice_list
    invoices.refresh()
    rows = [row.id for row in invoices._rows]
    invoices.table.selectRow(rows.index(issued.id))
    assert not invoices.button_delete_draft.isEnabled()  # an issued invoice is kept
    invoices.table.selectRow(rows.index(draft_id))
    assert invoices.button_delete_draft.isEnabled()
    invoices.button_delete_draft.click()
    assert [row.id for row in invoices._rows] == [issued.id]


def test_a_status_cell_reads_as_one_invoice(qtbot, window, no_dialogs, swedish):
    _select_first(window)
    editor = window.create_invoice()
    editor.lines.add_line(LineDetails(description="Bok", unit_price=Decimal(100)))
    editor.issue()
    paid = editor.invoice
    editor.close()
    editor = window.create_invoice()
    editor.lines.add_line(LineDetails(description="Bok", unit_price=Decimal(100)))
    editor.issue()
    unpaid = editor.invoice
    editor.close()
    mark_paid(window.db, paid.id, dt.date.today())
    create_credit_note(window.db, paid.id)  # leaves a refund due
    invoices = window.invoice_list
    invoices.refresh()
    statuses = {
        invoices._rows[row].id: invoices.model.index(row, 7).data()
        for row in range(invoices.model.rowCount())
    }
    refund = max(statuses)
    assert statuses[unpaid.id] == "Obetald"  # the filter says "Obetalda"
    assert statuses[paid.id] == "Krediterad"
    assert statuses[refund] == f"Återbetalas, {display_money(Decimal(125))}"  # what was paid
    filters = [invoices.status_filter.itemText(i) for i in range(invoices.status_filter.count())]
    assert "Obetalda" in filters


def test_new_invoice_finds_its_customer_as_you_type(qtbot, window, no_dialogs):
    window.customers.table.clearSelection()
    editor = window.opener.open_invoice_editor(None)
    assert editor.invoice is None
    assert not editor.findChild(QPushButton, "button_issue").isEnabled()
    header = editor.header
    header.field_customer.setText("åkessons rör")
    header.suggest_customers("åkessons rör")  # what typing triggers
    choices = header.completions.stringList()
    assert choices and choices[0].startswith("Åkessons Rör AB")
    header.pick_customer(choices[0])  # choosing from the completer
    assert editor.invoice.buyer_name == "Åkessons Rör AB"
    assert "Örebro" in header.buyer.text()
    assert editor.findChild(QPushButton, "button_issue").isEnabled()
    editor.form_state.dirty = False
    editor.close()


def test_cells_are_typed_through_their_editors(qtbot, window, no_dialogs):
    _select_first(window)
    editor = window.create_invoice()
    editor.lines.add_line(LineDetails(description="Resa", unit_price=Decimal(45)))
    lines, model = editor.lines.view, editor.lines.model
    lines.setCurrentIndex(model.index(0, Column.PRICE))  # moving on opens the next cell
    (cell,) = [e for e in lines.viewport().findChildren(QLineEdit) if e.validator()]
    cell.setText("45,5")
    QTest.keyClick(cell, Qt.Key.Key_Return)  # the delegate commits on the next turn
    qtbot.waitUntil(lambda: editor.current_invoice().lines[0].unit_price == Decimal("45.5"))
    lines.setCurrentIndex(model.index(0, Column.VAT))
    rates = lines.viewport().findChild(QComboBox)
    assert [rates.itemText(i) for i in range(rates.count())] == ["25", "12", "6", "0"]
    rates.setCurrentIndex(2)
    lines.commitData(rates)
    assert editor.current_invoice().lines[0].vat_rate == Decimal(6)
    no_dialogs[0]["question"] = QMessageBox.StandardButton.Discard
    editor.close()
