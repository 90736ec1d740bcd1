"""The contract windows: made from the customer list's right-click menu and the card's *Avtal*
tab, listed with a search, prices adjusted, and the run that ticks, makes and hands on."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QLineEdit, QPushButton, QTableView

from kundbok.db.migrate import open_database
from kundbok.domain.contract import ContractDetails
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.contract_queries import get_contract, list_contracts
from kundbok.services.contracts import save_contract
from kundbok.services.customers import create_customer
from kundbok.ui.contracts.contract_editor import ContractEditor
from kundbok.ui.contracts.contracts_dialog import ContractsDialog
from kundbok.ui.contracts.run_dialog import ContractRunDialog
from kundbok.ui.customer_card import CustomerCard
from kundbok.ui.customer_card.contracts_tab import ContractsTab

LINE = LineDetails(description="Fönsterputs", quantity=D(1), unit_price=D(900), vat_rate=D(25))


@pytest.fixture
def db(tmp_path):
    """A register with two customers on contracts (one blocked) since the start of 2027."""
    from kundbok.services.demo_data import create_demo_company

    database = open_database(tmp_path / "contracts.sqlite3", user="tester")
    create_demo_company(database)
    for name, blocked in (("Putsad AB", False), ("Spärrad AB", True)):
        customer = create_customer(database, CustomerDetails(name=name))
        save_contract(
            database,
            ContractDetails(customer_id=customer.id, start_date=dt.date(2027, 1, 1), lines=(LINE,)),
        )
        if blocked:
            from dataclasses import replace

            from kundbok.services.customers import get_customer, update_customer

            update_customer(
                database, customer.id, replace(get_customer(database, customer.id), blocked=True)
            )
    yield database
    database.dispose()


def _wait_for(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is None or not dialog.task.is_running, timeout=20_000)
    qtbot.wait(50)  # the result's signal reaches the window's thread


def test_the_run_lists_ticks_and_makes_the_ticked(qtbot, db, no_dialogs):
    dialog = ContractRunDialog(db)
    qtbot.addWidget(dialog)
    dialog.findChild(QDateEdit, "run_date").setDate(QDate(2027, 2, 1))
    _wait_for(qtbot, dialog)
    table = dialog.table
    assert table.objectName() == "run_table"
    assert table.rowCount() == 4  # two periods each; the blocked customer's left out
    notes = {table.item(row, 5).text() for row in range(4)}
    assert "Left out: the customer is blocked" in notes
    assert len(table.ticked()) == 2
    table.set_ticked(1, False)
    dialog.findChild(type(dialog.run_issue), "run_issue").setChecked(True)
    dialog.findChild(QPushButton, "button_create_invoices").click()
    _wait_for(qtbot, dialog)
    assert dialog.outcome is not None and len(dialog.outcome.made) == 1
    assert dialog.outcome.made[0].number == 1
    _wait_for(qtbot, dialog)
    assert len(table.ticked()) == 1  # the unticked period is still due
    assert dialog.findChild(QPushButton, "button_print_invoices").isVisibleTo(dialog)


def test_the_run_as_drafts_can_be_cancelled_between_invoices(qtbot, db, no_dialogs):
    dialog = ContractRunDialog(db)
    qtbot.addWidget(dialog)
    dialog.run_date.setDate(QDate(2027, 12, 1))
    _wait_for(qtbot, dialog)
    assert len(dialog.table.ticked()) == 12
    task = dialog.create_invoices()
    assert task is not None
    task.control.cancel()
    _wait_for(qtbot, dialog)
    outcome = dialog.outcome
    assert outcome is not None and outcome.stopped and len(outcome.made) < 12


def test_the_editor_makes_a_contract_with_the_invoice_lines_editor(qtbot, db, no_dialogs):
    customer = create_customer(db, CustomerDetails(name="Ny kund AB"))
    editor = ContractEditor(db, customer.id)
    qtbot.addWidget(editor)
    editor.findChild(QComboBox, "field_interval").setCurrentIndex(2)  # every 3 months
    editor.findChild(QDateEdit, "field_start_date").setDate(QDate(2027, 3, 31))
    editor.findChild(QLineEdit, "field_our_reference").setText("Kim")
    editor.lines.add_line(LINE)
    saved = editor.save()
    assert saved is not None and saved.number == 3
    stored = get_contract(db, saved.id)
    assert (stored.interval_months, stored.start_date, stored.our_reference) == (
        3,
        dt.date(2027, 3, 31),
        "Kim",
    )
    assert stored.lines[0].description == "Fönsterputs"


def test_an_editor_without_lines_says_why_and_saves_nothing(qtbot, db, no_dialogs):
    _answers, asked = no_dialogs
    customer = create_customer(db, CustomerDetails(name="Tom AB"))
    editor = ContractEditor(db, customer.id)
    qtbot.addWidget(editor)
    assert editor.save() is None
    assert asked and "at least one line" in asked[-1][1]
    assert len(list_contracts(db)) == 2


def test_the_list_searches_and_adjusts_prices(qtbot, db, no_dialogs):
    dialog = ContractsDialog(db)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableView, "contract_table")
    assert table.model().rowCount() == 2
    dialog.findChild(QLineEdit, "contract_search").setText("putsad")
    assert table.model().rowCount() == 1
    table.selectRow(0)
    adjust = dialog.adjust_prices()
    assert adjust.objectName() == "contract_adjust_dialog"
    adjust.field_percent.setText("200")
    adjust.adjust()
    assert adjust.result() != QDialog.DialogCode.Accepted  # refused: above 100 %
    adjust.field_percent.setText("10")
    adjust.adjust()
    assert adjust.adjusted == 1
    adjusted = get_contract(db, table.contracts.rows[0].id)
    assert adjusted.adjustments[0].percent == D(10)


def test_the_card_lists_the_customer_contracts(qtbot, db):
    putsad = list_contracts(db)[0]
    card = CustomerCard(db, putsad.customer_id)
    qtbot.addWidget(card)
    card.show()
    tab = card.findChild(ContractsTab, "tab_contracts")
    card.tabs.setCurrentWidget(tab)
    assert tab.table.model().rowCount() == 1
    assert tab.table.model().index(0, 1).data(Qt.ItemDataRole.DisplayRole).endswith("Putsad AB")


def test_the_main_window_offers_the_contract_actions(qtbot, window):
    window.tabs.setCurrentWidget(window.customers)  # the window opens on the overview
    qtbot.waitUntil(lambda: window.customers.model.rowCount() > 0)
    window.customers.table.selectRow(0)
    new_contract = window.findChild(QAction, "action_new_contract")
    assert new_contract.isEnabled()
    new_contract.trigger()
    editor = window.findChild(ContractEditor, "contract_editor")
    assert editor is not None and editor.isVisible()
    assert editor.customer_label.text().endswith(window.customers.selected_rows()[0].name)
    editor.close()
    window.findChild(QAction, "action_contracts").trigger()
    assert window.findChild(ContractsDialog, "contracts_dialog").isVisible()
    window.findChild(QAction, "action_contract_run").trigger()
    run = window.findChild(ContractRunDialog, "contract_run_dialog")
    assert run.isVisible()
    _wait_for(qtbot, run)
