"""Arkiv → Importera kunder från fil: mapping (remembered), a preview of every row, choices per
duplicate, Import all or nothing; and Exportera valda kunder to CSV or Excel."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from helpers.register_files import existing_customers, visma_file
from kundbok.db.migrate import open_database
from kundbok.services.demo_data import create_demo_customers
from kundbok.services.search import customer_counts
from kundbok.services.tables import Choice
from kundbok.ui.table_import_dialog import TableImportDialog
from kundbok.ui.table_import_preview import PreviewColumn
from kundbok.ui.task_progress import TaskProgress


@pytest.fixture
def database_path(tmp_path):
    """Åkerlunds Bageri and Öbergs El, which rows of the Visma file match, and 20 others."""
    path = tmp_path / "gui.sqlite3"
    db = open_database(path)
    existing_customers(db)
    create_demo_customers(db, 20)
    db.dispose()
    return path


@pytest.fixture
def choose_file(monkeypatch):
    chosen: dict[str, str] = {}

    def fake(*_args, **_kwargs):
        return chosen.get("path", ""), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return chosen


def _open_import(window, choose_file, path, wait_for_tasks):
    """The import dialog of `path`, opened from the menu once the file has been read."""
    choose_file["path"] = str(path)
    window.main_actions.action("action_import_customers").trigger()
    wait_for_tasks()
    shown = [dialog for dialog in window.findChildren(TableImportDialog) if dialog.isVisible()]
    return shown[0] if shown else None


def _statuses(model):
    return [model.data(model.index(row, PreviewColumn.STATUS)) for row in range(model.rowCount())]


def test_mapping_then_preview_then_import(
    window, choose_file, no_dialogs, tmp_path, qtbot, wait_for_tasks
):
    _answers, asked = no_dialogs
    before = window.customers.model.rowCount()
    dialog = _open_import(window, choose_file, visma_file(tmp_path), wait_for_tasks)
    header = dialog._table.header
    combos = {title: combo for title, combo in zip(header, dialog.field_combos, strict=True)}
    assert combos["Namn"].currentData() == "name"
    assert combos["Organisationsnummer/Personnummer"].currentData() == "org_or_personal_number"
    assert combos["c/o"].currentData() == "billing.name"
    # The user leaves out the notes.
    combos["Anteckning"].setCurrentIndex(combos["Anteckning"].findData(None))

    qtbot.mouseClick(dialog.button_preview, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    model = dialog.preview_table.model()
    assert _statuses(model) == ["New", "New", "Update", "Error", "Error", "Duplicate", "Duplicate"]
    detail = [model.data(model.index(r, PreviewColumn.DETAIL)) for r in range(model.rowCount())]
    assert detail[2].startswith("customer 2 Öbergs El HB (same ")
    assert "kalle@@x" in detail[3] and "Atlantis" in detail[4]
    # A row with errors shows what the file has.
    assert model.data(model.index(3, PreviewColumn.NAME)) == "Trasig Mejl AB"
    assert model.data(model.index(3, PreviewColumn.IDENTITY)) == "556677-8899"
    assert detail[5] == "row 2 (same org./personal no.)"
    assert detail[6] == "customer 1 Åkerlunds Bageri AB (same org./personal no.)"
    assert "7 rows: new 2, update 1, duplicates 2, with errors 2." in dialog.import_summary.text()
    # Rows with errors: nothing is imported until the user says to leave them out.
    assert not dialog.button_import.isEnabled()
    dialog.field_skip_errors.setChecked(True)
    assert dialog.button_import.isEnabled()
    # The duplicate of row 2 is added after all; the update is skipped.
    assert model.setData(model.index(5, PreviewColumn.ACTION), Choice.NEW)
    assert model.setData(model.index(2, PreviewColumn.ACTION), Choice.SKIP)
    assert not model.setData(model.index(0, PreviewColumn.ACTION), Choice.SKIP)  # new: no choice

    qtbot.mouseClick(dialog.button_import, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    summary = dialog.summary
    assert summary.created == 3 and summary.updated == 0
    assert asked[-1] == (
        "information",
        "3 customers added, 0 updated, 0 already up to date, 2 skipped, 2 rows with errors "
        "left out.",
    )
    assert window.customers.model.rowCount() == before + 3


def test_the_mapping_is_remembered_for_the_same_headers(
    window, choose_file, no_dialogs, tmp_path, wait_for_tasks
):
    path = visma_file(tmp_path)
    dialog = _open_import(window, choose_file, path, wait_for_tasks)
    notes = dialog._table.header.index("Anteckning")
    dialog.field_combos[notes].setCurrentIndex(dialog.field_combos[notes].findData("alert_text"))
    dialog.show_preview()
    wait_for_tasks()
    dialog.reject()
    again = _open_import(window, choose_file, path, wait_for_tasks)
    assert again.field_combos[notes].currentData() == "alert_text"
    assert again is not dialog


def test_one_choice_for_every_duplicate(window, choose_file, no_dialogs, tmp_path, wait_for_tasks):
    dialog = _open_import(window, choose_file, visma_file(tmp_path), wait_for_tasks)
    dialog.show_preview()
    wait_for_tasks()
    model = dialog.model
    dialog.field_on_duplicate.setCurrentIndex(dialog.field_on_duplicate.findData(Choice.NEW))
    assert model.choices() == {4: Choice.UPDATE, 7: Choice.NEW, 8: Choice.NEW}
    assert model.data(model.index(5, PreviewColumn.ACTION)) == "Add as new"


def test_a_file_without_a_name_column_is_refused_before_importing(
    window, choose_file, no_dialogs, tmp_path, wait_for_tasks
):
    _answers, asked = no_dialogs
    path = tmp_path / "kunder.csv"
    path.write_text("Ort;Telefon\nLund;046-12345\n", encoding="utf-8")
    dialog = _open_import(window, choose_file, path, wait_for_tasks)
    dialog.show_preview()
    wait_for_tasks()
    assert dialog.pages.currentIndex() == 0
    assert asked[-1][0] == "warning" and "name" in asked[-1][1]


def test_a_file_that_is_no_table_opens_no_dialog(
    window, choose_file, no_dialogs, tmp_path, wait_for_tasks
):
    _answers, asked = no_dialogs
    path = tmp_path / "bild.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert _open_import(window, choose_file, path, wait_for_tasks) is None
    assert asked == [("warning", "bild.csv is not a text table in a known encoding (UTF-8, "
                      "UTF-16 or Windows-1252).")]  # fmt: skip


def test_export_selected_customers_to_excel(window, choose_file, tmp_path, wait_for_tasks):
    window.customers.table.selectRow(0)
    window.customers.table.selectRow(1)
    window.customers.table.selectAll()
    rows = window.customers.selected_rows()
    table = window.customers.table
    table.customContextMenuRequested.emit(
        table.visualRect(window.customers.model.index(0, 0)).center()
    )
    menu = window.main_actions.context_menu
    assert window.main_actions.action("action_export_customers") in menu.actions()
    menu.close()
    choose_file["path"] = str(tmp_path / "kunder")
    window.main_actions.action("action_export_customers").trigger()
    dialog = window.opener.table_export
    dialog.format_buttons.button(2).setChecked(True)
    dialog.visible_columns.setChecked(True)
    dialog.accept()
    wait_for_tasks()
    sheet = load_workbook(tmp_path / "kunder.xlsx").active
    header = [cell.value for cell in sheet[1]]
    assert header[:3] == ["Kundnummer", "Namn", "Organisationsnummer"]
    assert "Leveransadress" not in header  # only what the list shows
    assert sheet.max_row == len(rows) + 1


def test_export_all_fields_as_windows_1252(window, choose_file, tmp_path, wait_for_tasks):
    window.customers.table.selectRow(0)
    choose_file["path"] = str(tmp_path / "kund.csv")
    window.main_actions.action("action_export_customers").trigger()
    dialog = window.opener.table_export
    dialog.format_buttons.button(1).setChecked(True)
    dialog.accept()
    wait_for_tasks()
    content = (tmp_path / "kund.csv").read_bytes()
    assert not content.startswith(b"\xef\xbb\xbf")
    header = content.decode("cp1252").splitlines()[0].split(";")
    assert "Leveransadress" in header and "Spärrad" in header


def test_avbryt_during_the_import_leaves_the_register_as_it_was(
    window, choose_file, no_dialogs, tmp_path, qtbot, wait_for_tasks
):
    _answers, asked = no_dialogs
    path = tmp_path / "många.csv"
    rows = "".join(f"Kund {n} AB;Lund;kund{n}@example.se\n" for n in range(5000))
    path.write_text("Namn;Ort;E-post\n" + rows, encoding="utf-8")
    before = customer_counts(window.db)
    dialog = _open_import(window, choose_file, path, wait_for_tasks)
    dialog.show_preview()
    wait_for_tasks()
    qtbot.mouseClick(dialog.button_import, Qt.MouseButton.LeftButton)

    def progress():
        shown = [d for d in dialog.findChildren(TaskProgress) if d.isVisible()]
        return shown[0] if shown else None

    qtbot.waitUntil(lambda: progress() is not None, timeout=10_000)
    qtbot.mouseClick(progress().button_cancel, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    assert customer_counts(window.db) == before  # rolled back whole
    assert dialog.isVisible() and dialog.summary is None  # still on the preview, to try again
    assert asked == []
