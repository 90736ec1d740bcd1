"""The customer list: a lazy, paged table model over the search service, and its view.

The model keeps only the pages the user has looked at lately, as plain tuples. `data()` never
queries: a missing page is fetched on the next turn of the event loop and the rows then redrawn,
so a register of 100,000 customers scrolls without ever being loaded whole. The window shows the
list before the database is open (app.py); until the model is given it, the list is empty and the
view says why. This module imports no SQLAlchemy at the top, so that the window shows at once.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kundbok.domain.credit import is_over_limit
from kundbok.services.listing import CustomerQuery, CustomerRow
from kundbok.ui.formatting import display_identifier, display_money
from kundbok.ui.palette import OVERDUE, colour

if TYPE_CHECKING:
    from kundbok.db.session import Database

# A page fills a tall screen several times over, and is what a keystroke in the search box waits
# for: a search reads its first page and its count, no more.
PAGE_SIZE = 100
# How many selected customers a re-read after someone else's change selects again.
KEPT_SELECTION = 50
PAGES_KEPT = 24

# (sort key of the search service, header text) per column, in display order.
COLUMNS = (
    ("number", QT_TRANSLATE_NOOP("CustomerTableModel", "No.")),
    ("name", QT_TRANSLATE_NOOP("CustomerTableModel", "Name")),
    ("org_number", QT_TRANSLATE_NOOP("CustomerTableModel", "Org./personal no.")),
    ("reference", QT_TRANSLATE_NOOP("CustomerTableModel", "Reference")),
    ("city", QT_TRANSLATE_NOOP("CustomerTableModel", "City")),
    ("phone", QT_TRANSLATE_NOOP("CustomerTableModel", "Phone")),
    ("email", QT_TRANSLATE_NOOP("CustomerTableModel", "E-mail")),
    ("active", QT_TRANSLATE_NOOP("CustomerTableModel", "Status")),
    ("group", QT_TRANSLATE_NOOP("CustomerTableModel", "Group")),
    ("open_amount", QT_TRANSLATE_NOOP("CustomerTableModel", "Owes (kr)")),
)
# Read for the page shown, never sorted by: the list is not ordered by a sum over invoices.
UNSORTED = frozenset({"open_amount"})
Index = QModelIndex | QPersistentModelIndex


class CustomerTableModel(QAbstractTableModel):
    """Rows of the customer list for the current search, fetched a page at a time."""

    query_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Until the database is given, a query or a sort (the restored header's) is only
        # recorded: the first page is read once, when the database is open.
        self._db: Database | None = None
        self._query = CustomerQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[CustomerRow]] = OrderedDict()
        self._wanted: set[int] = set()
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_wanted)

    # --- what the list shows ---------------------------------------------------------------

    @property
    def query(self) -> CustomerQuery:
        return self._query

    @property
    def is_open(self) -> bool:
        """Whether the model has its database (before, it has no rows)."""
        return self._db is not None

    def open(self, db: Database) -> None:
        """Show the register of the open database `db`, starting with the recorded query."""
        self._db = db
        self.set_query(self._query)

    def set_query(self, query: CustomerQuery) -> None:
        """Show the customers matching `query`; the first page is there at once."""
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self._wanted.clear()
        self._count = 0
        if self._db is not None:
            from kundbok.services.search import first_page

            self._count, rows = first_page(self._db, query, PAGE_SIZE)
            if rows:
                self._pages[0] = rows
        self.endResetModel()
        self.query_changed.emit()

    def refresh(self) -> None:
        """Read the list again after a change (keeps the query and sort order)."""
        self.set_query(self._query)

    def position_of(self, customer_id: int) -> int | None:
        """The row a customer is on in the current list, None when the list does not show it."""
        if self._db is None:
            return None
        from kundbok.services.search import row_position

        return row_position(self._db, self._query, customer_id)

    def loaded_pages(self) -> int:
        return len(self._pages)

    def row(self, row: int) -> CustomerRow | None:
        """The customer on a row, if its page is loaded (it is, for any row on screen)."""
        page = self._pages.get(row // PAGE_SIZE)
        if page is None or row % PAGE_SIZE >= len(page):
            return None
        return page[row % PAGE_SIZE]

    # --- Qt's model interface ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(COLUMNS[section][1]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        customer = self.row(index.row())
        if customer is None:
            self._want(index.row() // PAGE_SIZE)
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 1 else None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(customer, key)
        over_limit = key == "open_amount" and is_over_limit(
            customer.open_amount, customer.credit_limit
        )
        if role == Qt.ItemDataRole.ForegroundRole and over_limit:
            return QBrush(colour(OVERDUE))
        if role == Qt.ItemDataRole.FontRole and over_limit:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ToolTipRole and over_limit and customer.credit_limit:
            return self.tr("Owes more than its credit limit of {limit} kr").format(
                limit=display_money(customer.credit_limit)
            )
        if role == Qt.ItemDataRole.AccessibleTextRole and over_limit and customer.credit_limit:
            # Red and bold to the eye; a screen reader says it in words.
            warning = self.data(index, Qt.ItemDataRole.ToolTipRole)
            return f"{self._display(customer, key)}, {warning}"
        if role == Qt.ItemDataRole.ForegroundRole and not customer.active:
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("number", "open_amount"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return customer.id
        return None

    def _display(self, customer: CustomerRow, key: str) -> str:
        match key:
            case "number":
                return str(customer.number)
            case "org_number":
                if customer.kind == "private" or customer.org_number is None:
                    return display_identifier(customer.personal_number, masked=True)
                return display_identifier(customer.org_number)
            case "city":
                return customer.city or ""
            case "active":
                return self.tr("Active") if customer.active else self.tr("Passive")
            case "open_amount":
                owed = customer.open_amount
                return display_money(owed) if owed else ""
            case _:
                return str(getattr(customer, key) or "")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][0] in UNSORTED:
            return  # Qt's "no sort column", or a column the list is not sorted by
        descending = order == Qt.SortOrder.DescendingOrder
        query = replace(self._query, sort=COLUMNS[column][0], descending=descending)
        if self._db is None:
            self._query = query
        elif query != self._query:  # the view asks again when sorting is switched on
            self.set_query(query)

    # --- fetching pages outside data() ---------------------------------------------------

    def _want(self, page: int) -> None:
        self._wanted.add(page)
        if not self._fetch_timer.isActive():
            self._fetch_timer.start()

    def _fetch_wanted(self) -> None:
        from kundbok.services.search import search_customers

        wanted, self._wanted = sorted(self._wanted), set()
        if self._db is None:
            return
        for page in wanted:
            if page in self._pages:
                continue
            self._pages[page] = search_customers(self._db, self._query, page * PAGE_SIZE, PAGE_SIZE)
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)  # forget the page looked at longest ago
            first = page * PAGE_SIZE
            last = min(first + PAGE_SIZE, self._count) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))


class CustomerTable(QTableView):
    """The list's view; while it has no rows it can say why, in the middle of the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notice = ""

    def reread_keeping_place(self) -> None:
        """Read the list again (someone else changed the register), keeping the selected
        customers, the current one and the scroll position."""
        model = self.model()
        if not isinstance(model, CustomerTableModel):
            return
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        selected = [row.id for row in (model.row(n) for n in rows) if row is not None]
        current = model.row(self.currentIndex().row()) if self.currentIndex().isValid() else None
        vertical, horizontal = self.verticalScrollBar().value(), self.horizontalScrollBar().value()
        model.refresh()
        self.doItemsLayout()  # the layout Qt would do later (resetting the scroll bars), now
        selection = QItemSelection()
        # Each is found by one counting query; a huge selection keeps its first rows only.
        for customer_id in selected[:KEPT_SELECTION]:
            position = model.position_of(customer_id)
            if position is not None:
                selection.select(model.index(position, 0), model.index(position, 0))
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
        position = model.position_of(current.id) if current is not None else None
        if position is not None:
            self.selectionModel().setCurrentIndex(model.index(position, 0), flags.NoUpdate)
        # Last: making a row current scrolls it into view, and the list should not move.
        self.verticalScrollBar().setValue(vertical)
        self.horizontalScrollBar().setValue(horizontal)

    def notice(self) -> str:
        """What the empty list says ("" once it has something to show)."""
        return self._notice

    def set_notice(self, text: str) -> None:
        self._notice = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self._notice and (model is None or model.rowCount() == 0):
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._notice,
            )
            painter.end()


def make_customer_table(model: CustomerTableModel, parent: QWidget | None = None) -> CustomerTable:
    """The list's view: whole rows, several at a time, sortable by clicking a header."""
    table = CustomerTable(parent)
    table.setObjectName("customer_table")
    table.setAccessibleName(QCoreApplication.translate("CustomerTable", "Customers"))
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # The indicator first: switching sorting on sorts by it at once (by default Qt's -1, which
    # counts from the end: a full sort by status of the whole register).
    table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionsMovable(True)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    for column, width in enumerate((70, 260, 130, 150, 120, 120, 220, 70, 120, 100)):
        header.resizeSection(column, width)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return table
