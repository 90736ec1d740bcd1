"""The card's invoices: the customer's invoices and what the customer owes."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

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
        self._customer_id: int | None = None
        self.balance = QLabel(self)
        self.balance.setObjectName("customer_balance")
        self.button_statement = QPushButton(self.tr("Send statement of account…"), self)
        self.button_statement.setObjectName("button_statement")
        self.button_statement.clicked.connect(self.open_statement)
        self.invoices = InvoiceList(db, self)
        self.invoices.status_filter.setCurrentIndex(0)
        top = QHBoxLayout()
        top.addWidget(self.balance, 1)
        top.addWidget(self.button_statement)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.invoices)

    def read(self, customer_id: int | None) -> None:
        """Show the customer's invoices and balance (none for a customer not yet saved)."""
        self._customer_id = customer_id
        self.button_statement.setEnabled(customer_id is not None)
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

    def open_statement(self) -> QWidget | None:
        """Skicka kontoutdrag: the customer's statement of account, for a period."""
        from kundbok.services.customers import get_customer
        from kundbok.ui.statement_dialog import open_statement_dialog

        if self._customer_id is None:
            return None
        customer = get_customer(self._db, self._customer_id)
        return open_statement_dialog(
            self, self._db, [self._customer_id], [f"{customer.number} {customer.name}"]
        )
