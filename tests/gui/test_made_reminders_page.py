"""Skickade påminnelser: a reminder already made is printed, saved or e-mailed again as it was,
with no new level and no second fee; an e-mail sent again is recorded like the first."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog
from tests.helpers.shortcuts import new_draft

from helpers.smtp_server import MailboxHandler, running_smtp_server, use_test_server
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.events import EventAction
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.history import customer_history
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.reminders.overdue import make_reminders
from kundbok.services.reminders.settings import get_reminder_settings, save_reminder_settings
from kundbok.ui import made_reminders_page
from kundbok.ui.formatting import display_money
from kundbok.ui.reminders_dialog import RemindersDialog

LINES = (LineDetails(description="Arbete", quantity=D(8), unit_price=D(1000), vat_rate=D(25)),)


@pytest.fixture
def made(db):
    save_reminder_settings(db, replace(get_reminder_settings(db), reminder_fee=D(60)))
    customer = create_customer(
        db,
        CustomerDetails(name="Åkessons Rör AB", payment_terms_days=30, email="ekonomi@akessons.se"),
    )
    draft = save_draft(db, replace(new_draft(db, customer.id, dt.date(2026, 1, 2)), lines=LINES))
    invoice = issue_invoice(db, draft.id, dt.date(2026, 1, 2))
    [reminder] = make_reminders(db, [customer.id], dt.date(2026, 3, 3))
    return reminder, invoice, customer


@pytest.fixture
def page(qtbot, db, made):
    dialog = RemindersDialog(db)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.made_page)
    return dialog.made_page


def test_the_reminders_made_are_listed(page, made):
    reminder, invoice, _ = made
    table = page.table
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == str(reminder.reminder_id)
    assert table.item(0, 2).text() == "1 Åkessons Rör AB"
    assert table.item(0, 3).text() == str(invoice.number)
    assert table.item(0, 4).text() == display_money(reminder.reminder.content.total)
    assert table.item(0, 6).text() == "Not yet sent"


def test_print_and_save_again(page, made, db, no_dialogs, tmp_path, monkeypatch):
    _, asked = no_dialogs
    page.print_selected()
    assert asked == [("information", "Select a reminder.")]
    previewed = []
    monkeypatch.setattr(
        made_reminders_page, "preview_pdfs", lambda parent, pdfs: previewed.append(pdfs)
    )
    page.table.selectRow(0)
    page.button_print.click()
    assert len(previewed) == 1 and previewed[0][0].startswith(b"%PDF")
    target = tmp_path / "kopia.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )
    assert page.save_selected() == target
    assert target.read_bytes().startswith(b"%PDF")
    _, invoice, _ = made
    assert get_invoice(db, invoice.id).reminder_level == 1


def test_e_mail_again_to_another_address(page, made, db, no_dialogs, monkeypatch):
    _, asked = no_dialogs
    _, invoice, customer = made
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        staticmethod(lambda *args, **kwargs: ("faktura@akessons.se", True)),
    )
    mailbox = MailboxHandler()
    with running_smtp_server(mailbox) as server:
        use_test_server(db, server.port)
        page.table.selectRow(0)
        assert page.mail_selected()
    assert [m.rcpt_tos for m in mailbox.received] == [["faktura@akessons.se"]]
    assert ("information", "Sent to faktura@akessons.se.") in asked
    assert "faktura@akessons.se" in page.table.item(0, 6).text()
    assert get_invoice(db, invoice.id).reminder_level == 1
    sent = [e for e in customer_history(db, customer.id) if e.action == EventAction.REMINDER_SENT]
    assert len(sent) == 1
