"""The card's invoices: the customer's invoices and what the customer owes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kundbok.db.session import Database
from kundbok.services.invoice_queries import customer_balance
from kundbok.ui.customer_card.lazy_tab import LazyTab
from kundbok.ui.formatting import display_money
from kundbok.ui.invoice_list import InvoiceList


class InvoicesTab(LazyTab):
    """Fakturor: the invoice list limited to this customer, with the balance above it."""

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tab_invoices")
        self._db = db
        self.balance = QLabel(self)
        self.balance.setObjectName("customer_balance")
        self.invoices = InvoiceList(db, self)
        self.invoices.status_filter.setCurrentIndex(0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.balance)
        layout.addWidget(self.invoices)

    def read(self, customer_id: int | None) -> None:
        """Show the customer's invoices and balance (none for a customer not yet saved)."""
        if customer_id is None:
            self.balance.setText(self.tr("No invoices yet."))
            self.invoices.setEnabled(False)
            return
        self.invoices.setEnabled(True)
        self.invoices.show_customer(customer_id)
        owed = customer_balance(self._db, customer_id)
        self.balance.setText(
            self.tr("Balance (unpaid invoices): {amount} kr").format(amount=display_money(owed))
        )
