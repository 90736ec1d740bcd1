"""A notice on screen while a database of an older version is brought up to date at start.

The upgrade runs before the main window exists: a backup copy first, then the new schema, which
takes seconds for a register of many thousand customers. Without a notice nothing would show.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QSplashScreen

from kundbok.db.lazy import LazyDatabase
from kundbok.db.revision import HEAD_REVISION
from kundbok.services.start_page import schema_revision
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


def show_upgrade_notice(database: str) -> QSplashScreen | None:
    """Show the notice if opening `database` will upgrade it; the caller closes it after."""
    path = LazyDatabase(database).unopened_file()
    revision = schema_revision(path) if path is not None else None
    if revision is None or revision == HEAD_REVISION:  # current, new, or not ours to upgrade
        return None
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
