"""The card's quotes: the quote list limited to this customer."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kundbok.db.session import Database
from kundbok.ui.customer_card.lazy_tab import LazyTab
from kundbok.ui.quote_list import QuoteList


class QuotesTab(LazyTab):
    """Offerter: the customer's quotes, opened in their editor on a double click, and a new
    one for the customer."""

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tab_quotes")
        self._db = db
        self.none_yet = QLabel(self.tr("No quotes yet."), self)
        # The button above the list is made first, so that Tab reaches it first.
        self.button_new_quote = QPushButton(self.tr("New quote…"), self)
        self.button_new_quote.setObjectName("button_new_quote")
        self.quotes = QuoteList(db, self)
        self.button_new_quote.clicked.connect(lambda _checked=False: self.new_quote())
        top = QHBoxLayout()
        top.addWidget(self.none_yet, 1)
        top.addWidget(self.button_new_quote)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.quotes)

    def new_quote(self) -> QWidget | None:
        """A new quote for the card's customer in the quote editor; the tab lists it once
        saved."""
        from kundbok.ui.quote_editor import open_quote_editor

        if self._customer_id is None:
            return None
        editor = open_quote_editor(self._db, self._customer_id, parent=self.window())
        if editor is not None:
            editor.saved.connect(lambda _id: self.quotes.refresh())
            self.quotes.editors.append(editor)
        return editor

    def read(self, customer_id: int | None) -> None:
        """Show the customer's quotes (none for a customer not yet saved)."""
        self.none_yet.setVisible(customer_id is None)
        self.quotes.setEnabled(customer_id is not None)
        self.button_new_quote.setEnabled(customer_id is not None)
        if customer_id is not None:
            self.quotes.show_customer(customer_id)
