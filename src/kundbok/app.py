"""Wiring: the application, its language, the database and the main window. No logic here."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from kundbok import APP_NAME, __version__
from kundbok.db.lazy import LazyDatabase
from kundbok.domain.errors import KundbokError
from kundbok.i18n import LANGUAGE_KEY, error_text, load_translator, system_language
from kundbok.ui.errors import install_excepthook
from kundbok.ui.icons import icon
from kundbok.ui.main_window import MainWindow
from kundbok.ui.upgrade_notice import show_upgrade_notice


def user_settings() -> QSettings:
    """This user's settings of the program (window layout, language)."""
    return QSettings(APP_NAME, APP_NAME)


def chosen_language(settings: QSettings) -> str:
    chosen = str(settings.value(LANGUAGE_KEY, "system"))
    return chosen if chosen in ("sv", "en") else system_language()


def create_main_window(database: str) -> QMainWindow:
    """The fully wired main window for a database path or URL.

    An SQLite file at the newest schema shows its first page at once and the data layer loads
    once the window is on screen; any other database is opened and migrated first (KundbokError
    if it cannot be). Needs a QApplication; does not create one and does not block.
    """
    lazy = LazyDatabase(database)
    window = MainWindow(lazy, user_settings())
    window.destroyed.connect(lazy.close)
    return window


def run(database: str) -> int:
    """Start the app on `database` and run until the main window closes."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setWindowIcon(icon("kundbok"))
    app.setDesktopFileName("se.kundbok.Kundbok")
    translator = load_translator(chosen_language(user_settings()))
    if translator is not None:
        app.installTranslator(translator)
    install_excepthook()
    notice = show_upgrade_notice(database)
    try:
        window = create_main_window(database)
    except KundbokError as error:
        QMessageBox.critical(None, APP_NAME, error_text(error))
        return 2
    finally:
        if notice is not None:
            notice.close()
    window.show()
    return app.exec()
