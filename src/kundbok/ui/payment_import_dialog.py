"""Arkiv → Importera inbetalningar: choose a bank file, see what matches, then book it.

Reading and matching the file, and booking it, run off the window's thread (`run_task`); the
preview's table is a model over the matches (`payment_import_model.py`), shown at once however
many there are.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.payment_matching import MatchKind
from kundbok.services.payments.bank_files import (
    ImportPreview,
    ImportResult,
    apply_payment_import,
    preview_payment_import,
)
from kundbok.ui.accessibility import name_controls
from kundbok.ui.background import run_task
from kundbok.ui.payment_import_model import PaymentRowsModel


class PaymentImportDialog(QDialog):
    """Every payment in the file, grouped by what it would do; suggestions and likely duplicates
    are booked when the user ticks them."""

    def __init__(
        self, parent: QWidget | None, db: Database, data: bytes | Path, preview: ImportPreview
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._data = data
        self._preview = preview
        # Each group together: what is booked, what the user decides, what is left alone.
        self._rows = (
            preview.matched
            + preview.suggested
            + preview.likely_duplicates
            + preview.unmatched
            + preview.duplicates
        )
        self.result_of_import: ImportResult | None = None
        self.setWindowTitle(self.tr("Import payments"))
        kinds = {
            MatchKind.OCR: self.tr("Matched by OCR"),
            MatchKind.INVOICE_NUMBER: self.tr("Suggested: invoice number"),
            MatchKind.OCR_IN_TEXT: self.tr("Suggested: OCR in the message"),
            MatchKind.AMOUNT_AND_NAME: self.tr("Suggested: amount and name"),
            MatchKind.UNMATCHED: self.tr("Unmatched"),
            MatchKind.LIKELY_DUPLICATE: self.tr("Likely duplicate: booked before"),
            MatchKind.DUPLICATE: self.tr("Imported before"),
        }
        summary = self.tr(
            "{matched} matched, {suggested} suggested, {likely} likely duplicates, "
            "{unmatched} unmatched, {seen} seen before"
        ).format(
            matched=len(preview.matched),
            suggested=len(preview.suggested),
            likely=len(preview.likely_duplicates),
            unmatched=len(preview.unmatched),
            seen=len(preview.duplicates),
        )
        self.summary = QLabel(summary, self)
        self.model = PaymentRowsModel(
            self._rows,
            preview.invoice_numbers,
            kinds,
            [self.tr("Date"), self.tr("Amount"), self.tr("Payer"), self.tr("Invoice"), ""],
            self.tr(
                "A payment of this amount on this day is booked on the invoice already, "
                "perhaps from another bank file. Tick it to book this one too."
            ),
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("payment_import_table")
        self.table.setModel(self.model)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Book payments"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        name_controls(self)

    def accepted_suggestions(self) -> set[str]:
        """The transaction ids of the suggestions and likely duplicates the user ticked."""
        return self.model.ticked_transactions()

    def accept(self) -> None:
        """Book the matches and the ticked rows, all or nothing (off the window's thread)."""
        chosen = self.accepted_suggestions()
        db, data, digest = self._db, self._data, self._preview.digest

        def booked(result: ImportResult) -> None:
            self.result_of_import = result
            QDialog.accept(self)

        run_task(
            self,
            lambda _control: apply_payment_import(db, data, chosen, digest),
            booked,
            title=self.windowTitle(),
            text=self.tr("Booking the payments…"),
            cancellable=False,  # one transaction, booked whole
        )


def open_payment_import(
    parent: QWidget | None, db: Database, booked: Callable[[ImportResult], object]
) -> None:
    """Ask for a bank file, read and match it off the window's thread, preview it and book it
    if the user agrees; then `booked(result)`. Nothing is booked when the user cancels or the
    file cannot be read (the reason is shown)."""
    title = QCoreApplication.translate("PaymentImportDialog", "Import payments")
    files = QCoreApplication.translate(
        "PaymentImportDialog", "Bank files (*.xml *.txt *.dat);;All files (*)"
    )
    chosen, _ = QFileDialog.getOpenFileName(parent, title, "", files)
    if not chosen:
        return
    path = Path(chosen)  # read as a stream by the preview, and again when booked

    def show(preview: ImportPreview) -> None:
        dialog = PaymentImportDialog(parent, db, path, preview)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            if dialog.result_of_import is not None:
                booked(dialog.result_of_import)

        dialog.accepted.connect(accepted)
        dialog.open()

    run_task(
        parent,
        lambda _control: preview_payment_import(db, path),
        show,
        title=title,
        text=QCoreApplication.translate("PaymentImportDialog", "Reading {file}…").format(
            file=path.name
        ),
    )
