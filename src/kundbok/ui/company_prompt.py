"""Issuing refused for want of seller details: the message, and a way straight to Settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kundbok import APP_NAME
from kundbok.db.session import Database
from kundbok.domain.seller import IncompleteSellerError
from kundbok.i18n import error_text
from kundbok.ui.errors import attempt

T = TypeVar("T")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompanyPrompt", text)


def open_company_settings(parent: QWidget | None, db: Database) -> bool:
    """Open the settings dialog (its first page is the company); True when it was saved."""
    from PySide6.QtCore import QSettings

    from kundbok.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(db, QSettings(APP_NAME, APP_NAME), parent)
    return bool(dialog.exec())


def ask_for_company(parent: QWidget | None, db: Database, error: IncompleteSellerError) -> bool:
    """Say what the company settings lack and offer to open them; True when they were opened
    and saved."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Not issued"), error_text(error), parent=parent)
    settings = box.addButton(_tr("Open settings…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(settings)
    box.exec()
    return box.clickedButton() is settings and open_company_settings(parent, db)


def attempt_issue(parent: QWidget | None, db: Database, call: Callable[[], T]) -> T | None:
    """Run an issuing call as `attempt` does; a refusal for want of seller details offers the
    settings, and the call is tried once more when they were saved."""
    try:
        return call()
    except IncompleteSellerError as error:
        if not ask_for_company(parent, db, error):
            return None
    return attempt(parent, _tr("Not issued"), call)
