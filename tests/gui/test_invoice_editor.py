"""From the right-click menu to a printed invoice: create, fill in, issue, save as PDF."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QTableWidget

from kundbok.services.customers import get_customer, update_customer
from kundbok.services.invoices import LineDetails, get_invoice
from kundbok.ui.invoice_editor import InvoiceEditor


def _plain(text: str) -> str:
    """Amounts without the locale's thousands separators."""
    return text.replace("\u00a0", "").replace(",", "")


def _select_first(window):
    window.table.selectRow(0)
    return window.selected_rows()[0]


def test_create_issue_and_save_an_invoice_from_the_list(
    qtbot, window, no_dialogs, tmp_path, monkeypatch
):
    row = _select_first(window)
    window.findChild(QAction, "action_create_invoice").trigger()
    editor = window.findChild(InvoiceEditor, "invoice_editor")
    assert editor is not None and editor.invoice.customer_id == row.id
    assert not editor.findChild(QPushButton, "button_print").isHidden()
    editor.findChild(QPushButton, "button_add_line").click()
    lines = editor.findChild(QTableWidget, "invoice_lines")
    lines.item(0, 1).setText("Byte av blandare")
    lines.item(0, 2).setText("3")
    lines.item(0, 4).setText("650")
    assert "2438.00 SEK" in _plain(editor.totals.text())  # 1 950 + 25 % VAT, rounded
    editor.findChild(QPushButton, "button_issue").click()
    invoice = get_invoice(window.db, editor.invoice.id)
    assert (invoice.number, invoice.state) == (1, "issued")
    assert not lines.editTriggers()  # read-only once issued
    target = tmp_path / "faktura.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )
    editor.findChild(QPushButton, "button_save_pdf").click()
    assert target.read_bytes().startswith(b"%PDF")
    window.invoice_list.refresh()
    assert window.invoice_list.table.rowCount() == 1
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
    assert editor.alert.text() == "Kräver inköpsordernummer"
    editor._dirty = False
    editor.close()
    customer = get_customer(window.db, row.id)
    update_customer(window.db, row.id, customer.__class__(**{**customer.__dict__, "blocked": True}))
    window.apply_search()
    _select_first(window)
    assert window.create_invoice() is None
    assert any(kind == "warning" and "blocked" in text for kind, text in asked)


def test_totals_update_as_you_type(qtbot, window, no_dialogs):
    _select_first(window)
    editor = window.create_invoice()
    editor.add_line(
        LineDetails(description="Bok", unit_price=Decimal("99.90"), vat_rate=Decimal(6))
    )
    assert "106.00 SEK" in _plain(editor.totals.text())  # 99.90 + 5.99 VAT, rounded
    editor.invoice_lines.item(0, 2).setText("2")
    assert "212.00 SEK" in _plain(editor.totals.text())  # 199.80 + 11.99 VAT, rounded
    no_dialogs[0]["question"] = QMessageBox.StandardButton.Discard
    editor.close()


def test_new_invoice_finds_its_customer_as_you_type(qtbot, window, no_dialogs):
    window.table.clearSelection()
    editor = window.new_invoice()
    assert editor.invoice is None
    assert not editor.findChild(QPushButton, "button_issue").isEnabled()
    editor.field_customer.setText("åkessons rör")
    editor._suggest_customers("åkessons rör")  # what typing triggers
    choices = editor._completions.stringList()
    assert choices and choices[0].startswith("Åkessons Rör AB")
    editor._customer_picked(choices[0])  # choosing from the completer
    assert editor.invoice.buyer_name == "Åkessons Rör AB"
    assert "Örebro" in editor.buyer.text()
    assert editor.findChild(QPushButton, "button_issue").isEnabled()
    editor._dirty = False
    editor.close()
