"""Skicka med e-post from the editor and Skicka osända from the invoice list, to a local server."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from tests.helpers.shortcuts import new_draft

from helpers.smtp_server import MailboxHandler, running_smtp_server, use_test_server
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.ui import send_invoice_dialog
from kundbok.ui.invoice_editor import InvoiceEditor
from kundbok.ui.invoice_list import InvoiceList


@pytest.fixture
def mailbox():
    return MailboxHandler()


@pytest.fixture
def server(db, mailbox):
    with running_smtp_server(mailbox) as running:
        use_test_server(db, running.port)
        yield running


def _issued(db, email="marta@example.se"):
    customer = create_customer(
        db,
        CustomerDetails(
            name="Märta Öberg",
            email=email,
            invoice_by_email=True,
            addresses=(AddressDetails(street="Storgatan 1", postcode="70210", city="Örebro"),),
        ),
    )
    lines = (LineDetails(description="Bok", unit_price=Decimal(100)),)
    draft = save_draft(db, replace(new_draft(db, customer.id, dt.date.today()), lines=lines))
    return issue_invoice(db, draft.id)


@pytest.fixture
def answers(monkeypatch):
    """The recipient dialog takes what the test types; message boxes are recorded."""
    said: list[str] = []
    typed = {"address": None, "again": QMessageBox.StandardButton.Yes}

    def run(dialog):
        if typed["address"] is not None:
            dialog.field_recipient.setText(typed["address"])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(send_invoice_dialog.RecipientDialog, "exec", run)
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox, kind, staticmethod(lambda parent, title, text, *a, **k: said.append(text))
        )
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: typed["again"]))
    return typed, said


def test_send_from_the_editor_to_an_edited_address_and_ask_before_again(
    qtbot, db, server, mailbox, answers
):
    typed, said = answers
    invoice = _issued(db)
    editor = InvoiceEditor(db, invoice_id=invoice.id)
    qtbot.addWidget(editor)
    button = editor.findChild(QPushButton, "button_send_email")
    assert button.isEnabled()
    typed["address"] = "ekonomi@example.se"
    assert editor.documents.send_email()
    assert mailbox.received[0].rcpt_tos == ["ekonomi@example.se"]
    assert get_invoice(db, invoice.id).sent_to == "ekonomi@example.se"
    assert said == ["1 of 1 invoices sent."]
    typed["again"] = QMessageBox.StandardButton.No
    assert not editor.documents.send_email()  # sent already: asked, and the user said no
    assert len(mailbox.received) == 1


def test_a_draft_cannot_be_sent(qtbot, db):
    customer = create_customer(db, CustomerDetails(name="Märta"))
    draft = save_draft(db, new_draft(db, customer.id))
    editor = InvoiceEditor(db, invoice_id=draft.id)
    qtbot.addWidget(editor)
    assert not editor.findChild(QPushButton, "button_send_email").isEnabled()


def test_send_unsent_from_the_list_shows_them_sent(qtbot, db, server, mailbox, answers):
    _typed, said = answers
    first, second = _issued(db), _issued(db, "olle@example.se")
    invoices = InvoiceList(db)
    qtbot.addWidget(invoices)
    invoices.refresh()
    assert [invoices.model.index(row, 9).data() for row in range(2)] == ["Unsent", "Unsent"]
    assert invoices.send_unsent() == 2
    assert len(mailbox.received) == 2
    assert "Unsent" not in [invoices.model.index(row, 9).data() for row in range(2)]
    assert said == ["2 of 2 invoices sent."]
    assert invoices.send_unsent() == 0
    assert said[-1] == "There are no unsent invoices."
    assert get_invoice(db, first.id).sent_at and get_invoice(db, second.id).sent_at
