"""The card's first tab: who the customer is and the terms its invoices get."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from kundbok.domain.credit import check_credit_limit
from kundbok.domain.customer import CURRENCIES, CustomerDetails, check_field
from kundbok.domain.errors import KundbokError
from kundbok.domain.invoicing import vat_rates_on
from kundbok.domain.money import parse_amount
from kundbok.ui.country_combo import CountryCombo
from kundbok.ui.customer_card.fields import AddressBox, ValidatedLineEdit, country_of, line_edit
from kundbok.ui.customer_card.group_field import GroupField
from kundbok.ui.customer_card.tab import CardTab
from kundbok.ui.formatting import display_identifier


def _rate_key(rate: Decimal) -> str:
    """A rate as the VAT box keeps it: "25", "12", "6" (never "1E+1" for ten)."""
    return f"{rate.normalize():f}"


def credit_limit_of(text: str) -> Decimal | None:
    """The credit limit typed ("50 000", "50000,00"); None when empty: no limit."""
    return check_credit_limit(parse_amount(text, "credit_limit")) if text.strip() else None


def _typed_limit(text: str) -> Decimal | None:
    # The field shows what is wrong and Save stays off meanwhile; the marks read None.
    try:
        return credit_limit_of(text)
    except KundbokError:
        return None


class DetailsTab(CardTab):
    """Uppgifter: name, identifiers, the billing address, ways to reach the customer,
    invoicing terms."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tab_details")
        left, right = QFormLayout(), QFormLayout()
        self.field_number = QLabel(self)
        self.field_number.setObjectName("field_number")
        self.field_kind = QComboBox(self)
        self.field_kind.setObjectName("field_kind")
        self.field_kind.addItem(self.tr("Company"), "company")
        self.field_kind.addItem(self.tr("Private person"), "private")
        self.name = ValidatedLineEdit(
            "name", lambda text: check_field("name", text), self, quiet_when_empty=True
        )
        self.identifier = ValidatedLineEdit(
            "org_number", lambda text: check_field("org_number", text, self.kind()), self
        )
        self.vat_number = ValidatedLineEdit(
            "vat_number",
            lambda text: check_field("vat_number", text, country=country_of(self.field_country)),
            self,
        )
        self.org_number_label = QLabel(self.tr("Organisation number"), self)
        left.addRow(self.tr("Customer number"), self.field_number)
        left.addRow(self.tr("Kind"), self.field_kind)
        left.addRow(self.tr("Name *"), self.name)
        left.addRow(self.org_number_label, self.identifier)
        left.addRow(self.tr("VAT number"), self.vat_number)
        # The billing address beside the name, as on paper; the Contacts tab shows the same
        # address (`fields.mirror`), and saves it.
        self.billing = AddressBox("billing", self.tr("Billing address"), self, "details_")
        left.addRow(self.billing)
        self.field_reference = line_edit("reference", self)
        left.addRow(self.tr("Their reference"), self.field_reference)
        self.field_phone, self.field_mobile = line_edit("phone", self), line_edit("mobile", self)
        self.field_fax = line_edit("fax", self)
        self.email = ValidatedLineEdit("email", lambda text: check_field("email", text), self)
        self.field_website = line_edit("website", self)
        left.addRow(self.tr("Phone"), self.field_phone)
        left.addRow(self.tr("Mobile"), self.field_mobile)
        left.addRow(self.tr("Fax"), self.field_fax)
        left.addRow(self.tr("E-mail"), self.email)
        left.addRow(self.tr("Website"), self.field_website)
        self._build_terms(right)

        columns = QHBoxLayout(self)
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        self.field_kind.currentIndexChanged.connect(self._kind_changed)
        self.field_country.changed.connect(self.vat_number.check)
        for box in (self.field_vat_rate, self.field_currency, self.field_language):
            box.currentIndexChanged.connect(self._update_group_marks)
        for spin in (self.field_payment_terms, self.field_discount_percent):
            spin.valueChanged.connect(self._update_group_marks)
        self.credit_limit.edit.textChanged.connect(self._update_group_marks)

    def _build_terms(self, right: QFormLayout) -> None:
        """The right column, each field made as it is added: Tab follows the order in which
        fields were made (and a marked field is made again when its row takes it)."""
        self.field_group = GroupField(self)
        mark = self.field_group.mark
        right.addRow(self.tr("Customer group"), self.field_group)
        self.field_payment_terms = QSpinBox(self)
        self.field_payment_terms.setObjectName("field_payment_terms")
        self.field_payment_terms.setRange(-1, 365)
        self.field_payment_terms.setSpecialValueText(self.tr("Company default"))
        self.field_payment_terms.setSuffix(self.tr(" days"))
        right.addRow(self.tr("Payment terms"), mark("payment_terms_days", self.field_payment_terms))
        self.field_vat_rate = QComboBox(self)
        self.field_vat_rate.setObjectName("field_vat_rate")
        self.field_vat_rate.addItem(self.tr("Standard (company default)"), None)
        for rate in vat_rates_on(dt.date.today()):
            self.field_vat_rate.addItem(f"{_rate_key(rate)} %", _rate_key(rate))
        right.addRow(self.tr("Specific VAT"), mark("vat_rate", self.field_vat_rate))
        self.field_currency = QComboBox(self)
        self.field_currency.setObjectName("field_currency")
        self.field_currency.addItems(list(CURRENCIES))
        right.addRow(self.tr("Currency"), mark("currency", self.field_currency))
        self.field_language = QComboBox(self)
        self.field_language.setObjectName("field_language")
        self.field_language.addItem(self.tr("Swedish"), "sv")
        self.field_language.addItem(self.tr("English"), "en")
        right.addRow(self.tr("Invoice language"), mark("language", self.field_language))
        self.field_country = CountryCombo("country", self)
        right.addRow(self.tr("Country"), self.field_country)
        self.field_discount_percent = QDoubleSpinBox(self)
        self.field_discount_percent.setObjectName("field_discount_percent")
        self.field_discount_percent.setRange(0, 100)
        self.field_discount_percent.setDecimals(2)
        self.field_discount_percent.setSuffix(" %")
        right.addRow(
            self.tr("General discount"), mark("discount_percent", self.field_discount_percent)
        )
        self.credit_limit = ValidatedLineEdit("credit_limit", credit_limit_of, self)
        self.credit_limit.edit.setPlaceholderText(self.tr("none"))
        right.addRow(self.tr("Credit limit (kr)"), mark("credit_limit", self.credit_limit))
        self.field_alert_text = line_edit("alert_text", self)
        self.field_alert_text.setPlaceholderText(self.tr("Shown when an invoice is made"))
        right.addRow(self.tr("Alert text"), self.field_alert_text)
        self.field_invoice_by_email = QCheckBox(self.tr("Send invoices by e-mail"), self)
        self.field_invoice_by_email.setObjectName("field_invoice_by_email")
        self.field_active = QCheckBox(self.tr("Active (untick to make the customer passive)"), self)
        self.field_active.setObjectName("field_active")
        self.field_blocked = QCheckBox(self.tr("Blocked: no new invoices"), self)
        self.field_blocked.setObjectName("field_blocked")
        for box in (self.field_invoice_by_email, self.field_active, self.field_blocked):
            right.addRow("", box)

    def _update_group_marks(self) -> None:
        self.field_group.update_marks(self.apply(CustomerDetails(name="")))

    def kind(self) -> str:
        """ "company" or "private", as chosen."""
        return str(self.field_kind.currentData() or "company")

    def _kind_changed(self) -> None:
        private = self.kind() == "private"
        self.org_number_label.setText(
            self.tr("Personal number") if private else self.tr("Organisation number")
        )
        self.identifier.edit.setAccessibleName(self.org_number_label.text())
        self.identifier.edit.setPlaceholderText("YYYYMMDD-NNNN" if private else "NNNNNN-NNNN")
        self.identifier.check()

    def _show_vat_rate(self, rate: Decimal | None) -> None:
        key = None if rate is None else _rate_key(rate)
        if key is not None and self.field_vat_rate.findData(key) < 0:
            # A rate no longer in force stays as the customer has it until someone changes it.
            self.field_vat_rate.addItem(f"{key} %", key)
        self.field_vat_rate.setCurrentIndex(max(0, self.field_vat_rate.findData(key)))

    def show_details(self, details: CustomerDetails) -> None:
        """Fill the tab from `details`."""
        self.billing.show_address(details.address("billing"))
        self.field_number.setText(
            str(details.number) if details.number else self.tr("(given on save)")
        )
        self.field_kind.setCurrentIndex(max(0, self.field_kind.findData(details.kind)))
        self.name.setText(details.name)
        private = details.kind == "private"
        identifier = details.personal_number if private else details.org_number
        self.identifier.setText(display_identifier(identifier))
        self.field_country.set_code(details.country)
        self.vat_number.setText(details.vat_number or "")
        self.email.setText(details.email)
        self.field_reference.setText(details.reference)
        self.field_phone.setText(details.phone)
        self.field_mobile.setText(details.mobile)
        self.field_fax.setText(details.fax)
        self.field_website.setText(details.website)
        terms = details.payment_terms_days
        self.field_payment_terms.setValue(-1 if terms is None else terms)
        self._show_vat_rate(details.vat_rate)
        self.field_currency.setCurrentText(details.currency)
        self.field_language.setCurrentIndex(max(0, self.field_language.findData(details.language)))
        self.field_discount_percent.setValue(float(details.discount_percent))
        self.field_invoice_by_email.setChecked(details.invoice_by_email)
        self.field_active.setChecked(details.active)
        self.field_blocked.setChecked(details.blocked)
        self.field_alert_text.setText(details.alert_text)
        limit = details.credit_limit
        self.credit_limit.setText("" if limit is None else f"{limit.normalize():f}")
        self.field_group.show_group(details.group_id)
        self._kind_changed()
        self._update_group_marks()

    def apply(self, details: CustomerDetails) -> CustomerDetails:
        """`details` with this tab's fields."""
        kind = self.kind()
        identifier = self.identifier.value()
        terms = self.field_payment_terms.value()
        rate = self.field_vat_rate.currentData()
        return replace(
            details,
            name=self.name.text(),
            kind=kind,
            org_number=identifier if kind == "company" else None,
            personal_number=identifier if kind == "private" else None,
            vat_number=self.vat_number.value(),
            reference=self.field_reference.text().strip(),
            phone=self.field_phone.text().strip(),
            mobile=self.field_mobile.text().strip(),
            fax=self.field_fax.text().strip(),
            email=self.email.text(),
            website=self.field_website.text().strip(),
            country=country_of(self.field_country),
            language=str(self.field_language.currentData()),
            currency=self.field_currency.currentText(),
            payment_terms_days=None if terms < 0 else terms,
            vat_rate=None if rate is None else Decimal(rate),
            # The spin box holds a float: two decimals through text give the exact percent.
            discount_percent=Decimal(f"{self.field_discount_percent.value():.2f}"),
            invoice_by_email=self.field_invoice_by_email.isChecked(),
            active=self.field_active.isChecked(),
            blocked=self.field_blocked.isChecked(),
            alert_text=self.field_alert_text.text().strip(),
            group_id=self.field_group.group_id(),
            credit_limit=_typed_limit(self.credit_limit.text()),
        )
