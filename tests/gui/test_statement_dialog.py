"""Skicka kontoutdrag: from the card's Fakturor tab and for the customers selected in the list;
drawn off the GUI thread, saved as PDF, e-mailed through a real local SMTP server."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDateEdit, QFileDialog, QPushButton, QWidget
from tests.helpers.shortcuts import new_draft

from helpers.smtp_server import MailboxHandler, running_smtp_server, use_test_server
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.history import customer_history
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.ui.customer_card import CustomerCard
from kundbok.ui.statement_dialog import StatementDialog

TODAY = dt.date.today()


def _invoiced(db, name: str, email: str = "") -> int:
    customer = create_customer(db, CustomerDetails(name=name, email=email))
    draft = replace(
        new_draft(db, customer.id, TODAY),
        lines=(LineDetails(description="Arbete", unit_price=D(400)),),
    )
    issue_invoice(db, save_draft(db, draft).id, TODAY)
    assert customer.id is not None
    return customer.id


def _finish(qtbot, dialog: StatementDialog, button: str) -> None:
    # Polled rather than waited for in an event loop of its own: a test that ended the
    # application before this one leaves such loops returning at once.
    made: list[object] = []
    dialog.made.connect(lambda *args: made.append(args))
    dialog.findChild(QPushButton, button).click()
    qtbot.waitUntil(lambda: bool(made), timeout=20_000)


def test_the_cards_statement_is_saved_as_pdf(qtbot, window, no_dialogs, tmp_path, monkeypatch):
    customer_id = _invoiced(window.db, "Kontoutdrag AB")
    card = CustomerCard(window.db, customer_id)
    qtbot.addWidget(card)
    card.tabs.setCurrentWidget(card.findChild(QWidget, "tab_invoices"))
    card.findChild(QPushButton, "button_statement").click()
    dialog = card.findChild(StatementDialog, "statement_dialog")
    assert dialog is not None
    target = tmp_path / "utdrag.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )
    _finish(qtbot, dialog, "button_save_statement")
    text = PdfReader(target).pages[0].extract_text()
    assert "Kontoutdrag" in text and "Kontoutdrag AB" in text and "500,00" in text


def test_statements_of_the_selected_customers_into_a_folder(
    qtbot, window, no_dialogs, tmp_path, monkeypatch
):
    for name in ("Alfa AB", "Beta AB"):
        _invoiced(window.db, name)
    window.tabs.setCurrentWidget(window.customers)  # the window opens on the overview
    window.customers.search_field.setText("AB")
    window.customers.apply_search()
    window.customers.table.selectAll()
    action = window.findChild(QAction, "action_send_statements")
    assert action.isEnabled()
    action.trigger()
    dialog = window.findChild(StatementDialog, "statement_dialog")
    assert dialog is not None
    dialog.findChild(QDateEdit, "statement_from").setDate(QDate(TODAY.year - 1, 1, 1))
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: str(tmp_path))
    )
    _finish(qtbot, dialog, "button_save_statement")
    saved = sorted(path.name for path in tmp_path.glob("Kontoutdrag *.pdf"))
    assert len(saved) == len(window.customers.selected_rows()) >= 2
    assert no_dialogs[1][-1][0] == "information"


@pytest.fixture
def mail_server(window):
    mailbox = MailboxHandler()
    with running_smtp_server(mailbox) as server:
        use_test_server(window.db, server.port)
        yield mailbox


def test_statements_are_e_mailed_and_recorded(qtbot, window, no_dialogs, mail_server):
    with_email = _invoiced(window.db, "Post AB", "ekonomi@post.example")
    without = _invoiced(window.db, "Papper AB")
    dialog = StatementDialog(window.db, [with_email, without], "Post AB, Papper AB")
    qtbot.addWidget(dialog)
    _finish(qtbot, dialog, "button_mail_statement")
    [message] = [received.parsed() for received in mail_server.received]
    assert message["To"].addresses[0].addr_spec == "ekonomi@post.example"
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename().startswith("Kontoutdrag ")
    kind, text = no_dialogs[1][-1]
    assert kind == "warning" and "1 of 2 statements sent." in text and "Papper AB" in text
    assert "statement sent" in [e.action for e in customer_history(window.db, with_email)]


def test_a_period_that_ends_before_it_begins_starts_nothing(qtbot, window, no_dialogs):
    customer_id = _invoiced(window.db, "Datum AB")
    dialog = StatementDialog(window.db, [customer_id], "Datum AB")
    qtbot.addWidget(dialog)
    dialog.findChild(QDateEdit, "statement_to").setDate(QDate(2000, 1, 1))
    assert not dialog.start("save")
    assert "ends before it begins" in no_dialogs[1][-1][1]
