"""Skatteverket's decision on an invoice's ROT/RUT claim, entered by hand: paid (how much) or
refused. A refused part is booked back to the buyer's receivable in the SIE export."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.invoice import InvoiceDetails
from kundbok.domain.money import parse_amount
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.rot_rut_claims import record_decision
from kundbok.ui.accessibility import name_controls
from kundbok.ui.errors import attempt
from kundbok.ui.formatting import display_date, display_money


class RotRutDecisionDialog(QDialog):
    """Paid (amount) or refused, and the date of the decision."""

    def __init__(self, db: Database, invoice: InvoiceDetails, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("rot_rut_decision_dialog")
        self.setWindowTitle(self.tr("Skatteverket's ROT/RUT decision"))
        self._db = db
        self._invoice = invoice
        self.granted: Decimal | None = None
        claimed = self.tr("Claimed {date} in {file}").format(
            date=display_date(invoice.rot_rut_claimed_at), file=invoice.rot_rut_claim_file
        )
        deduction = invoice.totals().deduction
        self.paid = QRadioButton(self.tr("Paid"), self)
        self.paid.setObjectName("decision_paid")
        self.paid.setChecked(True)
        self.refused = QRadioButton(self.tr("Refused"), self)
        self.refused.setObjectName("decision_refused")
        self.amount = QLineEdit(display_money(invoice.rot_rut_granted or deduction), self)
        self.amount.setObjectName("decision_amount")
        self.amount.setAccessibleName(self.tr("Amount paid"))
        self.refused.toggled.connect(lambda refused: self.amount.setEnabled(not refused))
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setObjectName("decision_date")
        self.date.setCalendarPopup(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Invoice"), QLabel(str(invoice.number), self))
        form.addRow("", QLabel(claimed, self))
        form.addRow(self.tr("Deduction claimed"), QLabel(display_money(deduction), self))
        form.addRow(self.paid, self.amount)
        form.addRow("", self.refused)
        form.addRow(self.tr("Decision date"), self.date)
        form.addRow(buttons)
        name_controls(self)

    def save(self) -> None:
        """Record the decision; the dialog stays open when it is refused."""
        number = self._invoice.number or 0
        day = dt.date.fromisoformat(self.date.date().toString("yyyy-MM-dd"))

        def record() -> Decimal:
            amount = None if self.refused.isChecked() else parse_amount(self.amount.text())
            return record_decision(self._db, number, amount, day)

        granted = attempt(self, self.tr("Not saved"), record)
        if granted is not None:
            self.granted = granted
            self.accept()


def open_rot_rut_decision(
    db: Database, invoice_id: int, parent: QWidget | None
) -> RotRutDecisionDialog | None:
    """Show the decision dialog for a claimed invoice; None, after saying why, otherwise."""
    invoice = attempt(parent, "ROT/RUT", lambda: get_invoice(db, invoice_id))
    if invoice is None:
        return None
    if invoice.rot_rut_claimed_at is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("RotRutDecisionDialog", "Skatteverket's ROT/RUT decision"),
            QCoreApplication.translate(
                "RotRutDecisionDialog", "The ROT/RUT part of this invoice has not been claimed yet."
            ),
        )
        return None
    dialog = RotRutDecisionDialog(db, invoice, parent)
    dialog.open()
    return dialog
