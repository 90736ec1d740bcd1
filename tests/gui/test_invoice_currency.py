"""The invoice editor for a customer in euros: the exchange rate field with the last rate
offered, no issue without a rate, the VAT in kronor among the totals, a rate recorded on an
invoice issued without one; and the payment dialog's rate of the day."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

from PySide6.QtWidgets import QPushButton
from sqlalchemy import update
from tests.helpers.shortcuts import new_draft

from kundbok.db.models import Invoice
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.payments.booking import invoice_payments
from kundbok.ui.invoice_editor import InvoiceEditor
from kundbok.ui.invoice_editor.payment_dialog import PaymentDialog

LINES = (LineDetails(description="Consulting", quantity=D(10), unit_price=D(95)),)


def _issued(db, customer, rate):
    draft = save_draft(
        db, replace(new_draft(db, customer.id, dt.date.today()), lines=LINES, exchange_rate=rate)
    )
    return issue_invoice(db, draft.id, dt.date.today())


def _editor(qtbot, db, **kwargs):
    editor = InvoiceEditor(db, **kwargs)
    qtbot.addWidget(editor)
    return editor


def test_an_invoice_in_euro_is_issued_with_its_rate(qtbot, window, no_dialogs):
    _, asked = no_dialogs
    db = window.db
    euro = create_customer(db, CustomerDetails(name="Nordljus Oy", currency="EUR"))
    _issued(db, euro, D("11.20"))
    editor = _editor(qtbot, db, customer_id=euro.id)
    header = editor.header
    assert header.field_exchange_rate.isVisibleTo(editor)
    assert header.field_exchange_rate.text() == "11.2"  # the last rate used, offered
    assert "Last used on" in header.exchange_rate_hint.text()
    assert header.exchange_rate_unit.text().replace("&", "") == "SEK for 1 EUR"  # a mnemonic
    editor.lines.add_line(LINES[0])
    header.field_exchange_rate.clear()
    editor.findChild(QPushButton, "button_issue").click()
    assert "needs the exchange rate to SEK" in asked[-1][1]
    assert get_invoice(db, editor.invoice.id).number is None  # saved as a draft, not issued
    header.field_exchange_rate.setText("11,435")
    assert "VAT in SEK" in editor.lines.totals.text() and "2,715.81" in editor.lines.totals.text()
    editor.findChild(QPushButton, "button_issue").click()
    issued = get_invoice(db, editor.invoice.id)
    assert (issued.number is not None, issued.exchange_rate) == (True, D("11.435"))
    assert not header.field_exchange_rate.isEnabled()  # an issued invoice's rate stays


def test_a_rate_that_is_no_rate_is_said_so(qtbot, window, no_dialogs):
    euro = create_customer(window.db, CustomerDetails(name="Nordljus Oy", currency="EUR"))
    editor = _editor(qtbot, window.db, customer_id=euro.id)
    editor.header.field_exchange_rate.setText("11,1234567")
    editor.header.field_exchange_rate.editingFinished.emit()
    assert "more than 6 decimals" in editor.header.exchange_rate_hint.text()
    assert editor.current_invoice().exchange_rate is None


def test_an_invoice_in_kronor_shows_no_rate(qtbot, window, no_dialogs):
    kronor = create_customer(window.db, CustomerDetails(name="Åkessons Rör AB"))
    editor = _editor(qtbot, window.db, customer_id=kronor.id)
    assert not editor.header.field_exchange_rate.isVisibleTo(editor)
    assert "VAT in SEK" not in editor.lines.totals.text()


def test_a_rate_is_recorded_on_an_invoice_issued_without_one(qtbot, window, no_dialogs):
    db = window.db
    euro = create_customer(db, CustomerDetails(name="Nordljus Oy", currency="EUR"))
    invoice = _issued(db, euro, D("11.20"))
    with db.unit_of_work() as session:  # issued before rates were kept
        session.execute(update(Invoice).values(exchange_rate=None))
        session.commit()
    editor = _editor(qtbot, db, invoice_id=invoice.id)
    button = editor.findChild(QPushButton, "button_record_exchange_rate")
    assert button.isVisibleTo(editor) and editor.header.field_exchange_rate.isEnabled()
    editor.header.field_exchange_rate.setText("11,30")
    with qtbot.waitSignal(editor.saved):
        button.click()
    assert get_invoice(db, invoice.id).exchange_rate == D("11.3")
    assert not button.isVisibleTo(editor) and not editor.header.field_exchange_rate.isEnabled()


def test_a_payment_in_euro_takes_the_rate_of_its_day(qtbot, db, no_dialogs, type_into):
    euro = create_customer(db, CustomerDetails(name="Nordljus Oy", currency="EUR"))
    invoice = _issued(db, euro, D("11.20"))
    dialog = PaymentDialog(None, db, invoice.id)
    qtbot.addWidget(dialog)
    assert dialog.exchange_rate.text() == "11.2"  # the invoice's rate unless changed
    assert "EUR" in dialog.amount_label.text()
    type_into(dialog.amount, "500")
    dialog.exchange_rate.setText("11,55")
    dialog.accept()
    [payment] = invoice_payments(db, invoice.id)
    assert (payment.amount, payment.exchange_rate) == (D(500), D("11.55"))
    kronor = create_customer(db, CustomerDetails(name="Åkessons Rör AB"))
    in_kronor = PaymentDialog(None, db, _issued(db, kronor, None).id)
    qtbot.addWidget(in_kronor)
    assert not in_kronor.exchange_rate.isVisibleTo(in_kronor)
