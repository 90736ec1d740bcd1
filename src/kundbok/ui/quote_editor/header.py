"""The top of the quote editor: the customer, the quote and valid-until dates, references and
ROT/RUT. No due date and no OCR: a quote is not a bill."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kundbok.domain.quote import QuoteDetails
from kundbok.ui.palette import notice_style, style_sheet_following_scheme


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class QuoteHeader(QWidget):
    """Who the quote is for and how long it stands: `show_quote()` fills it, `apply(quote)`
    reads it back."""

    edited = Signal()  # the user changed a field
    quote_date_changed = Signal(object)  # the new dt.date (the VAT rates follow it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer = QLabel(self)
        self.customer.setObjectName("quote_customer")
        self.customer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.alert = QLabel(self)
        self.alert.setObjectName("customer_alert")
        style_sheet_following_scheme(self.alert, notice_style)
        self.alert.setWordWrap(True)
        self.alert.hide()
        self.field_quote_date = QDateEdit(self)
        self.field_quote_date.setObjectName("field_quote_date")
        self.field_quote_date.setCalendarPopup(True)
        self.field_valid_until = QDateEdit(self)
        self.field_valid_until.setObjectName("field_valid_until")
        self.field_valid_until.setCalendarPopup(True)
        self.field_their_reference = QLineEdit(self)
        self.field_their_reference.setObjectName("field_their_reference")
        self.field_our_reference = QLineEdit(self)
        self.field_our_reference.setObjectName("field_our_reference")
        self.field_rot_rut = QComboBox(self)
        self.field_rot_rut.setObjectName("field_rot_rut")
        self.field_rot_rut.addItem(self.tr("No ROT/RUT"), "")
        self.field_rot_rut.addItem(self.tr("ROT deduction"), "rot")
        self.field_rot_rut.addItem(self.tr("RUT deduction"), "rut")
        self.status = QLabel(self)
        self.status.setObjectName("quote_status")
        self.status.setWordWrap(True)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow("", self.alert)
        dates = QHBoxLayout()
        dates.addWidget(self.field_quote_date)
        dates.addWidget(QLabel(self.tr("Valid until"), self))
        dates.addWidget(self.field_valid_until)
        dates.addStretch()
        form.addRow(self.tr("Quote date"), dates)
        refs = QHBoxLayout()
        refs.addWidget(self.field_their_reference)
        refs.addWidget(QLabel(self.tr("Our reference"), self))
        refs.addWidget(self.field_our_reference)
        refs.addWidget(self.field_rot_rut)
        form.addRow(self.tr("Your reference"), refs)
        form.addRow(self.tr("Status"), self.status)

        for line in (self.field_their_reference, self.field_our_reference):
            line.textEdited.connect(lambda _text: self.edited.emit())
        self.field_valid_until.dateChanged.connect(lambda _date: self.edited.emit())
        self.field_rot_rut.currentIndexChanged.connect(lambda _index: self.edited.emit())
        self.field_quote_date.dateChanged.connect(self._quote_date_changed)

    def _quote_date_changed(self, value: QDate) -> None:
        self.quote_date_changed.emit(_date(value))
        self.edited.emit()

    def show_quote(self, quote: QuoteDetails, status: str) -> None:
        """Fill the fields from a quote; `status` is what the user reads about it."""
        body = quote.body
        self.customer.setText(
            "\n".join(part for part in (body.buyer_name, body.buyer_billing_address) if part)
        )
        self.field_quote_date.setDate(_qdate(quote.quote_date))
        self.field_valid_until.setDate(_qdate(quote.valid_until))
        self.field_their_reference.setText(body.their_reference)
        self.field_our_reference.setText(body.our_reference)
        self.field_rot_rut.setCurrentIndex(max(0, self.field_rot_rut.findData(body.rot_rut)))
        self.status.setText(status)

    def show_alert(self, text: str) -> None:
        """The customer's alert text, shown while it has one."""
        self.alert.setText(text)
        self.alert.setVisible(bool(text.strip()))

    def apply(self, quote: QuoteDetails) -> QuoteDetails:
        """`quote` with the header's values."""
        body = replace(
            quote.body,
            their_reference=self.field_their_reference.text(),
            our_reference=self.field_our_reference.text(),
            rot_rut=self.field_rot_rut.currentData() or "",
        )
        return replace(
            quote,
            body=body,
            quote_date=_date(self.field_quote_date.date()),
            valid_until=_date(self.field_valid_until.date()),
        )

    def set_editable(self, editable: bool) -> None:
        """Let the user change the fields, or only read them."""
        for widget in (
            self.field_quote_date,
            self.field_valid_until,
            self.field_their_reference,
            self.field_our_reference,
            self.field_rot_rut,
        ):
            widget.setEnabled(editable)
