"""Wiring: open the database, build the main window, run the event loop."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from kundbok.db.migrate import upgrade_database
from kundbok.db.session import Database


def create_main_window(database: str) -> QMainWindow:
    """The fully wired main window for a database path or URL, migrated first."""
    db = Database.open(database)
    upgrade_database(db.engine)
    window = QMainWindow()
    window.setObjectName("main_window")
    window.setCentralWidget(QLabel("Kundbok"))
    return window


def run(database: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    window = create_main_window(database)
    window.show()
    return app.exec()
