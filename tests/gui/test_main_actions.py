"""The main window's actions on their own: a bare window, fake commands, nothing opened."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from kundbok.services.listing import CustomerRow
from kundbok.ui.customer_browser import CustomerBrowser
from kundbok.ui.main_actions import MainActions, Needs, Offer
from kundbok.ui.window_opener import WindowOpener


def _row(customer_id: int, active: bool = True) -> CustomerRow:
    return CustomerRow(customer_id, customer_id, f"Kund {customer_id}", "company", None, None,
                       "", None, "", "", active)  # fmt: skip


class FakeCommands:
    def __init__(self) -> None:
        self.called: list[str] = []

    def edit_customer(self) -> None:
        self.called.append("edit")

    def create_invoice(self) -> None:
        self.called.append("invoice")

    def deactivate_selected(self) -> None:
        self.called.append("deactivate")

    def reactivate_selected(self) -> None:
        self.called.append("reactivate")

    def export_selected_einvoices(self) -> None:
        self.called.append("einvoices")

    def close(self) -> bool:
        self.called.append("close")
        return True


@pytest.fixture
def actions(qtbot, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    commands = FakeCommands()
    opener = WindowOpener(window, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    made = MainActions(window, commands, opener, CustomerBrowser(window))
    return made, commands, window


@pytest.mark.parametrize(
    ("needs", "offer", "allowed"),
    [
        (Needs.NOTHING, Offer(False), True),
        (Needs.REGISTER, Offer(False), False),
        (Needs.REGISTER, Offer(True), True),
        (Needs.SELECTION, Offer(True), False),
        (Needs.SELECTION, Offer(True, [_row(1)]), True),
        (Needs.ONE_CUSTOMER, Offer(True, [_row(1), _row(2)]), False),
        (Needs.ONE_ACTIVE_CUSTOMER, Offer(True, [_row(1, active=False)]), False),
        (Needs.ONE_ACTIVE_CUSTOMER, Offer(True, [_row(1)]), True),
        (Needs.ACTIVE_SELECTED, Offer(True, [_row(1, active=False), _row(2)]), True),
        (Needs.PASSIVE_SELECTED, Offer(True, [_row(1), _row(2)]), False),
    ],
)
def test_an_offer_allows_what_it_can_act_on(needs, offer, allowed):
    assert offer.allows(needs) is allowed


def test_before_the_register_opens_only_quit_and_help_are_offered(actions):
    made, _commands, window = actions
    made.update(Offer(False))
    ours = [a for a in window.findChildren(QAction) if a.objectName().startswith("action_")]
    assert len(ours) == 38
    assert {a.objectName() for a in ours if a.isEnabled()} == {
        "action_quit",
        "action_about",
        "action_shortcuts",
        "action_open_data_folder",
        "action_open_log_folder",
    }


def test_the_actions_ask_the_window_through_its_commands(actions):
    made, commands, _window = actions
    made.update(Offer(True, [_row(1)]))
    for name in ("action_edit_customer", "action_create_invoice", "action_deactivate_customers"):
        made.action(name).trigger()
    made.update(Offer(True, [_row(2, active=False)]))
    made.action("action_reactivate_customers").trigger()
    made.action("action_quit").trigger()
    assert commands.called == ["edit", "invoice", "deactivate", "reactivate", "close"]


def test_the_context_menu_shows_activate_only_for_passive_customers(actions):
    made, _commands, _window = actions
    menu = made.show_context_menu(Offer(True, [_row(1, active=False)]), QPoint(0, 0))
    names = [a.objectName() for a in menu.actions()]
    menu.close()
    assert "action_reactivate_customers" in names
    assert "action_deactivate_customers" not in names
    assert made.action("action_edit_customer").isEnabled()  # one customer selected
