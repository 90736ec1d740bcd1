"""Offerter: every quote with its status, filtered by status and searched by number or
customer; a quote opens in its editor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.quote import QuoteStatus
from kundbok.services.quote_queries import QuoteRow, list_quotes
from kundbok.ui.formatting import display_money
from kundbok.ui.palette import OVERDUE, colour, follow_scheme
from kundbok.ui.quote_status import quote_status_text

SHOWN = 500
SEARCH_PAUSE_MS = 200


class QuoteList(QWidget):
    """The quotes, newest first, with what is invoiced of each."""

    open_requested = Signal(int)  # a quote's id

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quote_list")
        self._db = db
        self._customer_id: int | None = None
        self._rows: list[QuoteRow] = []
        self.editors: list[QWidget] = []  # quote editors opened from here, kept while open
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("quote_status_filter")
        self.status_filter.addItem(self.tr("All"), None)
        for status in QuoteStatus:
            self.status_filter.addItem(quote_status_text(status), status)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.search = QLineEdit(self)
        self.search.setObjectName("quote_search")
        self.search.setAccessibleName(self.tr("Search quotes"))
        self.search.setPlaceholderText(self.tr("Quote number or customer…"))
        self.search.setClearButtonEnabled(True)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._pause.start())
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("quote_table")
        self.table.setAccessibleName(self.tr("Quotes"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Customer"),
                self.tr("Quote date"),
                self.tr("Valid until"),
                self.tr("Amount"),
                self.tr("Invoiced"),
                self.tr("Status"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(
            lambda index: self.open_requested.emit(self._rows[index.row()].id)
        )
        self.open_requested.connect(self.open_quote)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show"), self))
        bar.addWidget(self.status_filter)
        bar.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        follow_scheme(self, self._colour_expired)

    def show_customer(self, customer_id: int | None) -> None:
        """Only one customer's quotes (None: everyone's)."""
        self._customer_id = customer_id
        self.refresh()

    def refresh(self) -> None:
        """Read the list again with the filter and search as they stand."""
        chosen = self.status_filter.currentData()  # Qt hands the enum back as its text
        self._rows = list_quotes(
            self._db,
            QuoteStatus(chosen) if chosen else None,
            self.search.text(),
            self._customer_id,
            dt.date.today(),
            SHOWN,
        )
        self.table.setRowCount(len(self._rows))
        for row, quote in enumerate(self._rows):
            values = (
                str(quote.number),
                f"{quote.customer_name} ({quote.customer_number})",
                quote.quote_date.isoformat(),
                quote.valid_until.isoformat(),
                f"{display_money(quote.total)} {quote.currency}",
                display_money(quote.billed) if quote.billed else "",
                quote_status_text(quote.status),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (0, 4, 5):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self._colour_expired()
        self.table.resizeColumnsToContents()

    def _colour_expired(self) -> None:
        """The status of an expired quote ("Utgången") in the scheme's red."""
        for row, quote in enumerate(self._rows):
            item = self.table.item(row, 6)
            if quote.status == QuoteStatus.EXPIRED and item is not None:
                item.setForeground(colour(OVERDUE))

    def open_quote(self, quote_id: int) -> QWidget | None:
        """Open a quote in its editor; the list follows what the editor does."""
        from kundbok.ui.quote_editor import open_quote_editor

        editor = open_quote_editor(self._db, quote_id=quote_id, parent=self.window())
        if editor is not None:
            editor.saved.connect(lambda _id: self.refresh())
            self.editors.append(editor)
        return editor
