"""The settings' *Säkerhetskopior* page: the folder of the daily backups and when the last
good backup was made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kundbok.ui.backups import Backups


class BackupSettingsPage(QWidget):
    """Where the daily copy goes (empty: no daily copy) and the last good one."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_settings_page")
        self._backups = Backups(settings, self)
        folder = self._backups.folder()
        self.field_backup_folder = QLineEdit(str(folder or ""), self)
        self.field_backup_folder.setObjectName("field_backup_folder")
        self.field_backup_folder.setPlaceholderText(self.tr("No daily backup"))
        self.field_backup_folder.setAccessibleName(self.tr("Folder for the daily backups"))
        choose = QPushButton(self.tr("Choose…"), self)
        choose.setObjectName("button_choose_backup_folder")
        choose.clicked.connect(lambda _checked=False: self._choose())
        row = QHBoxLayout()
        row.addWidget(self.field_backup_folder, 1)
        row.addWidget(choose)
        self.last_good = QLabel(self._backups.last_good_text(), self)
        self.last_good.setObjectName("backup_last_good")
        hint = QLabel(
            self.tr(
                "A copy is made once a day when Kundbok closes; the last 7 daily and 4 weekly "
                "copies are kept. A USB stick or a synced folder keeps them apart from this "
                "computer."
            ),
            self,
        )
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Daily backup into"), row)
        form.addRow("", hint)
        form.addRow(self.tr("Last good backup"), self.last_good)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the daily backups"), self.field_backup_folder.text()
        )
        if chosen:
            self.field_backup_folder.setText(chosen)

    def save(self) -> None:
        """Keep the folder chosen (an empty field: no daily backup)."""
        text = self.field_backup_folder.text().strip()
        self._backups.set_folder(Path(text) if text else None)
