"""The company's details where invoicing needs them: a refused issue offers Settings on the
company page, and the first start on an empty register offers to fill them in."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from kundbok import APP_NAME
from kundbok.db.session import Database
from kundbok.domain.errors import KundbokError
from kundbok.domain.seller import IncompleteSellerError
from kundbok.i18n import error_text
from kundbok.services.seller import is_new_register
from kundbok.ui.errors import attempt

T = TypeVar("T")
# Set once the first-start offer was made (taken or skipped): it is not made again.
SETUP_OFFERED_KEY = "company/setup_offered"


def open_company_settings(
    parent: QWidget | None, db: Database, settings: QSettings | None = None
) -> bool:
    """Open the settings dialog on the company page; True when it was saved."""
    from kundbok.ui.settings_dialog import SettingsDialog  # late: the editor opens quicker

    dialog = SettingsDialog(db, settings or QSettings(APP_NAME, APP_NAME), parent)
    dialog.show_company_page()
    return bool(dialog.exec())


def ask_for_company(parent: QWidget | None, db: Database, error: IncompleteSellerError) -> bool:
    """Say what the company settings lack and offer to open them; True when they were opened
    and saved."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("CompanyPrompt", "Not issued"),
        error_text(error),
        parent=parent,
    )
    box.setObjectName("incomplete_seller_box")
    open_settings = box.addButton(
        QCoreApplication.translate("CompanyPrompt", "Open settings…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    open_settings.setObjectName("button_open_settings")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(open_settings)
    box.exec()
    return box.clickedButton() is open_settings and open_company_settings(parent, db)


def attempt_issue(parent: QWidget | None, db: Database, call: Callable[[], T]) -> T | None:
    """Run an issuing call as `attempt` does; a refusal for want of seller details offers the
    settings, and the call is tried once more when they were saved; any other refusal (an
    exchange rate missing, a blocked customer) is shown as a warning."""
    title = QCoreApplication.translate("CompanyPrompt", "Not issued")
    try:
        return call()
    except IncompleteSellerError as error:
        if not ask_for_company(parent, db, error):
            return None
    except KundbokError as error:
        QMessageBox.warning(parent, title, error_text(error))
        return None
    return attempt(parent, title, call)


def should_offer_setup(db: Database, settings: QSettings) -> bool:
    """True on the first start on an empty register whose company has no details yet."""
    if settings.value(SETUP_OFFERED_KEY, False, type=bool):
        return False
    return is_new_register(db)


def offer_company_setup(parent: QWidget, db: Database, settings: QSettings) -> bool:
    """On a first start, offer to fill in the company (skippable: Arkiv → Företagsuppgifter…
    opens the same page later); True when the details were saved."""
    if not should_offer_setup(db, settings):
        return False
    settings.setValue(SETUP_OFFERED_KEY, True)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("CompanyPrompt", "Welcome to Kundbok"),
        QCoreApplication.translate(
            "CompanyPrompt",
            "Before the first invoice, Kundbok needs your company's name, address, "
            "organisation number, VAT number and bankgiro, plusgiro or IBAN: every invoice "
            "must show them. Fill them in now? You can also do it later under "
            "File → Company details…",
        ),
        parent=parent,
    )
    box.setObjectName("company_setup_box")
    now = box.addButton(
        QCoreApplication.translate("CompanyPrompt", "Fill in now…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    now.setObjectName("button_fill_in_now")
    box.addButton(
        QCoreApplication.translate("CompanyPrompt", "Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(now)
    box.exec()
    return box.clickedButton() is now and open_company_settings(parent, db, settings)
