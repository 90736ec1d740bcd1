"""Arkiv → Exportera SIE-fil…: the period asked, the file written off the window's thread,
a stopped export writes nothing, the register is never written over."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QPushButton

from kundbok.app import create_main_window
from kundbok.db.migrate import open_database
from kundbok.services import sie_export
from kundbok.services.demo_data import (
    create_demo_company,
    create_demo_customers,
    create_demo_invoices,
)
from kundbok.ui.background import running_tasks
from kundbok.ui.sie_export_dialog import SieExportDialog, default_file_name

YEAR_END = dt.date(2026, 12, 31)


@pytest.fixture
def ledger_path(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    db = open_database(path)
    create_demo_company(db)
    create_demo_customers(db, 10)
    create_demo_invoices(db, 30, today=YEAR_END)
    db.dispose()
    return path


@pytest.fixture
def ledger_window(qtbot, ledger_path):
    main = create_main_window(str(ledger_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


@pytest.fixture
def save_as(monkeypatch):
    """The file dialog answers with `chosen["path"]` and keeps the name it suggested."""
    chosen: dict[str, str] = {}

    def answer(_parent, _caption, name, _filters):
        chosen["suggested"] = name
        return chosen["path"], ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return chosen


def _export_2026(window) -> SieExportDialog:
    window.main_actions.action("action_export_sie").trigger()
    [dialog] = [d for d in window.findChildren(SieExportDialog) if d.isVisible()]
    dialog.field_from.setDate(QDate(2026, 1, 1))
    dialog.field_to.setDate(QDate(2026, 12, 31))
    dialog.accept()
    return dialog


def test_the_file_menu_exports_the_period(
    ledger_window, save_as, tmp_path, no_dialogs, wait_for_tasks
):
    _answers, asked = no_dialogs
    save_as["path"] = str(tmp_path / "bok.se")
    _export_2026(ledger_window)
    wait_for_tasks()
    assert save_as["suggested"] == "kundbok 2026.se"
    expected = tmp_path / "direct.se"
    count = sie_export.export_sie(ledger_window.db, dt.date(2026, 1, 1), YEAR_END, expected)
    assert count > 30  # the invoices and their payments
    assert (tmp_path / "bok.se").read_bytes() == expected.read_bytes()
    assert asked == [("information", f"{count} vouchers written to bok.se.")]


def test_a_stopped_export_writes_nothing(
    ledger_window, save_as, tmp_path, no_dialogs, wait_for_tasks, monkeypatch
):
    _answers, asked = no_dialogs
    target = tmp_path / "bok.se"
    target.write_bytes(b"the export of last month")
    save_as["path"] = str(target)
    cancelled = threading.Event()
    made = sie_export.sie_vouchers

    def slow_vouchers(*args, **kwargs):
        cancelled.wait(10)  # the user presses Avbryt while the vouchers are made
        return made(*args, **kwargs)

    monkeypatch.setattr(sie_export, "sie_vouchers", slow_vouchers)
    wait_for_tasks()  # the overview's own reading, as the window opened
    _export_2026(ledger_window)
    assert running_tasks() == 1
    [button] = [
        b
        for b in ledger_window.findChildren(QPushButton, "button_cancel_task")
        if b.window().windowTitle() == "Export SIE file"
    ]
    button.click()
    cancelled.set()
    wait_for_tasks()
    assert target.read_bytes() == b"the export of last month"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".kundbok-")] == []
    assert asked == []


def test_the_register_itself_is_never_written_over(
    ledger_window, ledger_path, save_as, no_dialogs, wait_for_tasks
):
    _answers, asked = no_dialogs
    before = ledger_path.read_bytes()[:100]
    save_as["path"] = str(ledger_path)
    _export_2026(ledger_window)
    wait_for_tasks()
    assert asked and asked[0][0] == "warning" and "is a database" in asked[0][1]
    assert ledger_path.read_bytes()[:100] == before


def test_the_period_ends_no_earlier_than_it_starts(qtbot):
    dialog = SieExportDialog(dt.date(2026, 5, 17))
    qtbot.addWidget(dialog)
    assert dialog.period == (dt.date(2026, 1, 1), dt.date(2026, 5, 17))
    dialog.field_from.setDate(QDate(2026, 6, 1))
    assert dialog.period == (dt.date(2026, 6, 1), dt.date(2026, 6, 1))


def test_the_suggested_name_says_the_period():
    assert default_file_name(dt.date(2026, 1, 1), YEAR_END) == "kundbok 2026.se"
    assert (
        default_file_name(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
        == "kundbok 2026-01-01–2026-03-31.se"
    )
