"""Förfallna fakturor: the overdue list, Skicka påminnelse (e-mail or print preview), Spara PDF,
Skapa räntefaktura; the reminder page of the settings."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog
from tests.helpers.shortcuts import new_draft

from helpers.smtp_server import MailboxHandler, running_smtp_server, use_test_server
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.payments.booking import register_payment
from kundbok.services.reminders.history import made_reminders
from kundbok.services.reminders.overdue import overdue_customers
from kundbok.services.reminders.settings import get_reminder_settings, save_reminder_settings
from kundbok.ui import reminders_dialog
from kundbok.ui.reminders_dialog import RemindersDialog
from kundbok.ui.settings_dialog import SettingsDialog

LINES = (LineDetails(description="Arbete", quantity=D(8), unit_price=D(1000), vat_rate=D(25)),)
DAY = dt.date(2026, 3, 3)


def _issue(db, customer):
    draft = save_draft(db, replace(new_draft(db, customer.id, dt.date(2026, 1, 2)), lines=LINES))
    return issue_invoice(db, draft.id, dt.date(2026, 1, 2))


@pytest.fixture
def overdue(db):
    save_reminder_settings(
        db, replace(get_reminder_settings(db), reminder_fee=D(60), charge_compensation=True)
    )
    mail = create_customer(
        db,
        CustomerDetails(
            name="Åkessons Rör AB",
            payment_terms_days=30,
            email="ekonomi@akessons.se",
            invoice_by_email=True,
        ),
    )
    paper = create_customer(db, CustomerDetails(name="Öbergs Café", payment_terms_days=30))
    return _issue(db, mail), _issue(db, paper)


def _dialog(qtbot, db):
    dialog = RemindersDialog(db)
    qtbot.addWidget(dialog)
    dialog.field_date.setDate(QDate(DAY.year, DAY.month, DAY.day))
    return dialog


def test_the_list_shows_what_each_reminder_would_contain(qtbot, db, overdue):
    dialog = _dialog(qtbot, db)
    table = dialog.overdue_table
    assert table.rowCount() == 2
    assert table.item(0, 1).text() == "Åkessons Rör AB"
    assert table.item(0, 3).text() == "1"  # the first reminder
    assert table.item(0, 6).text() == "60.00" and table.item(0, 7).text() == "450.00"
    assert (table.item(0, 10).text(), table.item(1, 10).text()) == ("E-mail", "Paper")
    assert "30 days late, interest 82.19" in table.item(0, 2).toolTip()
    dialog.grab().save("/tmp/reminders_dialog.png")


class _Preview(QDialog):
    """The print preview, as far as the list needs it: accepted when the user prints."""

    def __init__(self, pdfs: list[bytes], shown: list[_Preview]) -> None:
        super().__init__()
        self.pdfs = pdfs
        shown.append(self)


def test_send_e_mails_one_and_previews_the_other(qtbot, db, overdue, no_dialogs, monkeypatch):
    _, asked = no_dialogs
    previewed: list[_Preview] = []
    monkeypatch.setattr(reminders_dialog, "preview_pdfs", lambda _, pdfs: _Preview(pdfs, previewed))
    mailbox = MailboxHandler()
    with running_smtp_server(mailbox) as server:
        use_test_server(db, server.port)
        dialog = _dialog(qtbot, db)
        dialog.overdue_table.selectAll()
        qtbot.mouseClick(dialog.button_send, qtbot_button())
    assert [m.rcpt_tos for m in mailbox.received] == [["ekonomi@akessons.se"]]
    assert len(previewed) == 1 and previewed[0].pdfs[0].startswith(b"%PDF")
    assert ("information", "1 of 1 reminders sent by e-mail.") in asked
    # The paper reminder counts once printed; until then it waits, as it was made.
    [waiting] = overdue_customers(db, DAY)
    assert waiting.customer_name == "Öbergs Café" and waiting.reminder_id is not None
    previewed[0].accept()  # Skriv ut in the preview
    assert dialog.overdue_table.rowCount() == 0
    assert overdue_customers(db, DAY) == []


def test_a_preview_closed_without_printing_leaves_the_reminder_to_send(
    qtbot, db, overdue, monkeypatch
):
    previewed: list[_Preview] = []
    monkeypatch.setattr(reminders_dialog, "preview_pdfs", lambda _, pdfs: _Preview(pdfs, previewed))
    dialog = _dialog(qtbot, db)
    dialog.overdue_table.selectRow(1)
    dialog.send_selected()
    previewed[0].reject()
    [waiting] = [r for r in overdue_customers(db, DAY) if r.customer_name == "Öbergs Café"]
    # Sent again, it is the same reminder: no second one, no second fee.
    dialog.refresh()
    dialog.overdue_table.selectRow(1)
    dialog.send_selected()
    previewed[1].accept()
    assert [r.customer_name for r in overdue_customers(db, DAY)] == ["Åkessons Rör AB"]
    [made] = made_reminders(db)
    assert made.reminder_id == waiting.reminder_id and made.printed_at is not None


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_save_pdf_writes_the_selected_reminder(
    qtbot, db, overdue, no_dialogs, tmp_path, monkeypatch
):
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: str(tmp_path))
    )
    dialog = _dialog(qtbot, db)
    dialog.overdue_table.selectRow(1)
    dialog.save_selected()
    assert [p.name for p in tmp_path.glob("*.pdf")] == ["Påminnelse 1.pdf"]
    assert [r.customer_name for r in overdue_customers(db, DAY)] == ["Åkessons Rör AB"]


def test_nothing_selected_says_so(qtbot, db, overdue, no_dialogs):
    _, asked = no_dialogs
    dialog = _dialog(qtbot, db)
    dialog.send_selected()
    assert asked == [("information", "Select the customers to remind.")]
    assert len(overdue_customers(db, DAY)) == 2


def test_create_interest_invoice_from_the_late_list(qtbot, db, overdue, no_dialogs):
    late, _ = overdue
    register_payment(db, late.id, D("10000.00"), DAY)
    dialog = _dialog(qtbot, db)
    assert dialog.late_table.rowCount() == 1
    assert dialog.late_table.item(0, 5).text() == "82.19"
    dialog.late_table.selectRow(0)
    with qtbot.waitSignal(dialog.invoices_changed):
        qtbot.mouseClick(dialog.button_interest, qtbot_button())
    assert dialog.late_table.rowCount() == 0
    assert ("information", "Interest invoices issued: 3") in no_dialogs[1]


def test_the_settings_page_saves_fee_rates_and_refuses_a_fee_over_60(
    qtbot, db, tmp_path, no_dialogs
):
    settings = QSettings(str(tmp_path / "kundbok.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(db, settings)
    qtbot.addWidget(dialog)
    page = dialog.reminder_page
    page.field_fee.setText("60")
    page.field_compensation.setChecked(True)
    page._add_rate("2026-07-01", "1,75")
    page.grab().save("/tmp/reminder_settings_page.png")
    dialog.save()
    saved = get_reminder_settings(db)
    assert (saved.reminder_fee, saved.charge_compensation) == (D(60), True)
    assert saved.reference_rates[-1].percent == D("1.75")

    dialog = SettingsDialog(db, settings)
    qtbot.addWidget(dialog)
    dialog.reminder_page.field_fee.setText("75")
    dialog.save()
    assert get_reminder_settings(db).reminder_fee == D(60)
    assert any(kind == "warning" and "60" in text for kind, text in no_dialogs[1])


def test_the_invoicing_menu_opens_the_overdue_list(window, qtbot):
    qtbot.waitUntil(lambda: window.is_open)
    action = window.findChild(
        type(window.main_actions.action("action_articles")), "action_overdue_invoices"
    )
    assert action is not None and action.isEnabled()
    action.trigger()
    dialog = window.findChild(RemindersDialog, "reminders_dialog")
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_the_invoice_editor_shows_the_reminder_level_and_date(qtbot, db, overdue):
    from helpers.reminding import printed_reminders
    from kundbok.ui.invoice_editor import open_invoice_editor

    invoice, _ = overdue
    printed_reminders(db, [invoice.customer_id], DAY)
    editor = open_invoice_editor(db, invoice.customer_id, None, invoice.id)
    qtbot.addWidget(editor)
    label = editor.findChild(type(editor.action_bar.state_label), "invoice_state")
    assert label.text().endswith("reminder 1 sent 2026-03-03")


def test_the_card_keeps_an_agreed_fee_and_refuses_one_over_60(type_into, qtbot, window):
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

    from kundbok.services.customers import get_customer

    card = window.opener.open_card(None)
    qtbot.addWidget(card)
    type_into(card.findChild(QLineEdit, "field_name"), "Avtal AB")
    type_into(card.findChild(QLineEdit, "field_reminder_fee"), "75")
    assert not card.findChild(QPushButton, "button_save").isEnabled()
    assert "60" in card.findChild(QLabel, "error_reminder_fee").text()
    card.findChild(QLineEdit, "field_reminder_fee").setText("30")
    card.findChild(QLineEdit, "field_agreed_interest_percent").setText("12,5")
    with qtbot.waitSignal(card.saved) as saved:
        card.findChild(QPushButton, "button_save").click()
    customer = get_customer(window.db, saved.args[0])
    assert (customer.reminder_fee, customer.agreed_interest_percent) == (D(30), D("12.5"))
