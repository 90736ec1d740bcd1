"""vCard export from the list, and import with a preview the user confirms.

The functions take what they need from the window (a way to show a status message, a call for
"customers changed") rather than assuming a particular parent.
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
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.i18n import error_text
from kundbok.services.listing import CustomerRow
from kundbok.ui.errors import attempt

if TYPE_CHECKING:  # vobject loads when a vCard is first read or written, not at start-up
    from kundbok.services.vcard.transfer import ImportPreview

PROGRESS_FROM = 500  # cards; fewer are done before a progress dialog would even show


def _progress(parent: QWidget, label: str, total: int) -> QProgressDialog | None:
    if total < PROGRESS_FROM:
        return None
    dialog = QProgressDialog(label, "", 0, total, parent)
    dialog.setCancelButton(None)  # all or nothing: an import is not stopped half-way
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    return dialog


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
) -> int:
    """Ask for a file name and write the selected customers to it; returns how many.

    `show_message` shows the outcome (the window's status bar)."""
    if not rows:
        return 0
    with_personal_numbers = ask_personal_numbers(parent, rows)
    if with_personal_numbers is None:
        return 0
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("vcard", "Export to vCard file"),
        default_file_name(rows),
        QCoreApplication.translate("vcard", "vCard files (*.vcf)"),
    )
    if not path:
        return 0
    if not path.lower().endswith(".vcf"):
        path += ".vcf"
    from kundbok.services.vcard.transfer import export_vcards

    progress = _progress(parent, QCoreApplication.translate("vcard", "Writing vCards…"), len(rows))
    try:
        written = attempt(
            parent,
            QCoreApplication.translate("vcard", "vCard export"),
            lambda: export_vcards(
                db,
                Path(path),
                [row.id for row in rows],
                progress=(lambda done, _total: progress.setValue(done)) if progress else None,
                with_personal_numbers=with_personal_numbers,
            ),
        )
    finally:
        if progress:
            progress.close()
    if written is None:
        return 0
    show_message(
        QCoreApplication.translate("vcard", "{count} customers written to {path}").format(
            count=written, path=path
        )
    )
    return written


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
        table = QTableWidget(len(preview.entries) + len(preview.rejected), 4, self)
        table.setObjectName("vcard_import_entries")
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
        for row, entry in enumerate(preview.entries):
            action = (
                QCoreApplication.translate("vcard", "Update")
                if entry.action == "update"
                else QCoreApplication.translate("vcard", "Create")
            )
            match = ""
            if entry.customer_number is not None:
                match = f"{entry.customer_number}: {reasons.get(entry.duplicate_reason, '')}"
            for column, text in enumerate(
                (str(entry.card_number), entry.details.name, action, match)
            ):
                table.setItem(row, column, QTableWidgetItem(text))
        left_out = QCoreApplication.translate("vcard", "Left out")
        for row, card in enumerate(preview.rejected, start=len(preview.entries)):
            reason = error_text(card.problem) if card.problem else ""
            for column, text in enumerate(
                (str(card.card_number), card.details.name, left_out, reason)
            ):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
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
        self.resize(720, 420)


def import_vcard(
    parent: QWidget, db: Database, customers_changed: Callable[[], None]
) -> ImportPreviewDialog | None:
    """Choose a file and show the preview (returned, open); on confirmation import and call
    `customers_changed`. None when no file was chosen or it cannot be read."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("vcard", "Import vCard file"),
        "",
        QCoreApplication.translate("vcard", "vCard files (*.vcf *.vcard);;All files (*)"),
    )
    if not path:
        return None
    from kundbok.services.vcard.transfer import preview_vcard_import

    preview = attempt(
        parent,
        QCoreApplication.translate("vcard", "vCard import"),
        lambda: preview_vcard_import(db, Path(path)),
    )
    if preview is None:
        return None
    dialog = ImportPreviewDialog(preview, parent)
    dialog.accepted.connect(lambda: _apply(parent, db, preview, customers_changed))
    dialog.open()
    return dialog


def _apply(
    parent: QWidget,
    db: Database,
    preview: ImportPreview,
    customers_changed: Callable[[], None],
) -> None:
    from kundbok.services.vcard.transfer import apply_vcard_import

    progress = _progress(
        parent, QCoreApplication.translate("vcard", "Importing vCards…"), len(preview.entries)
    )
    try:
        result = attempt(
            parent,
            QCoreApplication.translate("vcard", "vCard import"),
            lambda: apply_vcard_import(
                db,
                preview,
                progress=(lambda done, _total: progress.setValue(done)) if progress else None,
            ),
        )
    finally:
        if progress:
            progress.close()
    if result is None:
        return
    QMessageBox.information(
        parent,
        QCoreApplication.translate("vcard", "vCard import"),
        QCoreApplication.translate(
            "vcard", "{created} customers added and {updated} updated."
        ).format(created=result.created, updated=result.updated),
    )
    customers_changed()
