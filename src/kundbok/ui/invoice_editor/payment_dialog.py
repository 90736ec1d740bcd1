"""Register a payment on an issued invoice (or a refund of what the customer is owed on a credit
note or an overpaid invoice), and see or reverse the payments made before; a payment on an
invoice in another currency takes the exchange rate of its day."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.currency import in_kronor, parse_exchange_rate
from kundbok.domain.invoice import PAYMENT_METHODS, InvoiceKind
from kundbok.domain.money import parse_amount
from kundbok.services.invoice_queries import get_invoice, invoice_row
from kundbok.services.payments.booking import (
    PaymentDetails,
    PaymentResult,
    invoice_payments,
    register_payment,
    reverse_payment,
)
from kundbok.services.payments.refunds import RefundResult, register_refund
from kundbok.ui.accessibility import name_controls
from kundbok.ui.errors import attempt
from kundbok.ui.formatting import display_money, display_number


class PaymentDialog(QDialog):
    """Date, amount, method and reference of money received; the invoice's payments below."""

    def __init__(self, parent: QWidget | None, db: Database, invoice_id: int) -> None:
        super().__init__(parent)
        self._db = db
        self._invoice_id = invoice_id
        self.result_of_payment: PaymentResult | None = None
        self.result_of_refund: RefundResult | None = None
        self.setWindowTitle(self.tr("Register payment"))
        method_names = {
            "bankgiro": self.tr("Bankgiro"),
            "plusgiro": self.tr("Plusgiro"),
            "transfer": self.tr("Bank transfer"),
            "swish": self.tr("Swish"),
            "cash": self.tr("Cash"),
            "card": self.tr("Card"),
        }
        invoice = get_invoice(db, invoice_id)
        self._currency = invoice.currency
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate.currentDate())  # money not yet received is no payment
        self.amount = QLineEdit(self)
        self.amount.setAccessibleName(self.tr("Amount"))
        self.amount_label = QLabel(
            self.tr("Amount ({currency})").format(currency=invoice.currency), self
        )
        # The rate of the day the money came; the invoice's own unless the user changes it.
        self.exchange_rate = QLineEdit(self)
        self.exchange_rate.setObjectName("field_exchange_rate")
        if invoice.exchange_rate is not None:
            self.exchange_rate.setText(display_number(invoice.exchange_rate))
        self.method = QComboBox(self)
        for method in PAYMENT_METHODS:
            self.method.addItem(method_names[method], method)
        self.method.setCurrentIndex(PAYMENT_METHODS.index("transfer"))
        self.reference = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date)
        self.amount_label.setBuddy(self.amount)  # its Alt+letter reaches the amount
        form.addRow(self.amount_label, self.amount)
        rate_label = self.tr("Exchange rate (SEK for 1 {currency})").format(
            currency=invoice.currency
        )
        form.addRow(rate_label, self.exchange_rate)
        form.setRowVisible(self.exchange_rate, not in_kronor(invoice.currency))
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Reference"), self.reference)
        self.refund = QCheckBox(self.tr("Paid back to the customer (refund)"), self)
        self.refund.setObjectName("field_refund")
        form.addRow(self.refund)
        self._offer_refund()
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
        name_controls(self)

    def _offer_refund(self) -> None:
        """A refund is offered where the customer is owed money; a credit note takes nothing
        else, and its refund due is filled in."""
        row = attempt(self, self.windowTitle(), lambda: invoice_row(self._db, self._invoice_id))
        owed_back = -row.open_amount if row is not None and row.open_amount < 0 else 0
        self.refund.setHidden(owed_back <= 0)
        if row is not None and row.kind == InvoiceKind.CREDIT_NOTE:
            self.setWindowTitle(self.tr("Register refund"))
            self.refund.setChecked(True)
            self.refund.setEnabled(False)
            if owed_back > 0:
                self.amount.setText(f"{owed_back:.2f}")  # read back by `entered_amount`

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
        pattern = (
            self.tr("{date}  refund {amount} {currency}  {method}")
            if payment.amount < 0
            else self.tr("{date}  {amount} {currency}  {method}")
        )
        text = pattern.format(
            date=payment.payment_date.isoformat(),
            amount=display_money(abs(payment.amount)),
            currency=self._currency,
            method=self._method_names.get(payment.method, payment.method),
        )
        if payment.exchange_rate is not None:
            text += "  " + self.tr("at {rate}").format(rate=display_number(payment.exchange_rate))
        if payment.reversed:
            text += "  " + self.tr("(reversed)")
        return text

    def entered_amount(self) -> Decimal:
        """The amount typed, as people type it (`domain.money.parse_amount`): ValidationError
        for text that is no amount or has more than two decimals."""
        return parse_amount(self.amount.text())

    def accept(self) -> None:
        """Register the payment; the dialog stays open on a refusal so the user can correct it."""
        if not self.amount.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Enter the amount received."))
            return
        amount = attempt(self, self.windowTitle(), self.entered_amount)
        if amount is None:
            return
        rate = None
        # Empty: at the invoice's own rate (the booking follows it once it is recorded).
        if not in_kronor(self._currency) and self.exchange_rate.text().strip():
            rate = attempt(
                self, self.windowTitle(), lambda: parse_exchange_rate(self.exchange_rate.text())
            )
            if rate is None:
                return
        day = self.date.date().toPython()
        assert isinstance(day, dt.date)  # QDate converts to a date
        method = str(self.method.currentData())
        reference = self.reference.text()
        if self.refund.isChecked():
            refund = attempt(
                self,
                self.windowTitle(),
                lambda: register_refund(self._db, self._id, amount, day, method, reference),
            )
            if refund is not None:
                self.result_of_refund = refund
                super().accept()
            return
        result = attempt(
            self,
            self.windowTitle(),
            lambda: register_payment(
                self._db, self._id, amount, day, method, reference, exchange_rate=rate
            ),
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
