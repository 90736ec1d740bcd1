"""The window opener on its own: a bare parent, and what it opens says so through signals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from kundbok.domain.customer import CustomerDetails
from kundbok.services.customers import create_customer, delete_customer
from kundbok.ui.window_opener import WindowOpener


@pytest.fixture
def opener(qtbot, db, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    made = WindowOpener(parent, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    made.open(db)
    yield made
    for card in list(made.cards.values()):
        card.form.dirty = False
        card.close()


def test_nothing_opens_before_the_register(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    opener = WindowOpener(parent, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    with pytest.raises(RuntimeError):
        opener.open_articles()


def test_a_card_is_brought_forward_not_doubled(opener, db):
    customer = create_customer(db, CustomerDetails(name="Anna"))
    card = opener.open_card(customer.id)
    assert card is not None
    assert opener.open_card(customer.id) is card
    assert opener.cards == {customer.id: card}


def test_a_card_saved_says_which_customer(qtbot, opener):
    card = opener.open_card(None)
    card.findChild(QWidget, "field_name").setText("Nya Kunden AB")
    with (
        qtbot.waitSignal(opener.customer_saved) as saved,
        qtbot.waitSignal(opener.customers_changed),
    ):
        card.save()
    assert opener.cards == {saved.args[0]: card}


def test_a_customer_gone_meanwhile_asks_for_the_list_anew(qtbot, opener, db, no_dialogs):
    customer = create_customer(db, CustomerDetails(name="Borta"))
    delete_customer(db, customer.id)
    with qtbot.waitSignal(opener.customers_changed):
        assert opener.open_card(customer.id) is None


def test_changed_groups_are_passed_on(qtbot, opener):
    dialog = opener.open_customer_groups()
    with qtbot.waitSignal(opener.groups_changed):
        dialog.groups_changed.emit()
    dialog.close()
