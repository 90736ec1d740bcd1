"""The Customers tab of the main window: the search box, the group filter, "show passive" and
the paged list.

It knows nothing of the window around it: it says what happened on it through signals and
answers what is selected; the window decides what an edit, a Delete or a right-click does. Like
the window it is on screen before the database is open, so services are imported where used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QMenu, QVBoxLayout, QWidget

from kundbok.services.listing import CustomerQuery, CustomerRow
from kundbok.ui.customer_list import COLUMNS, CustomerTableModel, make_customer_table
from kundbok.ui.group_filter import GroupFilter
from kundbok.ui.list_keys import focus_list, on_enter, on_key

if TYPE_CHECKING:
    from kundbok.db.session import Database

_COLUMNS_KEY = "main_window/customer_columns"


class CustomerBrowser(QWidget):
    """Finds customers: words typed in any order, a group, passive ones or not."""

    selection_changed = Signal()
    listing_changed = Signal()  # another search was listed: what the status line counts
    edit_requested = Signal()  # a double-click, Return or Enter on a row
    deactivate_requested = Signal()  # Delete on the list
    context_menu_requested = Signal(QPoint)  # a right-click, at this point of the screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self.model = CustomerTableModel(self)
        self.table = make_customer_table(self.model, self)
        self.table.set_notice(self.tr("Opening the customer register…"))
        self.column_menu: QMenu | None = None
        self._make_widgets()

        # Typing searches on the next turn of the event loop, not after a pause: the keys that
        # arrived while a search ran are searched once, with the latest text.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_field.textChanged.connect(self._search_timer.start)
        self.search_field.returnPressed.connect(self._enter_in_search)
        on_key(self.search_field, Qt.Key.Key_Down, self.go_to_list)
        self.show_inactive.toggled.connect(self.apply_search)
        self.group_filter.currentIndexChanged.connect(self.apply_search)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.model.modelReset.connect(self.selection_changed)
        self.model.query_changed.connect(self.listing_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_requested.emit())
        self.table.customContextMenuRequested.connect(self._context_menu)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.show_column_menu)
        on_enter(self.table, self.edit_requested.emit)
        on_key(self.table, QKeySequence.StandardKey.Delete, self.deactivate_requested.emit)

    def _make_widgets(self) -> None:
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("search_field")
        self.search_field.setAccessibleName(self.tr("Search customers"))
        self.search_field.setPlaceholderText(
            self.tr("Search: name, number, org. no., contact, e-mail, phone, city…")
        )
        self.search_field.setClearButtonEnabled(True)
        self.show_inactive = QCheckBox(self.tr("Show passive"), self)
        self.show_inactive.setObjectName("show_inactive")
        self.group_filter = GroupFilter(self)
        bar = QHBoxLayout()
        bar.addWidget(self.search_field, 1)
        bar.addWidget(self.group_filter)
        bar.addWidget(self.show_inactive)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def open(self, db: Database) -> None:
        """The database is open: list its customers (the search typed meanwhile included)."""
        self._db = db
        self.table.set_notice("")
        self.group_filter.reload(db)
        self.model.open(db)

    def focus_search(self) -> None:
        """Put the cursor in the search box with its words selected, to type over them."""
        self.search_field.setFocus()
        self.search_field.selectAll()

    def current_query(self) -> CustomerQuery:
        """The search the box, the group, "show passive" and the sorted column make."""
        query = self.model.query
        return CustomerQuery(
            self.search_field.text(),
            self.show_inactive.isChecked(),
            query.sort,
            query.descending,
            self.group_filter.group_id(),
        )

    def apply_search(self) -> None:
        """Show the customers matching the search box (words in any order)."""
        self._search_timer.stop()
        self.model.set_query(self.current_query())

    def _enter_in_search(self) -> None:
        """Enter in the search box: the only customer found opens; among more, the list takes
        the keys with its first row selected, for Enter to open it or the arrows to move."""
        self.apply_search()
        if self.model.rowCount() == 1:
            self.table.selectRow(0)
            self.edit_requested.emit()
        else:
            self.go_to_list()

    def go_to_list(self) -> None:
        """Down (or Enter) in the search box: on to the list, at its selected or first row."""
        focus_list(self.table)

    def is_searching(self) -> bool:
        """Whether words are typed, so that the list shows part of the register."""
        return bool(self.search_field.text().strip())

    def selected_rows(self) -> list[CustomerRow]:
        """The selected customers, in list order."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [row for row in (self.model.row(r) for r in sorted(rows)) if row is not None]

    def selected_ids(self) -> list[int]:
        """The ids of the selected customers, in list order."""
        return [row.id for row in self.selected_rows()]

    def select_customer(self, customer_id: int) -> None:
        """Select and show a customer's row, if the current search lists it."""
        if self._db is None:
            return
        from kundbok.services.search import row_position

        position = row_position(self._db, self.model.query, customer_id)
        if position is None:
            return
        index = self.model.index(position, 1)
        self.model.data(index)  # asks for the page if it is not loaded yet
        self.table.selectRow(position)
        self.table.scrollTo(index, self.table.ScrollHint.PositionAtCenter)

    def reload_groups(self) -> None:
        """The groups changed: the filter offers them anew and the list shows their names."""
        if self._db is not None:
            self.group_filter.reload(self._db)
        self.table.reread_keeping_place()

    def shown_columns(self) -> list[str]:
        """The keys of the columns on screen, in the order shown."""
        header = self.table.horizontalHeader()
        shown = sorted(
            (c for c in range(len(COLUMNS)) if not header.isSectionHidden(c)),
            key=header.visualIndex,
        )
        return [COLUMNS[column][0] for column in shown]

    def _context_menu(self, point: QPoint) -> None:
        """A right-click acts on the row under the pointer, selected if it was not."""
        index = self.table.indexAt(point)
        selection = self.table.selectionModel()
        if index.isValid() and not selection.isRowSelected(index.row(), QModelIndex()):
            self.table.selectRow(index.row())
        self.context_menu_requested.emit(self.table.viewport().mapToGlobal(point))

    def show_column_menu(self, point: QPoint) -> QMenu:
        """Right-click on the header: choose which columns show (remembered with the layout)."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("column_menu")
        for column in range(self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != 1)  # the name always shows
            action.toggled.connect(
                lambda shown, column=column: header.setSectionHidden(column, not shown)
            )
        self.column_menu = menu
        menu.popup(header.mapToGlobal(point))
        return menu

    def restore_layout(self, settings: QSettings) -> None:
        """The columns' order, widths and hidden ones as the user left them."""
        header = settings.value(_COLUMNS_KEY)
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)

    def save_layout(self, settings: QSettings) -> None:
        """Remember the columns for the next start."""
        settings.setValue(_COLUMNS_KEY, self.table.horizontalHeader().saveState())
