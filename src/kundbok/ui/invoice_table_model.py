"""The invoice list's rows: the search service's pages, fetched as the user scrolls.

A search reads one page; the view asks for the next (`fetchMore`) when it is scrolled to the
end, so 20,000 invoices are never read at once. `data()` never queries: it shows the rows held.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from kundbok.domain.invoice import InvoiceStatus
from kundbok.services.invoice_queries import InvoiceRow, search_invoices
from kundbok.services.invoice_search import InvoiceQuery
from kundbok.ui.formatting import display_date, display_money
from kundbok.ui.invoice_status import status_description
from kundbok.ui.palette import OVERDUE, colour

if TYPE_CHECKING:
    from kundbok.db.session import Database

PAGE_SIZE = 100
Index = QModelIndex | QPersistentModelIndex

HEADERS = (
    QT_TRANSLATE_NOOP("InvoiceTableModel", "No."),
    QT_TRANSLATE_NOOP("InvoiceTableModel", "Kind"),
    QT_TRANSLATE_NOOP("InvoiceTableModel", "Customer"),
    QT_TRANSLATE_NOOP("InvoiceTableModel", "Invoice date"),
    QT_TRANSLATE_NOOP("InvoiceTableModel", "Due date"),
    QT_TRANSLATE_NOOP("InvoiceTableModel", "Amount"),
    QT_TRANSLATE_NOOP("InvoiceTableModel", "Open"),
    QT_TRANSLATE_NOOP("InvoiceTableModel", "Status"),
    QT_TRANSLATE_NOOP("InvoiceTableModel", "Last reminder"),
    QT_TRANSLATE_NOOP("InvoiceTableModel", "Sent"),
)
AMOUNT_COLUMNS = (0, 5, 6)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
STATUS_COLUMN = 7
DISPLAY = Qt.ItemDataRole.DisplayRole.value
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
ANSWERED_ROLES = frozenset((DISPLAY, ALIGNMENT, FOREGROUND, Qt.ItemDataRole.UserRole.value))


class InvoiceTableModel(QAbstractTableModel):
    """Rows of the invoice list for the current query, newest first."""

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._query = InvoiceQuery()
        self._rows: list[InvoiceRow] = []
        self._more = False
        self._today = dt.date.today()

    @property
    def query(self) -> InvoiceQuery:
        return self._query

    @property
    def rows(self) -> list[InvoiceRow]:
        """The rows read so far, in list order."""
        return self._rows

    def set_query(self, query: InvoiceQuery) -> None:
        """Show the first page of what `query` finds."""
        self.beginResetModel()
        self._query = query
        self._today = dt.date.today()
        self._rows = self._page(0)
        self._more = len(self._rows) == PAGE_SIZE
        self.endResetModel()

    def reread(self, at_least: int) -> None:
        """Read the list again, as many rows as `at_least` (the ones the user had scrolled
        through stay)."""
        self.beginResetModel()
        self._today = dt.date.today()
        pages = max(1, -(-at_least // PAGE_SIZE))
        self._rows = search_invoices(self._db, self._query, self._today, 0, pages * PAGE_SIZE)
        self._more = len(self._rows) == pages * PAGE_SIZE
        self.endResetModel()

    def reading(self, at_least: int = PAGE_SIZE) -> Callable[[], list[InvoiceRow]]:
        """What reads the list again, as many rows as `at_least`, to call off the window's
        thread; `show` then shows what it read."""
        db, query, today = self._db, self._query, dt.date.today()
        pages = max(1, -(-at_least // PAGE_SIZE))
        return lambda: search_invoices(db, query, today, 0, pages * PAGE_SIZE)

    def show(self, rows: list[InvoiceRow], query: InvoiceQuery) -> None:
        """Show `rows`, read by `reading` for `query`, unless the list asks for another query
        by now (its own reading is newer)."""
        if query != self._query:
            return
        self.beginResetModel()
        self._today = dt.date.today()
        self._rows = rows
        self._more = len(rows) > 0 and len(rows) % PAGE_SIZE == 0
        self.endResetModel()

    def _page(self, offset: int) -> list[InvoiceRow]:
        return search_invoices(self._db, self._query, self._today, offset, PAGE_SIZE)

    # --- Qt's model interface ------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self._page(len(self._rows))
        self._more = len(page) == PAGE_SIZE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Asked for about seven roles of each cell on every paint: the ones not answered are
        # turned away first, before the row is looked at.
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        row = index.row()
        if row >= len(self._rows):
            return None
        invoice = self._rows[row]
        column = index.column()
        if role == DISPLAY:
            return self._display(invoice, column)
        if role == ALIGNMENT:
            return RIGHT if column in AMOUNT_COLUMNS else None
        if role == FOREGROUND:
            overdue = column == STATUS_COLUMN and invoice.status == InvoiceStatus.OVERDUE
            return QBrush(colour(OVERDUE)) if overdue else None
        return invoice.id  # UserRole

    def _display(self, invoice: InvoiceRow, column: int) -> str:
        match column:
            case 0:
                return str(invoice.number or "")
            case 1:
                return (
                    self.tr("Credit note") if invoice.kind == "credit_note" else self.tr("Invoice")
                )
            case 2:
                return f"{invoice.customer_name} ({invoice.customer_number})"
            case 3:
                return invoice.invoice_date.isoformat() if invoice.invoice_date else ""
            case 4:
                return invoice.due_date.isoformat() if invoice.due_date else ""
            case 5:
                return f"{display_money(invoice.total)} {invoice.currency}"
            case 6:
                return display_money(invoice.open_amount) if invoice.number else ""
            case 7:
                return status_description(invoice)
            case 8:
                return self._reminder(invoice)
            case _:
                return self.how_sent(invoice)

    def _reminder(self, invoice: InvoiceRow) -> str:
        if invoice.reminded_on is None:
            return ""
        return self.tr("{date} (no. {level})").format(
            date=display_date(invoice.reminded_on), level=invoice.reminder_level
        )

    def how_sent(self, invoice: InvoiceRow) -> str:
        """How the invoice went out: e-mailed, its e-invoice file written, printed (each with
        its date); else what its customer expects and it has not had."""
        if invoice.number is None:
            return ""
        ways = [
            text.format(date=display_date(moment))
            for moment, text in (
                (invoice.sent_at, self.tr("E-mailed {date}")),
                (invoice.einvoice_written_at, self.tr("E-invoice file {date}")),
                (invoice.printed_at, self.tr("Printed {date}")),
            )
            if moment is not None
        ]
        if ways:
            return ", ".join(ways)
        return self.tr("Unsent") if invoice.by_email else self.tr("Not printed yet")
