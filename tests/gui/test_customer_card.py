"""The customer card: create, validate as you type, unsaved changes, tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from kundbok.services.customers import get_customer
from kundbok.ui.customer_card import CustomerCard


def _card(window) -> CustomerCard:
    return window.opener.open_card(None)


def test_the_card_has_its_tabs(qtbot, window):
    card = _card(window)
    tabs = card.findChild(QTabWidget, "customer_card_tabs")
    names = [tabs.widget(i).objectName() for i in range(tabs.count())]
    assert names == [
        "tab_details",
        "tab_contacts",
        "tab_notes",
        "tab_accounts",
        "tab_rot_rut",
        "tab_einvoice",
        "tab_files",
        "tab_history",
        "tab_invoices",
        "tab_quotes",
        "tab_entries",
        "tab_contracts",
    ]


def test_create_a_customer_through_the_card(type_into, qtbot, window):
    card = _card(window)
    save = card.findChild(QPushButton, "button_save")
    assert not save.isEnabled()  # only the name is required, and it is missing
    type_into(card.findChild(QLineEdit, "field_name"), "Östen Byggare AB")
    type_into(card.findChild(QLineEdit, "field_org_number"), "556036-0793")
    type_into(card.findChild(QLineEdit, "field_billing_city"), "Umeå")
    assert save.isEnabled()
    with qtbot.waitSignal(card.saved) as saved:
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    customer = get_customer(window.db, saved.args[0])
    assert customer.number is not None
    assert customer.org_number == "5560360793"
    assert customer.address("billing").city == "Umeå"
    assert card.findChild(QLabel, "field_number").text() == str(customer.number)
    # The list shows the new customer, selected.
    assert window.customers.selected_ids() == [customer.id]


def test_an_invalid_org_number_blocks_save_with_a_message(type_into, qtbot, window):
    card = _card(window)
    type_into(card.findChild(QLineEdit, "field_name"), "Fel AB")
    type_into(card.findChild(QLineEdit, "field_org_number"), "556036-0794")
    assert not card.findChild(QPushButton, "button_save").isEnabled()
    message = card.findChild(QLabel, "error_org_number")
    assert "check digit" in message.text()
    field = card.findChild(QLineEdit, "field_org_number")
    field.setText("556036-0793")
    assert card.findChild(QPushButton, "button_save").isEnabled()
    assert not message.isVisibleTo(card)


def test_closing_with_unsaved_changes_asks(type_into, qtbot, window, no_dialogs):
    answers, asked = no_dialogs
    card = _card(window)
    type_into(card.findChild(QLineEdit, "field_name"), "Ångrad AB")
    answers["question"] = QMessageBox.StandardButton.Cancel
    assert not card.close()
    assert card.isVisible() and asked
    answers["question"] = QMessageBox.StandardButton.Discard
    assert card.close()
    answers["question"] = QMessageBox.StandardButton.Save
    card = _card(window)
    type_into(card.findChild(QLineEdit, "field_name"), "Sparad vid stängning AB")
    with qtbot.waitSignal(card.saved):
        assert card.close()


def test_private_person_takes_a_personal_number(type_into, qtbot, window):
    card = _card(window)
    kind = card.findChild(QComboBox, "field_kind")
    kind.setCurrentIndex(kind.findData("private"))
    type_into(card.findChild(QLineEdit, "field_name"), "Sara Öberg")
    field = card.findChild(QLineEdit, "field_org_number")
    type_into(field, "556036-0793")  # an org number is no personal number
    assert not card.button_save.isEnabled()
    field.setText("19811218-9876")
    assert card.button_save.isEnabled()
    with qtbot.waitSignal(card.saved) as saved:
        card.button_save.click()
    assert get_customer(window.db, saved.args[0]).personal_number == "198112189876"


def test_timestamp_in_notes_and_history_after_edit(qtbot, window):
    window.customers.table.selectRow(0)
    card = window.edit_customer()
    card.insert_timestamp()
    notes = card.findChild(QPlainTextEdit, "field_notes")
    assert window.db.user in notes.toPlainText()
    notes.insertPlainText("Ringde om offert.")
    with qtbot.waitSignal(card.saved):
        card.button_save.click()
    history = card.findChild(QTableWidget, "history_table")
    assert history.rowCount() == 0  # read when its tab is shown
    card.tabs.setCurrentWidget(card.findChild(QWidget, "tab_history"))
    assert history.rowCount() == 2
    assert "notes" in history.item(0, 3).text()
    card.findChild(QLineEdit, "field_reference").setText("Ny referens")
    with qtbot.waitSignal(card.saved):
        card.button_save.click()
    assert history.rowCount() == 3  # the tab on screen is read again at once
