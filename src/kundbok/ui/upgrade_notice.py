"""A notice on screen while a database of an older version is brought up to date at start.

Start-up (app.py) shows it over the main window when the file's schema is older than this
version's: the upgrade, a backup copy first and then the new schema, takes seconds for a register
of many thousand customers, while the window cannot be used.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QSplashScreen

from kundbok.ui.icons import icon

NOTICE_SIZE = (480, 200)


def _face() -> QPixmap:
    """The app's icon on a plain card, with room below it for the message."""
    face = QPixmap(*NOTICE_SIZE)
    face.fill(QApplication.palette().color(QPalette.ColorRole.Window))
    painter = QPainter(face)
    painter.drawPixmap((NOTICE_SIZE[0] - 96) // 2, 32, icon("kundbok").pixmap(96, 96))
    painter.end()
    return face


def show_upgrade_notice() -> QSplashScreen:
    """Show the notice (painted before this returns); the caller closes it after the upgrade."""
    notice = QSplashScreen(_face())
    notice.setObjectName("upgrade_notice")
    notice.showMessage(
        QCoreApplication.translate(
            "upgrade_notice", "Updating the database to this version. A backup copy is made first."
        ),
        Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
        QApplication.palette().color(QPalette.ColorRole.WindowText),
    )
    notice.show()
    QApplication.processEvents()
    return notice
