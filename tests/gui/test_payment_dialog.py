"""The payment dialog: registers a part payment, refuses what is no amount, reverses a payment."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QPushButton

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoices import issue_invoice, new_draft, save_draft
from kundbok.services.payments.booking import invoice_payments
from kundbok.ui.invoice_editor import InvoiceEditor
from kundbok.ui.invoice_editor.payment_dialog import PaymentDialog

LINES = (LineDetails(description="Arbete", quantity=D(2), unit_price=D(500), vat_rate=D(25)),)


def _invoice(db):
    customer = create_customer(db, CustomerDetails(name="Ödmans Bageri AB"))
    draft = save_draft(db, replace(new_draft(db, customer.id, dt.date(2026, 3, 1)), lines=LINES))
    return issue_invoice(db, draft.id, dt.date(2026, 3, 1))


def test_a_part_payment_is_registered_and_can_be_reversed(qtbot, db, no_dialogs, type_into):
    _, asked = no_dialogs
    invoice = _invoice(db)
    dialog = PaymentDialog(None, db, invoice.id)
    qtbot.addWidget(dialog)
    type_into(dialog.amount, "abc")
    dialog.accept()
    assert asked and asked[-1][0] == "warning"
    assert invoice_payments(db, invoice.id) == []

    dialog.amount.clear()
    type_into(dialog.amount, "1 000,50")
    dialog.date.setDate(QDate(2026, 3, 5))
    dialog.method.setCurrentIndex(dialog.method.findData("swish"))
    dialog.accept()
    assert dialog.result_of_payment is not None
    assert dialog.result_of_payment.open_amount == D("249.50")
    [payment] = invoice_payments(db, invoice.id)
    assert (payment.amount, payment.method, payment.payment_date) == (
        D("1000.50"),
        "swish",
        dt.date(2026, 3, 5),
    )

    again = PaymentDialog(None, db, invoice.id)
    qtbot.addWidget(again)
    assert again.payments.count() == 1
    again.payments.setCurrentRow(0)
    again.reverse_selected()
    assert invoice_payments(db, invoice.id)[0].reversed
    assert "(reversed)" in again.payments.item(0).text()


def test_the_editor_opens_it_for_an_issued_invoice(qtbot, window, no_dialogs, monkeypatch):
    customer = create_customer(window.db, CustomerDetails(name="Ödmans Bageri AB"))
    draft = save_draft(
        window.db, replace(new_draft(window.db, customer.id, dt.date.today()), lines=LINES)
    )
    editor = InvoiceEditor(window.db, invoice_id=draft.id)
    qtbot.addWidget(editor)
    button = editor.findChild(QPushButton, "button_payment")
    assert not button.isEnabled()  # a draft takes no payment
    issued = issue_invoice(window.db, draft.id, dt.date.today())
    editor._show(issued)
    assert button.isEnabled()

    def pay(dialog):
        dialog.amount.setText("1250")
        dialog.accept()
        return 1

    monkeypatch.setattr(PaymentDialog, "exec", pay)
    button.click()
    assert editor.invoice.state == "paid"


def test_an_amount_beyond_the_limit_is_a_message_and_no_payment(qtbot, db, no_dialogs, type_into):
    _, asked = no_dialogs
    invoice = _invoice(db)
    dialog = PaymentDialog(None, db, invoice.id)
    qtbot.addWidget(dialog)
    for text in ("1E+30", "92233720368547758,07", "1000000000,01"):
        dialog.amount.clear()
        type_into(dialog.amount, text)
        dialog.accept()
        assert asked[-1][0] == "warning"
        assert "larger than the largest amount taken" in asked[-1][1]
    assert dialog.result_of_payment is None
    assert invoice_payments(db, invoice.id) == []


def test_no_payment_date_after_today_can_be_chosen(qtbot, db):
    dialog = PaymentDialog(None, db, _invoice(db).id)
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate.currentDate().addDays(1))
    assert dialog.date.date() == QDate.currentDate()
