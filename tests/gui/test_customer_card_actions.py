"""The card's own actions: delete a customer without invoices, give a customer a new number,
and the VAT rates it offers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)
from tests.helpers.shortcuts import count_customers, new_draft

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.errors import NotFoundError
from kundbok.domain.invoicing import vat_rates_on
from kundbok.services.customers import create_customer, find_customer_id, get_customer
from kundbok.services.invoices import save_draft
from kundbok.services.search import CustomerQuery


def _card_of(window, customer_id):
    return window.opener.open_card(customer_id)


@pytest.fixture
def customer(window):
    return create_customer(window.db, CustomerDetails(name="Borttagbar AB"))


@pytest.fixture
def new_number(monkeypatch):
    """The number the user types into the question for a new customer number."""
    typed: dict[str, object] = {}

    def ask(parent, title, label, value, minimum, maximum, *args, **kwargs):
        typed["asked"] = (label, value)
        return typed.get("number", value), typed.get("ok", True)

    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(ask))
    return typed


def test_delete_a_customer_without_invoices(qtbot, window, no_dialogs, customer):
    answers, asked = no_dialogs
    window.customers_changed()
    before = count_customers(window.db, CustomerQuery())
    card = _card_of(window, customer.id)
    delete = card.findChild(QPushButton, "button_delete_customer")
    assert delete.isEnabled()
    answers["question"] = QMessageBox.StandardButton.No
    delete.click()
    assert get_customer(window.db, customer.id).name == "Borttagbar AB"  # asked, not deleted
    assert asked[-1][0] == "question" and "Borttagbar AB" in asked[-1][1]
    answers["question"] = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(card.deleted) as deleted:
        delete.click()
    assert deleted.args == [customer.id]
    with pytest.raises(NotFoundError):
        get_customer(window.db, customer.id)
    assert window.customers.model.rowCount() == before - 1  # the list no longer shows it
    assert customer.id not in window.opener.cards


def test_a_customer_with_invoices_cannot_be_deleted(window, no_dialogs, customer):
    save_draft(window.db, new_draft(window.db, customer.id))
    card = _card_of(window, customer.id)
    delete = card.findChild(QPushButton, "button_delete_customer")
    assert not delete.isEnabled()
    assert "passive" in delete.toolTip()
    assert get_customer(window.db, customer.id)


def test_a_new_customer_has_nothing_to_delete_or_renumber(window):
    card = window.opener.open_card(None)
    assert not card.findChild(QPushButton, "button_delete_customer").isEnabled()
    assert not card.findChild(QPushButton, "button_renumber_customer").isEnabled()


def test_renumber_a_customer(qtbot, window, no_dialogs, new_number, customer):
    card = _card_of(window, customer.id)
    new_number["number"] = 9000
    with qtbot.waitSignal(card.saved):
        card.findChild(QPushButton, "button_renumber_customer").click()
    assert new_number["asked"][1] == customer.number  # the current number is offered
    assert get_customer(window.db, customer.id).number == 9000
    assert card.findChild(QLabel, "field_number").text() == "9000"
    assert card.windowTitle().startswith("Customer 9000")
    assert window.customers.selected_ids() == [customer.id]  # the list shows it at its new place


def test_a_taken_number_is_refused_with_the_reason(window, no_dialogs, new_number, customer):
    _answers, asked = no_dialogs
    taken = get_customer(window.db, find_customer_id(window.db, 1)).number
    card = _card_of(window, customer.id)
    new_number["number"] = taken
    assert not card.renumber()
    assert asked == [("warning", f"Customer number {taken} is already taken.")]
    assert get_customer(window.db, customer.id).number == customer.number
    assert card.findChild(QLabel, "field_number").text() == str(customer.number)


def test_renumbering_keeps_unsaved_edits(qtbot, window, no_dialogs, new_number, customer):
    card = _card_of(window, customer.id)
    card.findChild(QLineEdit, "field_reference").setText("Ny")
    new_number["number"] = 9001
    assert card.renumber()
    assert card.has_unsaved_changes
    with qtbot.waitSignal(card.saved):
        assert card.save()
    saved = get_customer(window.db, customer.id)
    assert (saved.number, saved.reference) == (9001, "Ny")


def test_vat_rates_come_from_the_dated_table(window):
    card = window.opener.open_card(None)
    rates = card.findChild(QComboBox, "field_vat_rate")
    offered = [rates.itemData(index) for index in range(1, rates.count())]
    assert [Decimal(rate) for rate in offered] == vat_rates_on(dt.date.today())


def test_a_rate_no_longer_in_force_stays_as_the_customer_has_it(window):
    # A rate outside today's table, as a register from before a change of the law holds.
    customer = create_customer(
        window.db, CustomerDetails(name="Gammal moms AB", vat_rate=Decimal(10))
    )
    card = window.opener.open_card(customer.id)
    rates = card.findChild(QComboBox, "field_vat_rate")
    assert rates.currentText() == "10 %"
    assert card.details().vat_rate == Decimal(10)
    assert not card.has_unsaved_changes
