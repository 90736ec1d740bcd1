"""The card's bookkeeping accounts, when this customer's differ from the company's, and what
was agreed with the customer about reminders: its own reminder fee and a fixed interest rate."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from kundbok.domain import accounts
from kundbok.domain.customer import CustomerDetails, check_field
from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kundbok.domain.late_payment import check_reminder_fee
from kundbok.domain.money import parse_amount
from kundbok.ui.customer_card.fields import ValidatedLineEdit
from kundbok.ui.customer_card.tab import CardTab
from kundbok.ui.formatting import display_money, display_number


class AccountsTab(CardTab):
    """Konton: the sales and receivables accounts (BAS) of this customer's invoices."""

    def __init__(self, parent: QWidget) -> None:
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
        form = QFormLayout(self)
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

    def show_details(self, details: CustomerDetails) -> None:
        """Show the customer's own accounts (empty: the company's)."""
        self.sales_account.setText(details.sales_account or "")
        self.receivables_account.setText(details.receivables_account or "")
        fee = details.reminder_fee
        self.reminder_fee.setText("" if fee is None else display_money(fee))
        self.agreed_interest.setText(_text(details.agreed_interest_percent))

    def apply(self, details: CustomerDetails) -> CustomerDetails:
        """`details` with the accounts as typed."""
        return replace(
            details,
            sales_account=self.sales_account.value(),
            receivables_account=self.receivables_account.value(),
            reminder_fee=_fee(self.reminder_fee.text()),
            agreed_interest_percent=_percent(self.agreed_interest.text()),
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
