"""The card's bookkeeping accounts, when this customer's differ from the company's."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from kundbok.domain.customer import CustomerDetails, check_field
from kundbok.ui.customer_card.fields import ValidatedLineEdit
from kundbok.ui.customer_card.tab import CardTab


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
        self.sales_account.edit.setPlaceholderText("3001")
        self.receivables_account.edit.setPlaceholderText("1510")
        form = QFormLayout(self)
        form.addRow(
            QLabel(self.tr("Leave empty to use the accounts of the company settings."), self)
        )
        form.addRow(self.tr("Sales account"), self.sales_account)
        form.addRow(self.tr("Receivables account"), self.receivables_account)

    def show_details(self, details: CustomerDetails) -> None:
        """Show the customer's own accounts (empty: the company's)."""
        self.sales_account.setText(details.sales_account or "")
        self.receivables_account.setText(details.receivables_account or "")

    def apply(self, details: CustomerDetails) -> CustomerDetails:
        """`details` with the accounts as typed."""
        return replace(
            details,
            sales_account=self.sales_account.value(),
            receivables_account=self.receivables_account.value(),
        )
