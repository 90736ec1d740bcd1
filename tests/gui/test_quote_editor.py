"""A quote in the window: made from the customer list, written with the invoice editor's
lines, e-mailed, accepted and invoiced in two parts that are then paid; the Offerter tab and
the card's tab list it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton, QTableWidget

from helpers.smtp_server import MailboxHandler, running_smtp_server, use_test_server
from kundbok.domain.quote import QuoteStatus
from kundbok.services.customers import get_customer, update_customer
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.quote_queries import get_quote, quote_parts
from kundbok.ui.customer_card.quotes_tab import QuotesTab
from kundbok.ui.invoice_editor import InvoiceEditor
from kundbok.ui.invoice_editor.lines_model import Column
from kundbok.ui.quote_editor import QuoteEditor
from kundbok.ui.quote_editor.invoice_dialog import QuoteInvoiceDialog
from kundbok.ui.send_invoice_dialog import RecipientDialog


def _new_quote(window) -> QuoteEditor:
    window.customers.table.selectRow(0)
    window.findChild(QAction, "action_new_quote").trigger()
    editor = window.findChild(QuoteEditor, "quote_editor")
    assert editor is not None and editor.quote is not None
    editor.findChild(QPushButton, "button_add_line").click()
    model = editor.lines.model
    for column, text in (
        (Column.DESCRIPTION, "Målning av fasad"),
        (Column.QUANTITY, "40"),
        (Column.PRICE, "545"),
    ):
        model.setData(model.index(0, column), text)
    return editor


def _answer_invoice_dialog(monkeypatch, percent: Decimal | None) -> None:
    def exec_(dialog: QuoteInvoiceDialog) -> int:
        if percent is not None:
            dialog.part_percent.setChecked(True)
            dialog.field_percent.setValue(float(percent))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QuoteInvoiceDialog, "exec", exec_)


def test_a_quote_from_the_list_to_two_paid_part_invoices(
    qtbot, window, no_dialogs, monkeypatch, wait_for_tasks
):
    editor = _new_quote(window)
    customer_id = editor.quote.customer_id
    db = window.db
    update_customer(db, customer_id, replace(get_customer(db, customer_id), email="k@example.se"))
    assert editor.findChild(QPushButton, "button_invoice_quote").isEnabled() is False
    editor.findChild(QPushButton, "button_save").click()
    quote = editor.quote
    assert quote.number == 1 and quote.totals().net == Decimal("21800.00")

    mailbox = MailboxHandler()
    monkeypatch.setattr(RecipientDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    with running_smtp_server(mailbox) as server:
        use_test_server(db, server.port)
        editor.quote_actions.send_email()
        wait_for_tasks()
    assert len(mailbox.received) == 1
    assert editor.quote.status(dt.date.today()) == QuoteStatus.SENT

    editor.findChild(QPushButton, "button_accept_quote").click()
    assert editor.quote.status(dt.date.today()) == QuoteStatus.ACCEPTED
    assert editor.lines.button_add_line.isEnabled() is False  # its lines are fixed now
    _answer_invoice_dialog(monkeypatch, Decimal(40))
    editor.findChild(QPushButton, "button_invoice_quote").click()
    _answer_invoice_dialog(monkeypatch, None)
    editor.findChild(QPushButton, "button_invoice_quote").click()
    invoices = [w for w in window.findChildren(InvoiceEditor) if w.invoice is not None]
    assert len(invoices) == 2
    assert "part 2: invoice draft" in editor.findChild(QLabel, "quote_parts").text()
    for invoice_editor in invoices:  # issued and paid in the invoice editor, as a user does
        assert invoice_editor.issue()
        invoice_editor.documents.mark_paid()
    parts = quote_parts(db, quote.id)
    assert [part.state for part in parts] == ["paid", "paid"]
    paid = [get_invoice(db, part.invoice_id) for part in parts]
    assert sum(i.totals().to_pay for i in paid) == quote.totals().to_pay
    assert get_quote(db, quote.id).status(dt.date.today()) == QuoteStatus.INVOICED

    window.tabs.setCurrentWidget(window.quotes_tab)
    table = window.findChild(QTableWidget, "quote_table")
    assert table.rowCount() == 1
    status = window.findChild(QComboBox, "quote_status_filter")
    status.setCurrentIndex(status.findData(QuoteStatus.DRAFT))
    assert table.rowCount() == 0
    status.setCurrentIndex(status.findData(QuoteStatus.INVOICED))
    assert table.rowCount() == 1
    search = window.findChild(QLineEdit, "quote_search")
    search.setText("999")
    qtbot.waitUntil(lambda: table.rowCount() == 0)
    search.setText("1")
    qtbot.waitUntil(lambda: table.rowCount() == 1)


def test_the_customer_card_lists_the_customers_quotes(qtbot, window, no_dialogs):
    editor = _new_quote(window)
    editor.findChild(QPushButton, "button_save").click()
    card = window.opener.open_card(editor.quote.customer_id)
    tab = card.findChild(QTableWidget, "quote_table")
    card.tabs.setCurrentWidget(card.findChild(QuotesTab, "tab_quotes"))
    qtbot.waitUntil(lambda: tab.rowCount() == 1)
    second = card.findChild(QuotesTab, "tab_quotes").new_quote()
    assert second is not None and second.quote.customer_id == editor.quote.customer_id
    second.findChild(QPushButton, "button_add_line").click()
    second.lines.model.setData(second.lines.model.index(0, Column.DESCRIPTION), "Tak")
    second.findChild(QPushButton, "button_save").click()
    qtbot.waitUntil(lambda: tab.rowCount() == 2)
    card.close()


def test_a_declined_quote_is_fixed_and_a_copy_opens_as_a_new_quote(qtbot, window, no_dialogs):
    editor = _new_quote(window)
    editor.findChild(QPushButton, "button_save").click()
    editor.findChild(QPushButton, "button_decline_quote").click()
    assert editor.quote.status(dt.date.today()) == QuoteStatus.DECLINED
    assert not editor.findChild(QPushButton, "button_save").isEnabled()
    assert not editor.findChild(QPushButton, "button_invoice_quote").isEnabled()
    editor.findChild(QPushButton, "button_copy_quote").click()
    copies = [e for e in window.findChildren(QuoteEditor) if e.quote and e.quote.number == 2]
    assert len(copies) == 1 and copies[0].quote.body.lines == editor.quote.body.lines
    assert copies[0].findChild(QPushButton, "button_save").isEnabled()


def test_chosen_lines_with_none_ticked_invoice_nothing(qtbot, window, no_dialogs):
    editor = _new_quote(window)
    editor.findChild(QPushButton, "button_save").click()
    editor.findChild(QPushButton, "button_accept_quote").click()
    quote = editor.quote
    dialog = QuoteInvoiceDialog(quote, [], editor)
    dialog.part_lines.setChecked(True)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    _answers, asked = no_dialogs
    assert asked and asked[-1][0] == "warning"
    assert quote_parts(window.db, quote.id) == []


def test_customer_actions_wait_for_the_customers_tab(qtbot, window):
    window.customers.table.selectRow(0)
    new_quote = window.findChild(QAction, "action_new_quote")
    assert new_quote.isEnabled()
    window.tabs.setCurrentWidget(window.quotes_tab)
    assert not new_quote.isEnabled()  # the selection is out of sight
    window.tabs.setCurrentWidget(window.customers)
    assert new_quote.isEnabled()


def test_the_quote_pdf_is_saved_off_the_window_thread(
    qtbot, window, no_dialogs, monkeypatch, tmp_path, wait_for_tasks
):
    editor = _new_quote(window)
    target = tmp_path / "Offert 1.pdf"
    monkeypatch.setattr("kundbok.ui.quote_editor.actions.ask_pdf_path", lambda *_args: target)
    editor.quote_actions.save_pdf()  # saves the new quote first: it gets its number
    assert editor.quote.number == 1
    wait_for_tasks()
    assert target.read_bytes().startswith(b"%PDF")
