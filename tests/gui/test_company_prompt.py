"""Issuing with an incomplete seller: the editor says what is missing, offers the settings, and
issues once they are saved complete."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableView

from kundbok.services.demo_data import DEMO_COMPANY
from kundbok.services.settings import get_company, save_company
from kundbok.ui import company_prompt
from kundbok.ui.invoice_editor import InvoiceEditor
from kundbok.ui.invoice_editor.lines_model import Column


def _editor_with_a_line(window):
    window.customers.table.selectRow(0)
    window.findChild(QAction, "action_create_invoice").trigger()
    editor = window.findChild(InvoiceEditor, "invoice_editor")
    editor.findChild(QPushButton, "button_add_line").click()
    lines = editor.findChild(QTableView, "invoice_lines")
    model = lines.model()
    model.setData(model.index(0, Column.DESCRIPTION), "Byte av blandare")
    model.setData(model.index(0, Column.PRICE), "650")
    return editor


def test_issuing_names_what_is_missing_and_opens_the_settings(
    qtbot, window, no_dialogs, monkeypatch
):
    db = window.db
    save_company(db, replace(get_company(db), org_number=None, bankgiro=None))
    shown: list[str] = []

    def exec_box(box: QMessageBox) -> int:
        shown.append(box.text())
        settings = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole)
        settings.click()
        return 0

    def settings_saved(parent, database) -> bool:
        save_company(database, replace(get_company(database), **DEMO_COMPANY))
        return True

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(company_prompt, "open_company_settings", settings_saved)
    editor = _editor_with_a_line(window)
    editor.findChild(QPushButton, "button_issue").click()

    assert shown and "organisationsnummer" in shown[0] and "bankgiro" in shown[0]
    assert editor.invoice.number is not None  # issued once the settings were complete


def test_issuing_is_left_undone_when_the_settings_are_not_opened(
    qtbot, window, no_dialogs, monkeypatch
):
    db = window.db
    save_company(db, replace(get_company(db), name=""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    editor = _editor_with_a_line(window)
    editor.findChild(QPushButton, "button_issue").click()
    assert editor.invoice.number is None
