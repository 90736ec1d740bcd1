"""Skicka med e-post from the editor and Skicka osända from the invoice list, to a local server."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
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

LEFT = Qt.MouseButton.LeftButton


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
    qtbot, db, server, mailbox, answers, wait_for_tasks
):
    typed, said = answers
    invoice = _issued(db)
    editor = InvoiceEditor(db, invoice_id=invoice.id)
    qtbot.addWidget(editor)
    button = editor.findChild(QPushButton, "button_send_email")
    assert button.isEnabled()
    typed["address"] = "ekonomi@example.se"
    with qtbot.waitSignal(editor.saved, timeout=30_000):  # the list follows, as after a save
        editor.documents.send_email()
    assert mailbox.received[0].rcpt_tos == ["ekonomi@example.se"]
    assert get_invoice(db, invoice.id).sent_to == "ekonomi@example.se"
    assert said == ["1 of 1 invoices sent."]
    typed["again"] = QMessageBox.StandardButton.No
    editor.documents.send_email()  # sent already: asked, and the user said no
    wait_for_tasks()
    assert len(mailbox.received) == 1


def test_a_draft_cannot_be_sent(qtbot, db):
    customer = create_customer(db, CustomerDetails(name="Märta"))
    draft = save_draft(db, new_draft(db, customer.id))
    editor = InvoiceEditor(db, invoice_id=draft.id)
    qtbot.addWidget(editor)
    assert not editor.findChild(QPushButton, "button_send_email").isEnabled()


def test_send_unsent_from_the_list_shows_them_sent(
    qtbot, db, server, mailbox, answers, wait_for_tasks
):
    _typed, said = answers
    first, second = _issued(db), _issued(db, "olle@example.se")
    invoices = InvoiceList(db)
    qtbot.addWidget(invoices)
    invoices.refresh()
    assert [invoices.model.index(row, 9).data() for row in range(2)] == ["Unsent", "Unsent"]
    invoices.send_unsent()
    wait_for_tasks()
    assert len(mailbox.received) == 2
    assert "Unsent" not in [invoices.model.index(row, 9).data() for row in range(2)]
    assert said == ["2 of 2 invoices sent."]
    invoices.send_unsent()
    assert said[-1] == "There are no unsent invoices."
    assert get_invoice(db, first.id).sent_at and get_invoice(db, second.id).sent_at


class SlowMailbox(MailboxHandler):
    """A server that takes a moment over each message, as a real one over the internet does."""

    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(0.15)
        return await super().handle_DATA(server, session, envelope)


def test_avbryt_stops_between_messages_and_the_sent_ones_stay_sent(
    qtbot, db, answers, wait_for_tasks
):
    _typed, said = answers
    issued = {f"kund{n}@example.se": _issued(db, f"kund{n}@example.se") for n in range(10)}
    mailbox = SlowMailbox()
    with running_smtp_server(mailbox) as server:
        use_test_server(db, server.port)
        invoices = InvoiceList(db)
        qtbot.addWidget(invoices)
        invoices.show()
        invoices.send_unsent()

        def progress():
            return invoices.findChild(QDialog, "send_progress")

        qtbot.waitUntil(
            lambda: (
                progress() is not None and progress().isVisible() and len(mailbox.received) >= 2
            ),
            timeout=30_000,
        )
        qtbot.mouseClick(progress().findChild(QPushButton, "button_cancel_task"), LEFT)
        wait_for_tasks()
    received = {m.rcpt_tos[0] for m in mailbox.received}
    assert 2 <= len(received) < 10
    sent = {to for to, invoice in issued.items() if get_invoice(db, invoice.id).sent_at}
    assert sent == received  # every message the server took is recorded, and no other
    assert said == [
        f"{len(received)} of 10 invoices sent.\n"
        f"Sending was stopped: {10 - len(received)} invoices were not sent."
    ]
