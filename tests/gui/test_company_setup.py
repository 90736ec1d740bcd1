"""The first start on an empty register offers the company's set-up, once; File → Company
details… opens the same page at any time."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from kundbok.app import create_main_window
from kundbok.db.migrate import open_database
from kundbok.ui import company_prompt
from kundbok.ui.settings_dialog import SettingsDialog


def _new_register(qtbot, tmp_path):
    path = tmp_path / "new.sqlite3"
    open_database(path).dispose()
    window = create_main_window(str(path))
    qtbot.addWidget(window)
    return window


def _answer(monkeypatch, role):
    asked: list[str] = []

    def exec_box(box: QMessageBox) -> int:
        asked.append(box.objectName())
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return asked


def test_the_set_up_is_offered_once_and_can_be_skipped(qtbot, tmp_path, monkeypatch):
    window = _new_register(qtbot, tmp_path)
    settings = QSettings()
    asked = _answer(monkeypatch, QMessageBox.ButtonRole.RejectRole)
    opened: list[object] = []
    monkeypatch.setattr(company_prompt, "open_company_settings", lambda *a: opened.append(a))

    assert not company_prompt.offer_company_setup(window, window.db, settings)
    assert asked == ["company_setup_box"] and not opened
    company_prompt.offer_company_setup(window, window.db, settings)
    assert asked == ["company_setup_box"]  # skipped once: not asked again


def test_fill_in_now_opens_the_company_page(qtbot, tmp_path, monkeypatch):
    window = _new_register(qtbot, tmp_path)
    _answer(monkeypatch, QMessageBox.ButtonRole.AcceptRole)
    pages: list[object] = []

    def exec_dialog(dialog: SettingsDialog) -> int:
        pages.append(dialog.tabs.currentWidget().objectName())
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", exec_dialog)
    assert company_prompt.offer_company_setup(window, window.db, QSettings())
    assert pages == ["company_page"]


def test_a_register_in_use_is_not_asked(qtbot, window, monkeypatch):
    asked = _answer(monkeypatch, QMessageBox.ButtonRole.RejectRole)
    assert not company_prompt.offer_company_setup(window, window.db, QSettings())
    assert asked == []


def test_company_details_in_the_file_menu_open_the_company_page(qtbot, window):
    window.findChild(QAction, "action_company_details").trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.tabs.currentWidget().objectName() == "company_page"
    dialog.reject()
