"""vCard export from the list, and import with a preview the user confirms.

The functions take what they need from the window (a way to show a status message, a call for
"customers changed") rather than assuming a particular parent. Reading, writing and importing
run off the window's thread (`run_task`); an import stopped with *Avbryt* changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.i18n import error_text
from kundbok.services.listing import CustomerRow
from kundbok.ui.background import TaskControl, in_slices, run_task
from kundbok.ui.screen_fit import resize_to_fit

if TYPE_CHECKING:  # vobject loads when a vCard is first read or written, not at start-up
    from kundbok.services.vcard.transfer import ImportPreview, ImportResult


def default_file_name(rows: list[CustomerRow]) -> str:
    """The customer's name for one customer, "kunder.vcf" for several."""
    if len(rows) == 1:
        safe = re.sub(r"[^\w\- ]+", "", rows[0].name).strip() or "kund"
        return f"{safe}.vcf"
    return "kunder.vcf"


def _holds_personal_number(row: CustomerRow) -> bool:
    return bool(row.personal_number) or (row.kind == "private" and bool(row.org_number))


def ask_personal_numbers(parent: QWidget, rows: list[CustomerRow]) -> bool | None:
    """Whether personal identity numbers go into the file (not unless the user says so); None
    when the user cancels. Asked only when a chosen customer has one."""
    count = sum(_holds_personal_number(row) for row in rows)
    if not count:
        return False
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("vcard", "Export to vCard file"),
        QCoreApplication.translate(
            "vcard",
            "{count} of the chosen customers have a personal identity number. Include personal "
            "identity numbers in the file? Anyone who gets the file can read them.",
        ).format(count=count),
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.No,
    )
    if answer == QMessageBox.StandardButton.Cancel:
        return None
    return answer == QMessageBox.StandardButton.Yes


def export_vcard(
    parent: QWidget,
    db: Database,
    rows: list[CustomerRow],
    show_message: Callable[[str], None],
) -> None:
    """Ask for a file name and write the selected customers to it, off the window's thread.

    `show_message` shows the outcome (the window's status bar)."""
    if not rows:
        return
    with_personal_numbers = ask_personal_numbers(parent, rows)
    if with_personal_numbers is None:
        return
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("vcard", "Export to vCard file"),
        default_file_name(rows),
        QCoreApplication.translate("vcard", "vCard files (*.vcf)"),
    )
    if not path:
        return
    if not path.lower().endswith(".vcf"):
        path += ".vcf"
    ids = [row.id for row in rows]

    def write(control: TaskControl) -> int:
        from kundbok.services.vcard.transfer import export_vcards

        return export_vcards(
            db,
            Path(path),
            ids,
            progress=control.step,  # stopped, nothing is written: the file is written last
            with_personal_numbers=with_personal_numbers,
        )

    run_task(
        parent,
        write,
        lambda written: show_message(
            QCoreApplication.translate("vcard", "{count} customers written to {path}").format(
                count=written, path=path
            )
        ),
        title=QCoreApplication.translate("vcard", "vCard export"),
        text=QCoreApplication.translate("vcard", "Writing vCards…"),
    )


class ImportPreviewDialog(QDialog):
    """What an import will create and update, likely duplicates flagged, before anything is
    changed."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vcard_import_preview")
        self.setWindowTitle(QCoreApplication.translate("vcard", "Import vCard file"))
        summary = QLabel(
            QCoreApplication.translate(
                "vcard",
                "{creates} new customers, {updates} updated. Nothing is changed until you "
                "choose Import.",
            ).format(creates=preview.creates, updates=preview.updates),
            self,
        )
        if preview.rejected:
            summary.setText(
                summary.text()
                + " "
                + QCoreApplication.translate(
                    "vcard", "{count} cards cannot be imported and are left out."
                ).format(count=len(preview.rejected))
            )
        self.table = table = QTableWidget(len(preview.entries) + len(preview.rejected), 4, self)
        table.setObjectName("vcard_import_entries")
        table.setAccessibleName(QCoreApplication.translate("vcard", "Cards in the file"))
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("vcard", "Card"),
                QCoreApplication.translate("vcard", "Name"),
                QCoreApplication.translate("vcard", "Action"),
                QCoreApplication.translate("vcard", "Matches existing customer"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        reasons = {
            "UID": QCoreApplication.translate("vcard", "same customer (UID)"),
            "customer number": QCoreApplication.translate("vcard", "same customer number"),
            "organisation number": QCoreApplication.translate(
                "vcard", "possible duplicate: same organisation number"
            ),
            "personal number": QCoreApplication.translate(
                "vcard", "possible duplicate: same personal identity number"
            ),
            "e-mail": QCoreApplication.translate("vcard", "possible duplicate: same e-mail"),
            "name": QCoreApplication.translate("vcard", "possible duplicate: same name"),
        }
        left_out = QCoreApplication.translate("vcard", "Left out")
        create = QCoreApplication.translate("vcard", "Create")
        update = QCoreApplication.translate("vcard", "Update")

        def fill(start: int, stop: int) -> None:
            for row in range(start, stop):
                if row < len(preview.entries):
                    entry = preview.entries[row]
                    match = ""
                    if entry.customer_number is not None:
                        reason = reasons.get(entry.duplicate_reason, "")
                        match = f"{entry.customer_number}: {reason}"
                    action = update if entry.action == "update" else create
                    cells = (str(entry.card_number), entry.details.name, action, match)
                else:
                    card = preview.rejected[row - len(preview.entries)]
                    reason = error_text(card.problem) if card.problem else ""
                    cells = (str(card.card_number), card.details.name, left_out, reason)
                for column, text in enumerate(cells):
                    table.setItem(row, column, QTableWidgetItem(text))
            if start == 0:  # sized by the first rows: measuring 10,000 would hold the window
                table.resizeColumnsToContents()

        in_slices(self, table.rowCount(), fill)
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(
            QCoreApplication.translate("vcard", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        ).setObjectName("button_import")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(table)
        layout.addWidget(buttons)
        resize_to_fit(self, 720, 420)


def import_vcard(parent: QWidget, db: Database, customers_changed: Callable[[], None]) -> None:
    """Choose a file, read it off the window's thread and show the preview (a child of
    `parent`); on confirmation import and call `customers_changed`. Nothing opens when no file
    was chosen or it cannot be read (the reason is shown)."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("vcard", "Import vCard file"),
        "",
        QCoreApplication.translate("vcard", "vCard files (*.vcf *.vcard);;All files (*)"),
    )
    if not path:
        return

    def read(_control: TaskControl) -> ImportPreview:
        from kundbok.services.vcard.transfer import preview_vcard_import

        return preview_vcard_import(db, Path(path))

    def show(preview: ImportPreview) -> None:
        dialog = ImportPreviewDialog(preview, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: _apply(parent, db, preview, customers_changed))
        dialog.open()

    run_task(
        parent,
        read,
        show,
        title=QCoreApplication.translate("vcard", "vCard import"),
        text=QCoreApplication.translate("vcard", "Reading {file}…").format(file=Path(path).name),
    )


def _apply(
    parent: QWidget,
    db: Database,
    preview: ImportPreview,
    customers_changed: Callable[[], None],
) -> None:
    def work(control: TaskControl) -> ImportResult:
        from kundbok.services.vcard.transfer import apply_vcard_import

        return apply_vcard_import(db, preview, progress=control.step)  # all or nothing

    def imported(result: ImportResult) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("vcard", "vCard import"),
            QCoreApplication.translate(
                "vcard", "{created} customers added and {updated} updated."
            ).format(created=result.created, updated=result.updated),
        )
        customers_changed()

    run_task(
        parent,
        work,
        imported,
        title=QCoreApplication.translate("vcard", "vCard import"),
        text=QCoreApplication.translate("vcard", "Importing vCards…"),
    )
