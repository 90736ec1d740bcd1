"""The top of the invoice editor: the customer (found as you type), dates, terms, references,
and for an invoice in another currency its exchange rate to SEK."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QDate, QRegularExpression, QStringListModel, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.currency import in_kronor, parse_exchange_rate
from kundbok.domain.errors import KundbokError
from kundbok.domain.invoice import InvoiceDetails, InvoiceState
from kundbok.i18n import error_text
from kundbok.services.exchange_rates import record_exchange_rate
from kundbok.services.listing import CustomerQuery
from kundbok.services.search import search_customers
from kundbok.ui.errors import attempt
from kundbok.ui.formatting import display_date, display_number
from kundbok.ui.palette import notice_style, style_sheet_following_scheme
from kundbok.ui.tab_order import follow_reading_order

# Digits, spaces and a decimal comma or point: `domain.currency.parse_exchange_rate` reads it.
RATE_PATTERN = QRegularExpression(r"^[0-9\s.,]*$")


def _qdate(value: dt.date | None) -> QDate:
    value = value or dt.date.today()
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class InvoiceHeader(QWidget):
    """Who is invoiced and when: `show_invoice()` fills it, `apply(invoice)` reads it back."""

    customer_chosen = Signal(int)  # a customer's id, picked from the suggestions
    edited = Signal()  # the user changed a field
    invoice_date_changed = Signal(object)  # the new dt.date (VAT rates and due date follow it)
    # The InvoiceDetails of an issued invoice whose missing exchange rate was recorded.
    exchange_rate_recorded = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._customer_ids: dict[str, int] = {}
        self.field_customer = QLineEdit(self)
        self.field_customer.setObjectName("field_customer")
        self.field_customer.setPlaceholderText(self.tr("Type to find the customer…"))
        self.completions = QStringListModel(self)
        completer = QCompleter(self.completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self.pick_customer)
        self.field_customer.setCompleter(completer)
        self.field_customer.textEdited.connect(self.suggest_customers)
        self.alert = QLabel(self)
        self.alert.setObjectName("customer_alert")
        style_sheet_following_scheme(self.alert, notice_style)
        self.alert.setWordWrap(True)
        self.alert.hide()
        self.buyer = QLabel(self)
        self.buyer.setObjectName("buyer_address")
        self.buyer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.field_invoice_date = QDateEdit(self)
        self.field_invoice_date.setObjectName("field_invoice_date")
        self.field_invoice_date.setCalendarPopup(True)
        self.field_delivery_date = QDateEdit(self)
        self.field_delivery_date.setObjectName("field_delivery_date")
        self.field_delivery_date.setCalendarPopup(True)
        self.field_payment_terms = QSpinBox(self)
        self.field_payment_terms.setObjectName("field_payment_terms")
        self.field_payment_terms.setRange(0, 365)
        self.field_payment_terms.setSuffix(self.tr(" days"))
        self.due = QLabel(self)
        self.due.setObjectName("due_date")
        self.field_their_reference = QLineEdit(self)
        self.field_their_reference.setObjectName("field_their_reference")
        self.field_our_reference = QLineEdit(self)
        self.field_our_reference.setObjectName("field_our_reference")
        # The buyer's purchase order (BT-13) and routing reference (BT-10) for e-invoices.
        self.field_order_reference = QLineEdit(self)
        self.field_order_reference.setObjectName("field_order_reference")
        self.field_buyer_reference = QLineEdit(self)
        self.field_buyer_reference.setObjectName("field_buyer_reference")
        self.field_buyer_reference.setPlaceholderText(self.tr("For e-invoices (from the card)"))
        self.field_rot_rut = QComboBox(self)
        self.field_rot_rut.setObjectName("field_rot_rut")
        self.field_rot_rut.addItem(self.tr("No ROT/RUT"), "")
        self.field_rot_rut.addItem(self.tr("ROT deduction"), "rot")
        self.field_rot_rut.addItem(self.tr("RUT deduction"), "rut")
        self._build_exchange_rate()

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Customer"), self.field_customer)
        form.addRow("", self.alert)
        form.addRow(self.tr("Invoice address"), self.buyer)
        dates = QHBoxLayout()
        dates.addWidget(self.field_invoice_date)
        dates.addWidget(QLabel(self.tr("Delivery date"), self))
        dates.addWidget(self.field_delivery_date)
        dates.addWidget(QLabel(self.tr("Terms"), self))
        dates.addWidget(self.field_payment_terms)
        dates.addWidget(self.due)
        dates.addStretch()
        form.addRow(self.tr("Invoice date"), dates)
        refs = QHBoxLayout()
        refs.addWidget(self.field_their_reference)
        refs.addWidget(QLabel(self.tr("Our reference"), self))
        refs.addWidget(self.field_our_reference)
        refs.addWidget(self.field_rot_rut)
        form.addRow(self.tr("Your reference"), refs)
        orders = QHBoxLayout()
        orders.addWidget(self.field_order_reference)
        orders.addWidget(QLabel(self.tr("Buyer reference"), self))
        orders.addWidget(self.field_buyer_reference)
        form.addRow(self.tr("Order number"), orders)
        form.addRow(self.exchange_rate_label, self.exchange_rate_row)
        form.setRowVisible(self.exchange_rate_row, False)  # until an invoice in another currency
        self._form = form
        follow_reading_order(  # ROT/RUT stands on the references' row, though made last
            self.field_their_reference,
            self.field_our_reference,
            self.field_rot_rut,
            self.field_order_reference,
            self.field_buyer_reference,
        )

        for line in (
            self.field_their_reference,
            self.field_our_reference,
            self.field_order_reference,
            self.field_buyer_reference,
        ):
            line.textChanged.connect(self.edited)
        self.field_exchange_rate.textChanged.connect(self.edited)
        self.field_exchange_rate.editingFinished.connect(self._check_rate)
        self.field_delivery_date.dateChanged.connect(self.edited)
        self.field_rot_rut.currentIndexChanged.connect(self.edited)
        self.field_invoice_date.dateChanged.connect(self._dates_changed)
        self.field_payment_terms.valueChanged.connect(self._dates_changed)

    def _build_exchange_rate(self) -> None:
        """Kronor for one unit of the invoice's currency on the delivery date, shown only for
        an invoice in another currency; a hint says where the offered rate came from."""
        self._invoice_id: int | None = None
        self._rate_missing_on_issued = False
        self.exchange_rate_label = QLabel(self.tr("Exchange rate"), self)
        self.exchange_rate_row = QWidget(self)
        self.field_exchange_rate = QLineEdit(self.exchange_rate_row)
        self.field_exchange_rate.setObjectName("field_exchange_rate")
        self.field_exchange_rate.setValidator(QRegularExpressionValidator(RATE_PATTERN, self))
        self.field_exchange_rate.setMaximumWidth(120)
        self.exchange_rate_unit = QLabel(self.exchange_rate_row)
        self.exchange_rate_hint = QLabel(self.exchange_rate_row)
        self.exchange_rate_hint.setObjectName("exchange_rate_hint")
        self.exchange_rate_hint.setWordWrap(True)
        self.button_record_exchange_rate = QPushButton(
            self.tr("Record rate"), self.exchange_rate_row
        )
        self.button_record_exchange_rate.setObjectName("button_record_exchange_rate")
        self.button_record_exchange_rate.hide()
        self.button_record_exchange_rate.clicked.connect(self.record_exchange_rate)
        row = QHBoxLayout(self.exchange_rate_row)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.field_exchange_rate,
            self.exchange_rate_unit,
            self.button_record_exchange_rate,
        ):
            row.addWidget(widget)
        row.addWidget(self.exchange_rate_hint, 1)

    def show_rate_offer(self, used_on: dt.date | None) -> None:
        """Say that the rate shown is the one last used (on an invoice of `used_on`), which
        the user confirms or replaces with the rate of the delivery date."""
        if used_on is None:
            self.exchange_rate_hint.setText(
                self.tr("The Riksbank's or the ECB's rate of the delivery date.")
            )
            return
        self.exchange_rate_hint.setText(
            self.tr(
                "Last used on {date}: enter the Riksbank's or the ECB's rate of the delivery date."
            ).format(date=display_date(used_on))
        )

    def _entered_rate(self) -> Decimal | None:
        """The rate typed; None when empty or not a rate (the hint says why on leaving it)."""
        try:
            return parse_exchange_rate(self.field_exchange_rate.text())
        except KundbokError:
            return None

    def _check_rate(self) -> None:
        text = self.field_exchange_rate.text().strip()
        if not text:
            return
        try:
            parse_exchange_rate(text)
        except KundbokError as error:
            self.exchange_rate_hint.setText(error_text(error))

    def _show_exchange_rate(self, invoice: InvoiceDetails) -> None:
        self._invoice_id = invoice.id
        foreign = not in_kronor(invoice.currency)
        self._rate_missing_on_issued = (
            foreign and invoice.state != InvoiceState.DRAFT and invoice.exchange_rate is None
        )
        rate = invoice.exchange_rate
        self.field_exchange_rate.setText("" if rate is None else display_number(rate))
        self.exchange_rate_unit.setText(
            self.tr("SEK for 1 {currency}").format(currency=invoice.currency)
        )
        self.button_record_exchange_rate.setVisible(self._rate_missing_on_issued)
        if invoice.state != InvoiceState.DRAFT:
            self.exchange_rate_hint.setText(
                self.tr("Issued without a rate: record the rate of its delivery date.")
                if self._rate_missing_on_issued
                else ""
            )
        elif not self.exchange_rate_hint.text():
            self.show_rate_offer(None)
        self._form.setRowVisible(self.exchange_rate_row, foreign)

    def record_exchange_rate(self) -> None:
        """Record the rate typed on an issued invoice that has none, so it can be booked."""
        invoice_id = self._invoice_id
        if invoice_id is None or not self._rate_missing_on_issued:
            return
        text = self.field_exchange_rate.text()
        recorded = attempt(
            self,
            self.tr("Exchange rate"),
            lambda: record_exchange_rate(self._db, invoice_id, parse_exchange_rate(text)),
        )
        if recorded is not None:
            self.exchange_rate_recorded.emit(recorded)

    # --- the customer ------------------------------------------------------------------------

    def suggest_customers(self, text: str) -> None:
        """Offer the customers whose name or number matches what was typed."""
        if len(text.strip()) < 2:
            return
        rows = search_customers(self._db, CustomerQuery(text), 0, 20)
        self._customer_ids = {f"{row.name} ({row.number})": row.id for row in rows}
        self.completions.setStringList(list(self._customer_ids))

    def pick_customer(self, text: str) -> None:
        """A suggestion was chosen."""
        customer_id = self._customer_ids.get(text)
        if customer_id is not None:
            self.customer_chosen.emit(customer_id)

    def show_alert(self, text: str) -> None:
        """The customer's alert text ("Kräver inköpsordernummer"), hidden when empty."""
        self.alert.setText(text)
        self.alert.setVisible(bool(text))

    # --- load and save -----------------------------------------------------------------------

    def show_invoice(self, invoice: InvoiceDetails) -> None:
        """Fill the fields from `invoice`."""
        self.field_customer.setText(f"{invoice.buyer_name} ({invoice.buyer_number})")
        address = invoice.buyer_billing_address.replace("\n", ", ")
        self.buyer.setText(f"{invoice.buyer_name}, {address}" if address else invoice.buyer_name)
        self.field_invoice_date.setDate(_qdate(invoice.invoice_date))
        self.field_delivery_date.setDate(_qdate(invoice.delivery_date or invoice.invoice_date))
        self.field_payment_terms.setValue(invoice.payment_terms_days)
        self.field_their_reference.setText(invoice.their_reference)
        self.field_our_reference.setText(invoice.our_reference)
        self.field_order_reference.setText(invoice.order_reference)
        self.field_buyer_reference.setText(invoice.buyer_reference)
        self.field_rot_rut.setCurrentIndex(max(0, self.field_rot_rut.findData(invoice.rot_rut)))
        self._show_exchange_rate(invoice)
        self._dates_changed()

    def apply(self, invoice: InvoiceDetails) -> InvoiceDetails:
        """`invoice` with the fields as the user has them now."""
        return replace(
            invoice,
            invoice_date=self.invoice_date,
            delivery_date=_date(self.field_delivery_date.date()),
            payment_terms_days=self.field_payment_terms.value(),
            their_reference=self.field_their_reference.text().strip(),
            our_reference=self.field_our_reference.text().strip(),
            order_reference=self.field_order_reference.text().strip(),
            buyer_reference=self.field_buyer_reference.text().strip(),
            rot_rut=self.field_rot_rut.currentData(),
            exchange_rate=self._entered_rate(),
        )

    @property
    def invoice_date(self) -> dt.date:
        return _date(self.field_invoice_date.date())

    def set_editable(self, editable: bool) -> None:
        """An issued invoice's header is read only."""
        for widget in (
            self.field_customer,
            self.field_invoice_date,
            self.field_delivery_date,
            self.field_payment_terms,
            self.field_their_reference,
            self.field_our_reference,
            self.field_order_reference,
            self.field_buyer_reference,
            self.field_rot_rut,
        ):
            widget.setEnabled(editable)
        # An issued invoice without its rate takes one, recorded on its own.
        self.field_exchange_rate.setEnabled(editable or self._rate_missing_on_issued)

    def _dates_changed(self, *_args: object) -> None:
        start = self.field_invoice_date.date()
        self.due.setText(
            self.tr("due {date}").format(
                date=start.addDays(self.field_payment_terms.value()).toString(Qt.DateFormat.ISODate)
            )
        )
        self.invoice_date_changed.emit(self.invoice_date)
        self.edited.emit()
