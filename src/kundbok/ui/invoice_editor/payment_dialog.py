"""Register a payment on an issued invoice, and see or reverse the payments made before."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.invoice import PAYMENT_METHODS
from kundbok.services.payments.booking import (
    PaymentDetails,
    PaymentResult,
    invoice_payments,
    register_payment,
    reverse_payment,
)
from kundbok.ui.errors import attempt


class PaymentDialog(QDialog):
    """Date, amount, method and reference of money received; the invoice's payments below."""

    def __init__(self, parent: QWidget | None, db: Database, invoice_id: int) -> None:
        super().__init__(parent)
        self._db = db
        self._invoice_id = invoice_id
        self.result_of_payment: PaymentResult | None = None
        self.setWindowTitle(self.tr("Register payment"))
        method_names = {
            "bankgiro": self.tr("Bankgiro"),
            "plusgiro": self.tr("Plusgiro"),
            "transfer": self.tr("Bank transfer"),
            "swish": self.tr("Swish"),
            "cash": self.tr("Cash"),
            "card": self.tr("Card"),
        }
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate.currentDate())  # money not yet received is no payment
        self.amount = QLineEdit(self)
        self.method = QComboBox(self)
        for method in PAYMENT_METHODS:
            self.method.addItem(method_names[method], method)
        self.method.setCurrentIndex(PAYMENT_METHODS.index("transfer"))
        self.reference = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Reference"), self.reference)
        self.payments = QListWidget(self)
        self.button_reverse = QPushButton(self.tr("Reverse payment"), self)
        self.button_reverse.clicked.connect(self.reverse_selected)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.payments)
        layout.addWidget(self.button_reverse)
        layout.addWidget(buttons)
        self._method_names = method_names
        self._load_payments()

    def _load_payments(self) -> None:
        self.payments.clear()
        found = attempt(self, self.tr("Payments"), lambda: invoice_payments(self._db, self._id))
        for payment in found or []:
            item = QListWidgetItem(self._payment_text(payment), self.payments)
            item.setData(Qt.ItemDataRole.UserRole, payment.id)
            if payment.reversed:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        self.button_reverse.setEnabled(self.payments.count() > 0)

    @property
    def _id(self) -> int:
        return self._invoice_id

    def _payment_text(self, payment: PaymentDetails) -> str:
        text = self.tr("{date}  {amount} kr  {method}").format(
            date=payment.payment_date.isoformat(),
            amount=f"{payment.amount:.2f}".replace(".", ","),
            method=self._method_names.get(payment.method, payment.method),
        )
        if payment.reversed:
            text += "  " + self.tr("(reversed)")
        return text

    def entered_amount(self) -> Decimal | None:
        """The amount typed, a decimal comma or point and spaces allowed; None if not a number."""
        text = self.amount.text().replace(" ", "").replace("\u00a0", "").replace(",", ".")
        try:
            value = Decimal(text)
        except InvalidOperation:
            return None
        return value if value.is_finite() else None

    def accept(self) -> None:
        """Register the payment; the dialog stays open on a refusal so the user can correct it."""
        amount = self.entered_amount()
        if amount is None:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Enter the amount received."))
            return
        day = self.date.date().toPython()
        assert isinstance(day, dt.date)  # QDate converts to a date
        method = str(self.method.currentData())
        reference = self.reference.text()
        result = attempt(
            self,
            self.windowTitle(),
            lambda: register_payment(self._db, self._id, amount, day, method, reference),
        )
        if result is None:
            return
        self.result_of_payment = result
        super().accept()

    def reverse_selected(self) -> None:
        """Reverse the chosen payment, after asking."""
        item = self.payments.currentItem()
        if item is None:
            return
        payment_id = int(item.data(Qt.ItemDataRole.UserRole))
        answer = QMessageBox.question(
            self, self.tr("Reverse payment"), self.tr("Reverse the chosen payment?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        today = dt.date.today()
        attempt(
            self, self.tr("Reverse payment"), lambda: reverse_payment(self._db, payment_id, today)
        )
        self._load_payments()
