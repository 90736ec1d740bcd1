"""The card's quotes: the quote list limited to this customer."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kundbok.db.session import Database
from kundbok.ui.customer_card.lazy_tab import LazyTab
from kundbok.ui.quote_list import QuoteList


class QuotesTab(LazyTab):
    """Offerter: the customer's quotes, opened in their editor on a double click."""

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tab_quotes")
        self.none_yet = QLabel(self.tr("No quotes yet."), self)
        self.quotes = QuoteList(db, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.none_yet)
        layout.addWidget(self.quotes)

    def read(self, customer_id: int | None) -> None:
        """Show the customer's quotes (none for a customer not yet saved)."""
        self.none_yet.setVisible(customer_id is None)
        self.quotes.setEnabled(customer_id is not None)
        if customer_id is not None:
            self.quotes.show_customer(customer_id)
