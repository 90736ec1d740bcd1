"""The *Hjälp* menu's windows: about Kundbok (version, licence, the register in use and its
size), the list of keyboard shortcuts read from the window's actions, and the folders of the
data and the log opened in the file manager."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kundbok import __version__
from kundbok.db.session import Database
from kundbok.services.maintenance import register_in_use
from kundbok.ui.accessibility import name_controls
from kundbok.ui.editor_keys import shortcut_rows
from kundbok.ui.screen_fit import resize_to_fit

LICENCE = "GPL-3.0-or-later"


def show_about(parent: QWidget, db: Database | None) -> QMessageBox:
    """*Om Kundbok*: the version, the licence and the register in use with its size."""
    lines = [
        QCoreApplication.translate("HelpMenu", "Kundbok {version}").format(version=__version__),
        QCoreApplication.translate(
            "HelpMenu", "Customer register and invoicing for Swedish small businesses."
        ),
        QCoreApplication.translate("HelpMenu", "Licence: {licence}").format(licence=LICENCE),
    ]
    if db is not None:
        where, size = register_in_use(db)
        lines.append(
            QCoreApplication.translate("HelpMenu", "Register: {where}").format(where=where)
        )
        if size is not None:
            lines.append(
                QCoreApplication.translate("HelpMenu", "Size: {size}").format(
                    size=QLocale().formattedDataSize(size)
                )
            )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("HelpMenu", "About Kundbok"),
        "\n".join(lines),
    )
    box.setParent(parent, box.windowFlags())
    box.setObjectName("about_box")
    box.open()
    return box


class ShortcutsDialog(QDialog):
    """*Kortkommandon*: every action of the window that has a shortcut, as the menus say it,
    then the keys of the editors."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = sorted(
            (
                action.text().replace("&", ""),
                action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            )
            for action in actions
            if not action.shortcut().isEmpty()
        )
        rows += shortcut_rows()  # the editors' own keys after the menus'
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcuts_table")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        resize_to_fit(self, 480, 400)
        name_controls(self)


def open_folder(folder: Path) -> bool:
    """Show `folder` in the system's file manager; whether it could be asked to."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
