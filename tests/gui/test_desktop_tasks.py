"""Nothing needs the terminal: each command a desktop user needs has a menu action, and the
SIE export, the backups and the Help menu work from the window."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QTableWidget

from kundbok import __version__
from kundbok.cli.parser import build_parser
from kundbok.ui.backups import LAST_GOOD_KEY

# The command a desktop user needs, and the action of the window that does its work.
DESKTOP_ACTIONS = {
    "export-sie": "action_export_sie",
    "backup": "action_backup",
    "import-payments": "action_import_payments",
    "reminders": "action_overdue_invoices",
    "interest-invoice": "action_overdue_invoices",
    "rot-rut-claim": "action_rot_rut_claim",
    "rot-rut-unclaimed": "action_rot_rut_claim",
    "export-peppol": "action_export_einvoices",
    "send-invoices": "action_send_unsent",
    "import-customers": "action_import_customers",
    "export-customers": "action_export_customers",
    "import-vcard": "action_import_vcard",
    "export-vcard": "action_export_vcard",
    "report": "action_receivables",
    "settings": "action_settings",
    "invoice": "action_new_invoice",
    "quote": "action_new_quote",
    "contract": "action_contracts",
    "entry": "action_time_entry",
    "import-entries": "action_import_entries",
    "price": "action_price_lists",
    "statement": "action_send_statements",
    "import-articles": "action_import_articles",
    "export-articles": "action_export_articles",
}
# Commands for scripts and tests, whose work the window does in its cards, editors and lists
# (paying, refunding, printing, deleting a draft from the invoice, renumbering on the card).
SCRIPT_COMMANDS = {
    "demo-data",
    "invoice-pdf",
    "print-invoice",
    "delete-customer",
    "renumber-customer",
    "delete-draft",
    "pay",
    "refund",
    "rot-rut-decision",
}


def _commands() -> set[str]:
    parser = build_parser()
    (commands,) = [action for action in parser._actions if action.dest == "command"]
    return set(commands.choices)


def test_every_command_a_desktop_user_needs_has_a_menu_action(window):
    commands = _commands()
    assert not commands - DESKTOP_ACTIONS.keys() - SCRIPT_COMMANDS, "a command without an action"
    in_menus = {
        action.objectName()
        for menu in window.menuBar().findChildren(QMenu)
        for action in menu.actions()
    }
    for command, name in DESKTOP_ACTIONS.items():
        if command in commands:
            assert name in in_menus, f"{command}: no menu action {name}"


def test_a_backup_by_hand_is_a_verified_copy_and_quiets_the_warning(
    qtbot, window, no_dialogs, tmp_path
):
    warning = window.findChild(QLabel, "backup_warning")
    assert "No backup for 7 days" in warning.text()  # none made yet
    folder = tmp_path / "copies"
    folder.mkdir()
    window.opener.backups.back_up_into(window.db, folder)
    qtbot.waitUntil(lambda: not warning.text(), timeout=10_000)
    (copy,) = folder.glob("*.sqlite3")
    with sqlite3.connect(copy) as connection:
        assert connection.execute("select count(*) from customer").fetchone()[0] == 42


def test_a_backup_over_the_register_itself_is_refused(qtbot, window, no_dialogs, tmp_path):
    _answers, asked = no_dialogs
    window.opener.backups.back_up_into(window.db, tmp_path)  # where gui.sqlite3 is
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert asked[0][0] == "warning"
    assert window.opener.backups.last_good() is None


def test_closing_makes_the_daily_backup_once(qtbot, window, no_dialogs, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    window.opener.backups.set_folder(folder)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    (copy,) = folder.glob("*.sqlite3")
    assert dt.date.today().isoformat() in copy.name
    assert window._settings.value(LAST_GOOD_KEY)
    assert not window.opener.backups.daily_due(window.db)


def test_a_failed_daily_backup_is_told_and_the_window_still_closes(
    qtbot, window, no_dialogs, tmp_path
):
    _answers, asked = no_dialogs
    window.opener.backups.set_folder(tmp_path / "unplugged")
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert asked and asked[0][0] == "warning" and "unplugged" in asked[0][1]


def test_the_settings_choose_the_folder_and_say_when_the_last_backup_was(
    qtbot, window, no_dialogs, tmp_path
):
    (tmp_path / "copies").mkdir()
    window.opener.backups.back_up_into(window.db, tmp_path / "copies")
    qtbot.waitUntil(lambda: window.opener.backups.last_good() is not None, timeout=10_000)
    dialog = window.opener.open_settings()
    assert (
        window.opener.backups.last_good_text()
        == dialog.findChild(QLabel, "backup_last_good").text()
    )
    dialog.findChild(QLineEdit, "field_backup_folder").setText(str(tmp_path / "usb"))
    dialog.save()
    assert window.opener.backups.folder() == tmp_path / "usb"
    window.opener.backups.set_folder(None)  # no daily backup when the test's window closes


def test_help_says_the_version_and_the_register_and_lists_the_shortcuts(window):
    window.findChild(QAction, "action_about").trigger()
    text = window.opener.about.text()
    assert __version__ in text and "GPL" in text and "gui.sqlite3" in text
    window.findChild(QAction, "action_shortcuts").trigger()
    table = window.opener.shortcuts.findChild(QTableWidget, "shortcuts_table")
    shown = {
        table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())
    }
    assert (
        shown["New customer"]
        == window.findChild(QAction, "action_new_customer").shortcut().toString()
    )
    assert "New invoice" in shown
