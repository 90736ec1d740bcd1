"""Fakturering → Begär utbetalning ROT/RUT: the cases of a payment year with Skatteverket's checks,
and the claim file(s) saved when every case passes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.rot_rut.claim import ClaimCase
from kundbok.domain.rot_rut.work_types import SWEDISH_NAMES
from kundbok.i18n import error_text
from kundbok.services.rot_rut_claims import ClaimPreview, preview_claim, write_claim
from kundbok.ui.accessibility import name_controls
from kundbok.ui.errors import attempt
from kundbok.ui.formatting import display_identifier
from kundbok.ui.palette import ERROR, colour
from kundbok.ui.screen_fit import resize_to_fit


def default_year(today: dt.date) -> int:
    """In January the claim is for last year (due 31 January); later, for this year."""
    return today.year - 1 if today.month == 1 else today.year


class RotRutClaimDialog(QDialog):
    """Kind and payment year, the cases with their check results, and Save XML."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rot_rut_claim_dialog")
        self.setWindowTitle(self.tr("Request ROT/RUT payment"))
        self._db = db
        self.preview: ClaimPreview | None = None
        self.kind = QComboBox(self)
        self.kind.setObjectName("rot_rut_kind")
        self.kind.addItem("ROT", "rot")
        self.kind.addItem("RUT", "rut")
        self.year = QSpinBox(self)
        self.year.setObjectName("rot_rut_year")
        self.year.setRange(2009, 2100)
        self.year.setValue(default_year(dt.date.today()))
        self.summary = QLabel(self)
        self.summary.setObjectName("rot_rut_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 8, self)
        self.table.setObjectName("rot_rut_cases")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Invoice"),
                self.tr("Buyer"),
                self.tr("Payment date"),
                self.tr("Price for the work"),
                self.tr("Paid"),
                self.tr("Requested"),
                self.tr("Work (hours, material)"),
                self.tr("Check"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.button_save = QPushButton(self.tr("Save XML…"), self)
        self.button_save.setObjectName("button_save_claim")
        self.button_save.clicked.connect(lambda _checked=False: self.save())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.button_save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("Kind"), self))
        choice.addWidget(self.kind)
        choice.addWidget(QLabel(self.tr("Payment year"), self))
        choice.addWidget(self.year)
        choice.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _index: self.refresh())
        self.year.valueChanged.connect(lambda _value: self.refresh())
        resize_to_fit(self, 980, 480)
        self.refresh()
        name_controls(self)

    def refresh(self) -> None:
        """Read the cases of the chosen kind and year again and check them."""
        self.preview = attempt(
            self,
            self.windowTitle(),
            lambda: preview_claim(self._db, self.kind.currentData(), self.year.value()),
        )
        preview = self.preview
        cases = preview.cases if preview else ()
        self.table.setRowCount(len(cases))
        for row, case in enumerate(cases):
            self._fill(row, case)
        self.table.resizeColumnsToContents()
        self.button_save.setEnabled(bool(preview and preview.ready))
        self.summary.setText(self._summary_text())

    def _summary_text(self) -> str:
        preview = self.preview
        if preview is None or not preview.cases:
            return self.tr("No paid invoices of {year} are waiting to be claimed.").format(
                year=self.year.value()
            )
        failing = len({problem.invoice_number for problem in preview.problems})
        text = self.tr("{count} cases, {requested} kr requested; to send by {deadline}.").format(
            count=len(preview.cases),
            requested=sum(case.requested for case in preview.cases),
            deadline=f"{preview.year + 1}-01-31",
        )
        if failing:
            text += " " + self.tr("{failing} cases fail a check: correct them first.").format(
                failing=failing
            )
        return text

    def _fill(self, row: int, case: ClaimCase) -> None:
        assert self.preview is not None
        problems = [error_text(problem) for problem in self.preview.problems_of(case)]
        work = ", ".join(
            f"{SWEDISH_NAMES[w.work_type]} ({w.hours} h, {w.material} kr)" for w in case.work
        )
        cells = (
            case.invoice_number,
            f"{case.buyer_name} {display_identifier(case.buyer, masked=True)}",
            case.payment_date.isoformat(),
            str(case.price_for_work),
            str(case.paid),
            str(case.requested),
            work,
            "\n".join(problems) or self.tr("OK"),
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column in (0, 3, 4, 5):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if problems and column == 7:
                item.setForeground(colour(ERROR))
            self.table.setItem(row, column, item)
        self.table.resizeRowToContents(row)

    def save(self) -> list[Path]:
        """Ask where, write the file(s), mark the invoices claimed; the paths written."""
        kind = self.kind.currentData()
        suggested = f"{kind}-{self.year.value()}.xml"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save claim"), suggested, self.tr("XML files (*.xml)")
        )
        if not name:
            return []
        paths = attempt(
            self,
            self.tr("Not saved"),
            lambda: write_claim(self._db, kind, self.year.value(), Path(name)),
        )
        if not paths:
            return []
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("Saved for Skatteverket's e-service:\n{files}").format(
                files="\n".join(str(path) for path in paths)
            ),
        )
        self.refresh()
        return paths


def open_rot_rut_claim(db: Database, parent: QWidget | None) -> RotRutClaimDialog:
    """Show the claim dialog (non-modal)."""
    dialog = RotRutClaimDialog(db, parent)
    dialog.open()
    return dialog
