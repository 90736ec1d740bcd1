"""Kundgrupper: the customer groups, and a form for a group's name and defaults."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain import accounts
from kundbok.domain.customer import CURRENCIES
from kundbok.domain.customer_group import CustomerGroupDetails
from kundbok.domain.invoicing import vat_rates_on
from kundbok.domain.money import parse_amount
from kundbok.services.customer_groups import create_group, delete_group, list_groups, update_group
from kundbok.services.price_lists import list_price_lists
from kundbok.ui.accessibility import name_controls
from kundbok.ui.errors import attempt
from kundbok.ui.formatting import display_money, display_number
from kundbok.ui.price_list_choice import PriceListChoice
from kundbok.ui.screen_fit import resize_to_fit


def _percent_text(rate: Decimal | None) -> str:
    return "" if rate is None else display_number(rate)


def _rate_key(rate: Decimal) -> str:
    """A rate as the VAT box keeps it: "25", "12", "6"."""
    return f"{rate.normalize():f}"


def _optional_amount(edit: QLineEdit, field: str) -> Decimal | None:
    text = edit.text().strip()
    return None if not text else parse_amount(text, field)


class CustomerGroupsDialog(QDialog):
    """The groups on the left; the chosen group's name and defaults on the right. An empty
    field or "No default" means the group gives none: the customer keeps its own value."""

    groups_changed = Signal()  # a group was added, changed or deleted

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_groups_dialog")
        self.setWindowTitle(self.tr("Customer groups"))
        self._db = db
        self._groups: list[CustomerGroupDetails] = []
        self.group_list = QListWidget(self)
        self.group_list.setObjectName("group_list")
        self.group_list.currentRowChanged.connect(self._show_current)
        self._make_form()
        self.button_new_group = QPushButton(self.tr("New group"), self)
        self.button_new_group.setObjectName("button_new_group")
        self.button_new_group.clicked.connect(self.new_group)
        self.button_delete_group = QPushButton(self.tr("Delete group"), self)
        self.button_delete_group.setObjectName("button_delete_group")
        self.button_delete_group.clicked.connect(self.delete_current)
        self.button_save = QPushButton(self.tr("Save group"), self)
        self.button_save.setObjectName("button_save")
        self.button_save.clicked.connect(self.save)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(self.group_list)
        left.addWidget(self.button_new_group)
        left.addWidget(self.button_delete_group)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.button_save, 0, Qt.AlignmentFlag.AlignRight)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(close)
        resize_to_fit(self, 680, 380)
        self.reload()
        if not self._groups:
            self.new_group()
        name_controls(self)

    def _make_form(self) -> None:
        self.form = QFormLayout()
        self.field_name = QLineEdit(self)
        self.field_name.setObjectName("field_name")
        self.field_name.setMaxLength(100)
        self.field_payment_terms = QSpinBox(self)
        self.field_payment_terms.setObjectName("field_payment_terms")
        self.field_payment_terms.setRange(-1, 365)
        self.field_payment_terms.setSpecialValueText(self.tr("No default"))
        self.field_payment_terms.setSuffix(self.tr(" days"))
        self.field_vat_rate = self._choice("field_vat_rate")
        for rate in vat_rates_on(dt.date.today()):
            self.field_vat_rate.addItem(f"{_percent_text(rate)} %", _rate_key(rate))
        self.field_currency = self._choice("field_currency")
        for currency in CURRENCIES:
            self.field_currency.addItem(currency, currency)
        self.field_language = self._choice("field_language")
        self.field_language.addItem(self.tr("Swedish"), "sv")
        self.field_language.addItem(self.tr("English"), "en")
        self.field_discount_percent = self._line("field_discount_percent", "%")
        self.field_sales_account = self._line("field_sales_account", accounts.SALES)
        self.field_receivables_account = self._line(
            "field_receivables_account", accounts.RECEIVABLES
        )
        self.field_reminder_fee = self._line("field_reminder_fee", "kr")
        self.field_credit_limit = self._line("field_credit_limit", self.tr("kr (empty: none)"))
        self.field_price_list = PriceListChoice(self)
        self.field_price_list.set_lists(list_price_lists(self._db))
        self.form.addRow(self.tr("Name *"), self.field_name)
        self.form.addRow(self.tr("Payment terms"), self.field_payment_terms)
        self.form.addRow(self.tr("VAT"), self.field_vat_rate)
        self.form.addRow(self.tr("Currency"), self.field_currency)
        self.form.addRow(self.tr("Invoice language"), self.field_language)
        self.form.addRow(self.tr("Discount (%)"), self.field_discount_percent)
        self.form.addRow(self.tr("Sales account"), self.field_sales_account)
        self.form.addRow(self.tr("Receivables account"), self.field_receivables_account)
        self.form.addRow(self.tr("Reminder fee (kr)"), self.field_reminder_fee)
        self.form.addRow(self.tr("Credit limit (kr)"), self.field_credit_limit)
        self.form.addRow(self.tr("Price list"), self.field_price_list)

    def _choice(self, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.addItem(self.tr("No default"), None)
        return box

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    # --- the list ------------------------------------------------------------------------

    def reload(self, chosen: int | None = None) -> None:
        """Read the groups again and show `chosen` (else the first)."""
        self._groups = list_groups(self._db)
        self.group_list.blockSignals(True)
        self.group_list.clear()
        for group in self._groups:
            item = QListWidgetItem(
                self.tr("%1 (%2 customers)")
                .replace("%1", group.name)
                .replace("%2", str(group.customer_count))
            )
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            self.group_list.addItem(item)
        self.group_list.blockSignals(False)
        ids = [group.id for group in self._groups]
        row = ids.index(chosen) if chosen in ids else 0 if ids else -1
        self.group_list.setCurrentRow(row)
        self._show_current(row)

    def _current(self) -> CustomerGroupDetails | None:
        row = self.group_list.currentRow()
        return self._groups[row] if 0 <= row < len(self._groups) else None

    def _show_current(self, _row: int) -> None:
        group = self._current()
        self.button_delete_group.setEnabled(group is not None)
        self.show_group(group or CustomerGroupDetails(name=""))

    def show_group(self, group: CustomerGroupDetails) -> None:
        """Fill the form from `group`."""
        self.field_name.setText(group.name)
        terms = group.payment_terms_days
        self.field_payment_terms.setValue(-1 if terms is None else terms)
        rate = group.vat_rate
        if rate is not None and self.field_vat_rate.findData(_rate_key(rate)) < 0:
            # A rate no longer in force stays as the group has it until someone changes it.
            self.field_vat_rate.addItem(f"{_percent_text(rate)} %", _rate_key(rate))
        for box, value in (
            (self.field_vat_rate, None if rate is None else _rate_key(rate)),
            (self.field_currency, group.currency),
            (self.field_language, group.language),
        ):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.field_discount_percent.setText(_percent_text(group.discount_percent))
        self.field_sales_account.setText(group.sales_account or "")
        self.field_receivables_account.setText(group.receivables_account or "")
        fee = group.reminder_fee
        self.field_reminder_fee.setText("" if fee is None else display_money(fee))
        limit = group.credit_limit
        self.field_credit_limit.setText("" if limit is None else display_money(limit))
        self.field_price_list.show_list(group.price_list_id)

    def group(self) -> CustomerGroupDetails:
        """The group as the form shows it (amounts raise ValidationError when unreadable)."""
        terms = self.field_payment_terms.value()
        rate = self.field_vat_rate.currentData()
        return CustomerGroupDetails(
            name=self.field_name.text(),
            payment_terms_days=None if terms < 0 else terms,
            vat_rate=None if rate is None else Decimal(rate),
            currency=self.field_currency.currentData(),
            language=self.field_language.currentData(),
            discount_percent=_optional_amount(self.field_discount_percent, "discount_percent"),
            sales_account=self.field_sales_account.text().strip() or None,
            receivables_account=self.field_receivables_account.text().strip() or None,
            reminder_fee=_optional_amount(self.field_reminder_fee, "reminder_fee"),
            credit_limit=_optional_amount(self.field_credit_limit, "credit_limit"),
            price_list_id=self.field_price_list.list_id(),
        )

    # --- actions -------------------------------------------------------------------------

    def new_group(self) -> None:
        """An empty form for a new group."""
        self.group_list.setCurrentRow(-1)
        self.field_name.setFocus()

    def save(self) -> CustomerGroupDetails | None:
        """Save the form as a new group or over the chosen one; None when refused."""
        current = self._current()
        title = self.tr("Customer groups")
        if current is None or current.id is None:
            saved = attempt(self, title, lambda: create_group(self._db, self.group()))
        else:
            group_id = current.id
            saved = attempt(self, title, lambda: update_group(self._db, group_id, self.group()))
        if saved is not None:
            self.reload(saved.id)
            self.groups_changed.emit()
        return saved

    def delete_current(self) -> None:
        """Delete the chosen group after asking; one with customers is refused."""
        current = self._current()
        if current is None or current.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete group"),
            self.tr("Delete the group %1?").replace("%1", current.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        group_id = current.id
        title = self.tr("Delete group")

        def delete() -> bool:
            delete_group(self._db, group_id)
            return True

        if attempt(self, title, delete):
            self.reload()
            self.groups_changed.emit()
