"""The card's bookkeeping accounts, when this customer's differ from the company's, what was
agreed with the customer about reminders (its own reminder fee and a fixed interest rate) and
about prices: its price list and its own prices."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from kundbok.db.session import Database
from kundbok.domain import accounts
from kundbok.domain.customer import CustomerDetails, check_field
from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kundbok.domain.late_payment import check_reminder_fee
from kundbok.domain.money import parse_amount
from kundbok.services.price_lists import PriceOwner, list_price_lists
from kundbok.ui.agreed_prices import AgreedPrices
from kundbok.ui.customer_card.fields import ValidatedLineEdit
from kundbok.ui.customer_card.tab import CardTab
from kundbok.ui.formatting import display_money, display_number
from kundbok.ui.price_list_choice import PriceListChoice


class AccountsTab(CardTab):
    """Konton: the sales and receivables accounts (BAS) of this customer's invoices."""

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tab_accounts")
        self.sales_account = ValidatedLineEdit(
            "sales_account", lambda text: check_field("sales_account", text), self
        )
        self.receivables_account = ValidatedLineEdit(
            "receivables_account", lambda text: check_field("receivables_account", text), self
        )
        self.sales_account.edit.setPlaceholderText(accounts.SALES)
        self.receivables_account.edit.setPlaceholderText(accounts.RECEIVABLES)
        form = QFormLayout()
        form.addRow(
            QLabel(self.tr("Leave empty to use the accounts of the company settings."), self)
        )
        form.addRow(self.tr("Sales account"), self.sales_account)
        form.addRow(self.tr("Receivables account"), self.receivables_account)
        self.reminder_fee = ValidatedLineEdit("reminder_fee", _fee, self)
        self.reminder_fee.edit.setPlaceholderText(self.tr("as the company settings"))
        self.agreed_interest = ValidatedLineEdit("agreed_interest_percent", _percent, self)
        self.agreed_interest.edit.setPlaceholderText(self.tr("reference rate plus the points"))
        form.addRow(self.tr("Agreed reminder fee (kr)"), self.reminder_fee)
        form.addRow(self.tr("Agreed interest (% a year)"), self.agreed_interest)
        self.field_price_list = PriceListChoice(self)
        self.field_price_list.set_lists(list_price_lists(db))
        form.addRow(self.tr("Price list"), self.field_price_list)
        self.own_prices_hint = QLabel(self)
        self.own_prices_hint.setObjectName("own_prices_hint")
        self.own_prices_hint.setWordWrap(True)
        self.own_prices = AgreedPrices(db, self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.own_prices_hint)
        layout.addWidget(self.own_prices, 1)

    def show_details(self, details: CustomerDetails) -> None:
        """Show the customer's own accounts (empty: the company's)."""
        self.sales_account.setText(details.sales_account or "")
        self.receivables_account.setText(details.receivables_account or "")
        fee = details.reminder_fee
        self.reminder_fee.setText("" if fee is None else display_money(fee))
        self.agreed_interest.setText(_text(details.agreed_interest_percent))
        self.field_price_list.show_list(details.price_list_id)
        saved = details.id is not None
        self.own_prices.show_owner(PriceOwner(customer_id=details.id) if saved else None)
        self.own_prices_hint.setText(
            self.tr(
                "The customer's own prices, before any list's; saved as you add or change them."
            )
            if saved
            else self.tr("Save the customer to give it prices of its own.")
        )

    def apply(self, details: CustomerDetails) -> CustomerDetails:
        """`details` with the accounts as typed."""
        return replace(
            details,
            sales_account=self.sales_account.value(),
            receivables_account=self.receivables_account.value(),
            reminder_fee=_fee(self.reminder_fee.text()),
            agreed_interest_percent=_percent(self.agreed_interest.text()),
            price_list_id=self.field_price_list.list_id(),
        )


def _text(value: Decimal | None) -> str:
    return "" if value is None else display_number(value)


def _fee(text: str) -> Decimal | None:
    """The fee agreed with this customer (0–60 kr); None: the company's."""
    if not text.strip():
        return None
    return check_reminder_fee(parse_amount(text, "reminder_fee"))


def _percent(text: str) -> Decimal | None:
    """A yearly interest rate agreed with this customer; None: the statutory one."""
    if not text.strip():
        return None
    percent = parse_amount(text, "agreed_interest_percent")
    if not Decimal(0) <= percent <= Decimal(100):
        raise ValidationError(
            "agreed_interest_percent",
            QT_TRANSLATE_NOOP("messages", "A percentage must lie between 0 and 100."),
        )
    return percent
