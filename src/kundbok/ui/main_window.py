"""The main window: the searchable customer list, the invoice tab and the status bar.

Its actions, menus and right-click menus are in main_actions.py; the cards, editors and
dialogs it opens are kept by window_opener.py. It is on screen before the database is open
(app.py): until `show_register()` gives it the database, the list says it is opening the
register and the actions that need data are off. So this module imports the modules of
invoices and services where they are first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kundbok.services.listing import CustomerQuery, CustomerRow
from kundbok.ui.customer_list import CustomerTableModel, make_customer_table
from kundbok.ui.group_filter import GroupFilter
from kundbok.ui.icons import icon
from kundbok.ui.main_actions import MainActions
from kundbok.ui.status_line import StatusLine
from kundbok.ui.window_opener import WindowOpener

if TYPE_CHECKING:
    from kundbok.db.session import Database
    from kundbok.ui.customer_card import CustomerCard
    from kundbok.ui.invoice_editor import InvoiceEditor
    from kundbok.ui.invoice_list import InvoiceList


class MainWindow(QMainWindow):
    """Kundbok's window: everything a day's work with customers starts from."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle("Kundbok")
        self.setWindowIcon(icon("kundbok"))
        self._db: Database | None = None
        self._settings = settings
        self._invoice_list: InvoiceList | None = None
        self._opener = WindowOpener(self, settings)

        self.model = CustomerTableModel(self)
        self.table = make_customer_table(self.model, self)
        self.table.set_notice(self.tr("Opening the customer register…"))
        self._make_central()
        self._actions = MainActions(self)
        self.action_new_customer = self._actions.new_customer
        self.action_edit_customer = self._actions.edit_customer
        self.action_deactivate_customers = self._actions.deactivate_customers
        self.action_reactivate_customers = self._actions.reactivate_customers
        self.action_create_invoice = self._actions.create_invoice
        self.action_new_invoice = self._actions.new_invoice
        self.action_export_vcard = self._actions.export_vcard
        self.action_import_vcard = self._actions.import_vcard
        self.action_import_payments = self._actions.import_payments
        self.action_import_customers = self._actions.import_customers
        self.action_export_customers = self._actions.export_customers
        self.action_articles = self._actions.articles
        self.action_settings = self._actions.settings
        self.action_quit = self._actions.quit
        self.status = StatusLine(self)
        self.statusBar().addPermanentWidget(self.status)

        # Typing searches on the next turn of the event loop, not after a pause: the keys that
        # arrived while a search ran are searched once, with the latest text.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_field.textChanged.connect(self._search_timer.start)
        self.search_field.returnPressed.connect(self.apply_search)
        self.show_inactive.toggled.connect(self.apply_search)
        self.group_filter.currentIndexChanged.connect(self.apply_search)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(lambda _index: self.edit_customer())
        self.table.customContextMenuRequested.connect(self._context_menu)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.model.modelReset.connect(self._update_actions)
        self.model.query_changed.connect(self._update_status)

        self._restore_layout()
        self.apply_search()  # recorded, with the restored sort order; read once the database opens
        self._update_actions()

    @property
    def db(self) -> Database:
        """The open database; nothing that needs it is offered before `show_register()`."""
        if self._db is None:
            raise RuntimeError("the customer register is not open yet")
        return self._db

    @property
    def is_open(self) -> bool:
        """Whether the window has its database and shows the register."""
        return self._db is not None

    def show_register(self, db: Database) -> None:
        """The database is open: list its customers (the search typed meanwhile included)."""
        self._db = db
        self.table.set_notice("")
        self.group_filter.reload(db)
        self.model.open(db)
        self._update_actions()
        from kundbok.ui.change_follower import ChangeFollower

        self.change_follower = ChangeFollower(db, self)
        self.change_follower.changed.connect(self._follow_changes)
        from kundbok.ui.register_busy import wait_off_this_thread

        wait_off_this_thread()
        from kundbok.ui.rot_rut_reminder import remind_unclaimed

        remind_unclaimed(self, db, self._actions.open_rot_rut_claim)

    def _follow_changes(self) -> None:
        """Another user committed: lists and cards without unsaved edits show it, in place."""
        self.status.forget_counts()
        self.table.reread_keeping_place()
        if self._invoice_list is not None:
            self._invoice_list.reread_keeping_place()
        self._opener.follow_changes()
        self._update_status()

    # --- building ---------------------------------------------------------------------

    def _make_central(self) -> None:
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("search_field")
        self.search_field.setPlaceholderText(
            self.tr("Search: name, number, org. no., contact, e-mail, phone, city…")
        )
        self.search_field.setClearButtonEnabled(True)
        self.show_inactive = QCheckBox(self.tr("Show passive"), self)
        self.show_inactive.setObjectName("show_inactive")
        bar = QHBoxLayout()
        self.group_filter = GroupFilter(self)
        bar.addWidget(self.search_field, 1)
        bar.addWidget(self.group_filter)
        bar.addWidget(self.show_inactive)
        customers = QWidget(self)
        layout = QVBoxLayout(customers)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("main_tabs")
        self.tabs.addTab(customers, icon("customers"), self.tr("Customers"))
        self._invoices_tab = QWidget(self)  # holds the invoice list once it is first shown
        self._invoices_layout = QVBoxLayout(self._invoices_tab)
        self._invoices_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._invoices_tab, icon("invoice"), self.tr("Invoices"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self.tabs)

    @property
    def invoice_list(self) -> InvoiceList:
        """The Invoices tab's list, built the first time it is wanted."""
        if self._invoice_list is None:
            from kundbok.ui.invoice_list import InvoiceList

            self._invoice_list = InvoiceList(self.db, self._invoices_tab)
            self._invoice_list.open_requested.connect(self.open_invoice)
            self._invoices_layout.addWidget(self._invoice_list)
            table = self._invoice_list.findChild(QAbstractItemView, "invoice_table")
            if table is not None and table.model() is not None:
                rows = table.model()
                for changed in (rows.rowsInserted, rows.rowsRemoved, rows.modelReset):
                    changed.connect(self._update_status)
        return self._invoice_list

    def on_invoices(self) -> bool:
        """Whether the Invoices tab is the one shown."""
        return self.tabs.currentWidget() is self._invoices_tab

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self._invoices_tab:
            self.invoice_list.refresh()
        self._update_actions()
        self._update_status()

    def refresh_invoices(self) -> None:
        """Read the invoice list again after an invoice was saved or deleted."""
        if self._invoice_list is not None:  # one not built yet is read when it is
            self._invoice_list.refresh()

    # --- the list ---------------------------------------------------------------------

    def current_query(self) -> CustomerQuery:
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

    def selected_rows(self) -> list[CustomerRow]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [row for row in (self.model.row(r) for r in sorted(rows)) if row is not None]

    def selected_ids(self) -> list[int]:
        return [row.id for row in self.selected_rows()]

    def select_customer(self, customer_id: int) -> None:
        """Select and show a customer's row, if the current search lists it."""
        from kundbok.services.search import row_position

        position = row_position(self.db, self.model.query, customer_id)
        if position is None:
            return
        index = self.model.index(position, 1)
        self.model.data(index)  # asks for the page if it is not loaded yet
        self.table.selectRow(position)
        self.table.scrollTo(index, self.table.ScrollHint.PositionAtCenter)

    def _update_actions(self, *_args: object) -> None:
        """Offer what the shown tab and the selection allow (the Invoices tab once open)."""
        self.tabs.setTabEnabled(self.tabs.indexOf(self._invoices_tab), self.is_open)
        self._actions.update()

    def customers_changed(self) -> None:
        """Customers were added or (de)activated: count them again and show the list anew."""
        self.status.forget_counts()
        self.apply_search()

    def _update_status(self, *_args: object) -> None:
        """The status bar counts what the shown tab lists: customers or invoices."""
        self.status.refresh()

    def _context_menu(self, point: QPoint) -> None:
        self.context_menu = self._actions.show_context_menu(point)

    def _column_menu(self, point: QPoint) -> None:
        self.column_menu = self._actions.show_column_menu(point)

    # --- customer actions -----------------------------------------------------------------

    @property
    def _cards(self) -> dict[int | None, CustomerCard]:
        """The open customer cards, by customer (a new one is listed once saved)."""
        return self._opener.cards

    def open_card(self, customer_id: int | None) -> CustomerCard | None:
        """Show a customer's card; see `WindowOpener.open_card`."""
        return self._opener.open_card(customer_id)

    def new_customer(self) -> CustomerCard | None:
        return self.open_card(None)

    def edit_customer(self) -> CustomerCard | None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        return self.open_card(ids[0])

    def deactivate_selected(self) -> None:
        """Make the selected customers passive, after asking."""
        rows = [row for row in self.selected_rows() if row.active]
        if not rows:
            return
        names = ", ".join(row.name for row in rows[:3]) + ("…" if len(rows) > 3 else "")
        answer = QMessageBox.question(
            self,
            self.tr("Deactivate customers"),
            self.tr(
                "Make {count} customer(s) passive ({names})? They keep their history and are "
                "shown again with \u201cShow passive\u201d."
            ).format(count=len(rows), names=names),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from kundbok.services.customers import deactivate_customers

        deactivate_customers(self.db, [row.id for row in rows])
        self.customers_changed()

    def reactivate_selected(self) -> None:
        rows = [row for row in self.selected_rows() if not row.active]
        if rows:
            from kundbok.services.customers import reactivate_customers

            reactivate_customers(self.db, [row.id for row in rows])
            self.customers_changed()
            if len(rows) == 1:
                self.select_customer(rows[0].id)

    # --- invoicing and vCard ------------------------------------------------------------

    def create_invoice(self) -> QWidget | None:
        ids = self.selected_ids()
        return self._open_invoice_editor(ids[0] if len(ids) == 1 else None)

    def new_invoice(self) -> QWidget | None:
        return self._open_invoice_editor(None)

    def _open_invoice_editor(self, customer_id: int | None) -> InvoiceEditor | None:
        return self._opener.open_invoice_editor(customer_id)

    def open_invoice(self, invoice_id: int) -> InvoiceEditor | None:
        """Show an invoice (read-only once issued)."""
        return self._opener.open_invoice_editor(None, invoice_id)

    def export_vcard(self) -> None:
        """Export the selected customers to a vCard file."""
        self._opener.export_vcard()

    def import_vcard(self) -> None:
        """Import customers from a vCard file, after a preview."""
        dialog = self._opener.import_vcard()
        if dialog is not None:
            self.vcard_preview = dialog  # kept alive while open, and reachable for tests

    def import_customer_table(self) -> None:
        """Import customers from a CSV or Excel file, after mapping and a preview."""
        dialog = self._opener.import_customer_table()
        if dialog is not None:
            self.table_import = dialog  # kept alive while open, and reachable for tests

    def export_customer_table(self) -> None:
        """Export the selected customers to a CSV or Excel file."""
        dialog = self._opener.export_customer_table()
        if dialog is not None:
            self.table_export = dialog

    def import_payments(self) -> None:
        """Book the payments of a bank file (camt.054 or BgMax) after a preview."""
        from kundbok.ui.payment_import_dialog import open_payment_import

        open_payment_import(self, self.db, lambda _result: self.refresh_invoices())

    def open_articles(self) -> QWidget:
        """Show the article register."""
        return self._opener.open_articles()

    def open_customer_groups(self) -> QWidget:
        """Show the customer groups (Kunder → Kundgrupper…)."""
        return self._opener.open_customer_groups()

    def open_settings(self) -> None:
        """Show the settings dialog."""
        self._opener.open_settings()

    def open_company_details(self) -> None:
        """Show the settings dialog on the company page."""
        self._opener.open_settings(company_page=True)

    # --- remembering the layout -----------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 720)
        header = self._settings.value("main_window/customer_columns")
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._opener.close_cards():
            event.ignore()
            return
        if self.is_open:
            self.change_follower.stop()
            from kundbok.ui.register_busy import wait_off_this_thread

            wait_off_this_thread(False)
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.setValue(
            "main_window/customer_columns", self.table.horizontalHeader().saveState()
        )
        event.accept()
