"""*Arkiv → Importera underlag…*: entries from a CSV or Excel file, with a preview of every row
and its problem; all rows or none, and a file imported before is refused. Reading, checking and
importing run off the window's thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.i18n import error_text
from kundbok.services.entry_import import EntryImportPlan, plan_entry_import
from kundbok.services.entry_import import import_entries as apply_import
from kundbok.ui.accessibility import name_controls
from kundbok.ui.background import BackgroundTask, run_task
from kundbok.ui.formatting import display_count, display_date, display_money, display_number
from kundbok.ui.palette import ERROR, colour
from kundbok.ui.screen_fit import resize_to_fit


class EntryImportDialog(QDialog):
    """The preview of one file's entries and *Importera*."""

    def __init__(self, db: Database, plan: EntryImportPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("entry_import_dialog")
        self.setWindowTitle(self.tr("Import entries: {file}").format(file=plan.file_name))
        resize_to_fit(self, 900, 500)
        self._db = db
        self.plan = plan
        self.imported = 0
        self.work: BackgroundTask[Any] | None = None
        self.entry_import_summary = QLabel(self)
        self.entry_import_summary.setObjectName("entry_import_summary")
        self.entry_import_summary.setWordWrap(True)
        self.entry_import_table = QTreeWidget(self)
        self.entry_import_table.setObjectName("entry_import_table")
        self.entry_import_table.setRootIsDecorated(False)
        self.entry_import_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.entry_import_table.setHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Customer"),
                self.tr("Date"),
                self.tr("Article"),
                self.tr("Quantity"),
                self.tr("Amount"),
                self.tr("Text or problem"),
            ]
        )
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.button_import_entries = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.button_import_entries.setObjectName("button_import_entries")
        self.button_import_entries.setEnabled(not plan.errors and plan.imported_on is None)
        buttons.accepted.connect(self.start_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.entry_import_summary)
        layout.addWidget(self.entry_import_table)
        layout.addWidget(buttons)
        name_controls(self)

    def _fill(self) -> None:
        plan = self.plan
        for row in plan.rows:
            entry = row.entry
            item = QTreeWidgetItem(
                [
                    str(row.row_number),
                    f"{row.customer_number} {row.customer_name}".strip(),
                    display_date(entry.entry_date) if entry else row.entry_date,
                    row.article,
                    display_number(entry.quantity) if entry else row.quantity,
                    display_money(entry.amount) if entry else "",
                    error_text(row.error) if row.error else row.text,
                ]
            )
            if row.error is not None:
                for column in range(7):
                    item.setForeground(column, colour(ERROR))
            self.entry_import_table.addTopLevelItem(item)
        if plan.imported_on is not None:
            text = self.tr("This file was imported on {date} already: it is not imported again.")
            text = text.format(date=display_date(plan.imported_on))
        elif plan.errors:
            text = self.tr(
                "{errors} of {rows} rows have problems (in red): nothing can be imported until "
                "the file is put right."
            ).format(errors=display_count(len(plan.errors)), rows=display_count(len(plan.rows)))
        else:
            text = self.tr("{rows} entries, {amount} kr excl. VAT, will be imported.").format(
                rows=display_count(len(plan.rows)), amount=display_money(plan.amount)
            )
        self.entry_import_summary.setText(text)

    def start_import(self) -> None:
        """Import every row, in one transaction, off the window's thread."""
        self.button_import_entries.setEnabled(False)
        db, plan = self._db, self.plan
        self.work = run_task(
            self,
            lambda _control: apply_import(db, plan),
            self._imported,
            title=self.tr("Import entries"),
            text=self.tr("Importing the entries…"),
            cancellable=False,  # one transaction: every row or none
        )

    def _imported(self, count: int) -> None:
        self.imported = count
        QTimer.singleShot(0, self.accept)  # after the work's own slot has returned


def import_entries(
    db: Database, parent: QWidget, path: Path | None = None
) -> BackgroundTask[Any] | None:
    """Choose a file (unless given), read and check it off the window's thread, then show its
    preview (the work under way is returned); None when no file was chosen."""
    if path is None:
        name, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("EntryImportDialog", "Import entries"),
            "",
            QCoreApplication.translate(
                "EntryImportDialog", "Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)"
            ),
        )
        if not name:
            return None
        path = Path(name)
    chosen = path

    def show(plan: EntryImportPlan) -> None:
        dialog = EntryImportDialog(db, plan, parent)
        dialog.finished.connect(dialog.deleteLater)  # once its own slots have returned
        dialog.accepted.connect(
            lambda: QMessageBox.information(
                parent,
                QCoreApplication.translate("EntryImportDialog", "Import entries"),
                QCoreApplication.translate("EntryImportDialog", "{count} entries imported.").format(
                    count=display_count(dialog.imported)
                ),
            )
        )
        dialog.open()

    return run_task(
        parent,
        lambda _control: plan_entry_import(db, chosen),
        show,
        title=QCoreApplication.translate("EntryImportDialog", "Import entries"),
        text=QCoreApplication.translate("EntryImportDialog", "Reading {file}…").format(
            file=chosen.name
        ),
    )
