"""The payment dialog: registers a part payment, refuses what is no amount, reverses a payment."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton
from tests.helpers.shortcuts import new_draft

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoices import create_credit_note, issue_invoice, save_draft
from kundbok.services.payments.booking import invoice_payments, register_payment
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
    type_into(dialog.amount, "1 000,505")
    dialog.accept()
    assert asked[-1][0] == "warning" and "more than 2 decimals" in str(asked[-1])
    assert invoice_payments(db, invoice.id) == []  # never rounded to 1 000,51

    dialog.amount.clear()
    type_into(dialog.amount, "1\u202f000,50 kr")
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


def test_a_credit_note_with_a_refund_due_is_refunded_from_the_editor(
    qtbot, window, no_dialogs, monkeypatch
):
    invoice = _invoice(window.db)
    register_payment(window.db, invoice.id, D("1250"), dt.date(2026, 3, 5))
    credit = create_credit_note(window.db, invoice.id, dt.date(2026, 3, 10))
    editor = InvoiceEditor(window.db, invoice_id=credit.id)
    qtbot.addWidget(editor)
    refund = editor.findChild(QPushButton, "button_payment")
    mark = editor.findChild(QPushButton, "button_mark_paid")
    assert (refund.text().replace("&", ""), refund.isEnabled()) == ("Refund…", True)
    assert (mark.text().replace("&", ""), mark.isEnabled()) == ("Mark refunded", True)
    assert "Refund due, 1,250.00" in editor.findChild(QLabel, "invoice_state").text()

    def pay_back_part(dialog):
        assert dialog.refund.isChecked() and not dialog.refund.isEnabled()
        assert dialog.amount.text() == "1250.00"  # what the customer is owed
        dialog.amount.setText("250")
        dialog.accept()
        return 1

    monkeypatch.setattr(PaymentDialog, "exec", pay_back_part)
    refund.click()
    assert [p.amount for p in invoice_payments(window.db, credit.id)] == [D("-250.00")]
    assert "Refund due, 1,000.00" in editor.findChild(QLabel, "invoice_state").text()
    mark.click()
    assert editor.invoice.state == "paid"
    assert [p.amount for p in invoice_payments(window.db, credit.id)] == [
        D("-250.00"),
        D("-1000.00"),
    ]
    assert not refund.isEnabled()


def test_an_overpaid_invoice_offers_a_refund_an_unpaid_one_does_not(qtbot, db):
    invoice = _invoice(db)
    dialog = PaymentDialog(None, db, invoice.id)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QCheckBox, "field_refund").isHidden()
    register_payment(db, invoice.id, D("1300"), dt.date(2026, 3, 5))
    dialog = PaymentDialog(None, db, invoice.id)
    qtbot.addWidget(dialog)
    assert not dialog.refund.isHidden() and not dialog.refund.isChecked()
    dialog.refund.setChecked(True)
    dialog.amount.setText("50")
    dialog.accept()
    assert dialog.result_of_refund is not None and dialog.result_of_refund.refund_due == 0


def test_an_amount_beyond_the_limit_is_a_message_and_no_payment(qtbot, db, no_dialogs, type_into):
    _, asked = no_dialogs
    invoice = _invoice(db)
    dialog = PaymentDialog(None, db, invoice.id)
    qtbot.addWidget(dialog)
    for text, why in (
        ("1E+30", "is not an amount"),
        ("92233720368547758,07", "is too large"),
        ("1000000000,01", "larger than the largest amount taken"),
    ):
        dialog.amount.clear()
        type_into(dialog.amount, text)
        dialog.accept()
        assert asked[-1][0] == "warning"
        assert why in asked[-1][1]
    assert dialog.result_of_payment is None
    assert invoice_payments(db, invoice.id) == []


def test_no_payment_date_after_today_can_be_chosen(qtbot, db):
    dialog = PaymentDialog(None, db, _invoice(db).id)
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate.currentDate().addDays(1))
    assert dialog.date.date() == QDate.currentDate()
