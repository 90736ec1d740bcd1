"""The main window: the customers tab, the invoices tab, the menus and the status bar.

Its parts each stand alone and say what happened through signals: the Customers tab
(`customer_browser.py`), the actions and menus (`main_actions.py`), the windows it opens
(`window_opener.py`) and the counts in the status bar (`status_line.py`); the window wires them
together. A new action is one `add_action` in `MainActions._declare`, naming its menu and what
it needs; the window it opens, a method of `WindowOpener`.

It is on screen before the database is open (app.py): until `show_register()` gives it the
database, the list says it is opening the register and the actions that need data are off. So
this module imports the modules of invoices and services where they are first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPoint, QSettings, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kundbok.ui.accessibility import give_mnemonics
from kundbok.ui.customer_browser import CustomerBrowser
from kundbok.ui.icons import icon
from kundbok.ui.main_actions import MainActions, Offer
from kundbok.ui.overview import OverviewTab
from kundbok.ui.screen_fit import resize_to_fit
from kundbok.ui.status_line import StatusLine
from kundbok.ui.window_opener import WindowOpener

if TYPE_CHECKING:
    from kundbok.db.session import Database
    from kundbok.ui.customer_card import CustomerCard
    from kundbok.ui.invoice_editor import InvoiceEditor
    from kundbok.ui.invoice_list import InvoiceList


class MainWindow(QMainWindow):
    """Kundbok's window: everything a day's work with customers starts from."""

    closed = Signal()  # the user closed it (its cards too): nothing more is shown in it

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle("Kundbok")
        self.setWindowIcon(icon("kundbok"))
        self._db: Database | None = None
        self._settings = settings
        self._invoice_list: InvoiceList | None = None
        self.opener = WindowOpener(self, settings)
        self.customers = CustomerBrowser(self)
        self._make_tabs()
        self.main_actions = MainActions(self, self, self.opener, self.customers)
        self.status = StatusLine(self)
        self.statusBar().addPermanentWidget(self.status)
        self.backup_warning = QLabel(self)
        self.backup_warning.setObjectName("backup_warning")
        self.statusBar().addPermanentWidget(self.backup_warning)
        self._closing_after_backup = False
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search)

        self.customers.selection_changed.connect(self._update_actions)
        self.customers.listing_changed.connect(self._update_status)
        self.customers.edit_requested.connect(self.edit_customer)
        self.customers.deactivate_requested.connect(self.deactivate_selected)
        self.customers.context_menu_requested.connect(self._context_menu)
        self.opener.customers_changed.connect(self.customers_changed)
        self.opener.customer_saved.connect(self.customers.select_customer)
        self.opener.invoices_changed.connect(self.refresh_invoices)
        self.opener.groups_changed.connect(self.customers.reload_groups)
        self.opener.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.opener.backups.changed.connect(self._warn_of_backups)

        self._restore_layout()
        self.customers.apply_search()  # recorded with the restored sort; read once it opens
        self._update_actions()
        give_mnemonics(self)

    def _make_tabs(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("main_tabs")
        self.tabs.setAccessibleName(self.tr("Kundbok"))
        self.overview = OverviewTab(self)
        self.overview.link_activated.connect(self._follow_link)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.customers, icon("customers"), self.tr("Customers"))
        self._invoices_tab = QWidget(self)  # holds the invoice list once it is first shown
        self._invoices_layout = QVBoxLayout(self._invoices_tab)
        self._invoices_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._invoices_tab, icon("invoice"), self.tr("Invoices"))
        from kundbok.ui.quotes_tab import QuotesTab

        self.quotes_tab = QuotesTab(lambda: self._db, self)
        self.tabs.addTab(self.quotes_tab, icon("invoice"), self.tr("Quotes"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self.tabs)

    # --- the register ---------------------------------------------------------------------

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
        self.customers.open(db)
        self.opener.open(db)
        self.overview.open(db)
        self._update_actions()
        from kundbok.ui.change_follower import ChangeFollower

        self.change_follower = ChangeFollower(db, self)
        self.change_follower.changed.connect(self._follow_changes)
        from kundbok.ui.register_busy import wait_off_this_thread

        wait_off_this_thread()
        from kundbok.ui.rot_rut_reminder import remind_unclaimed

        remind_unclaimed(self, db, self.opener.open_rot_rut_claim)
        self._warn_of_backups()

    def _warn_of_backups(self) -> None:
        """Say in the status bar when no good backup was made for a week."""
        text = self.opener.backups.warning(self.db) if self.is_open else ""
        self.backup_warning.setText(text)
        self.backup_warning.setVisible(bool(text))

    def first_painted(self) -> QWidget:
        """What the window paints first: the register is opened once it is (app.py)."""
        return self.overview.to_do

    def _follow_changes(self) -> None:
        """Another user committed: lists and cards without unsaved edits show it, in place."""
        self.status.forget_counts()
        self.customers.table.reread_keeping_place()
        if self._invoice_list is not None:
            self._invoice_list.reread_keeping_place()
        self.overview.refresh()
        self.opener.follow_changes()
        self._update_status()

    def customers_changed(self) -> None:
        """Customers were added or (de)activated: count them again and show the list anew."""
        self.status.forget_counts()
        self.customers.apply_search()

    # --- the tabs -------------------------------------------------------------------------

    @property
    def invoice_list(self) -> InvoiceList:
        """The Invoices tab's list, built the first time it is wanted."""
        if self._invoice_list is None:
            from kundbok.ui.invoice_list import InvoiceList

            self._invoice_list = InvoiceList(self.db, self._invoices_tab)
            self._invoice_list.open_requested.connect(self.opener.open_invoice)
            self._invoice_list.paid.connect(lambda _id: self.opener.invoices_changed.emit())
            self._invoices_layout.addWidget(self._invoice_list)
            # Built while its tab is being switched to, the layout can leave it hidden (it did
            # after Ctrl+Tab from the customer list); shown now, it appears with its tab.
            self._invoice_list.show()
            rows = self._invoice_list.table.model()
            for changed in (rows.rowsInserted, rows.rowsRemoved, rows.modelReset):
                changed.connect(self._update_status)
        return self._invoice_list

    def on_invoices(self) -> bool:
        """Whether the Invoices tab is the one shown."""
        return self.tabs.currentWidget() is self._invoices_tab

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self._invoices_tab:
            self.invoice_list.refresh()
        give_mnemonics(self)  # a tab's buttons are built when it is first shown
        self._update_actions()
        self._update_status()

    def focus_search(self) -> None:
        """Ctrl+F: the invoice search on the Invoices tab, else the customer search (its tab
        shown)."""
        if self.on_invoices():
            self.invoice_list.search_field.setFocus()
            self.invoice_list.search_field.selectAll()
        else:
            self.tabs.setCurrentWidget(self.customers)
            self.customers.focus_search()

    def _follow_link(self, target: str) -> None:
        """A line of the overview: the list that shows it."""
        from kundbok.domain.invoice import InvoiceStatus
        from kundbok.services.invoice_search import UNSENT

        kind, _, customer_id = target.partition(":")
        statuses = {
            "overdue": InvoiceStatus.OVERDUE,
            "drafts": InvoiceStatus.DRAFT,
            "unsent": UNSENT,
        }
        if kind == "customer":
            self.opener.open_card(int(customer_id))
        elif kind == "unpaid":
            self.opener.open_receivables()
        elif kind == "quotes":
            self.tabs.setCurrentWidget(self.quotes_tab)
        elif kind == "unbilled":
            self.opener.open_unbilled()
        elif kind == "contracts":
            self.opener.open_contract_run()
        elif kind in statuses:
            self.tabs.setCurrentWidget(self._invoices_tab)
            self.invoice_list.show_status(statuses[kind])

    def refresh_invoices(self) -> None:
        """Read the invoice list again after an invoice was saved or deleted."""
        if self._invoice_list is not None:  # one not built yet is read when it is
            self._invoice_list.refresh()
        self.overview.refresh()

    def _offer(self) -> Offer:
        """What the actions can act on: the selected customers only on the Customers tab."""
        on_customers = self.is_open and self.tabs.currentWidget() is self.customers
        return Offer(self.is_open, self.customers.selected_rows() if on_customers else ())

    def _update_actions(self, *_args: object) -> None:
        """Offer what the shown tab and the selection allow (the Invoices tab once open)."""
        self.tabs.setTabEnabled(self.tabs.indexOf(self._invoices_tab), self.is_open)
        self.main_actions.update(self._offer())

    def _update_status(self, *_args: object) -> None:
        """The status bar counts what the shown tab lists: customers or invoices."""
        if not self.is_open:
            self.status.show_nothing()
        elif self.on_invoices():
            rows = self.invoice_list.model
            self.status.show_invoices(rows.rowCount(), more=rows.canFetchMore())
        else:
            self.status.show_customers(
                self.db,
                self.customers.model.rowCount(),
                self.customers.is_searching(),
                self.customers.show_inactive.isChecked(),
            )

    def _context_menu(self, position: QPoint) -> None:
        self.main_actions.show_context_menu(self._offer(), position)

    # --- what the actions do beyond opening a window --------------------------------------

    def edit_customer(self) -> CustomerCard | None:
        """Open the card of the one selected customer."""
        ids = self.customers.selected_ids()
        return self.opener.open_card(ids[0]) if len(ids) == 1 else None

    def create_invoice(self) -> InvoiceEditor | None:
        """A new invoice for the one selected customer (else for none yet)."""
        ids = self.customers.selected_ids()
        return self.opener.open_invoice_editor(ids[0] if len(ids) == 1 else None)

    def export_selected_einvoices(self) -> None:
        """The invoices selected on the Invoices tab as e-invoice files; without a selection,
        the tab is shown with a word on what to do."""
        self.tabs.setCurrentWidget(self._invoices_tab)
        if self.invoice_list.selected_issued():
            self.invoice_list.export_einvoices()
        else:
            self.statusBar().showMessage(
                self.tr("Select the issued invoices to export in the list, then export again."),
                10_000,
            )

    def deactivate_selected(self) -> None:
        """Make the selected customers passive, after asking."""
        rows = [row for row in self.customers.selected_rows() if row.active]
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
        """Make the selected passive customers active again."""
        rows = [row for row in self.customers.selected_rows() if not row.active]
        if rows:
            from kundbok.services.customers import reactivate_customers

            reactivate_customers(self.db, [row.id for row in rows])
            self.customers_changed()
            if len(rows) == 1:
                self.customers.select_customer(rows[0].id)

    # --- remembering the layout -----------------------------------------------------------

    def _close_after_backup(self) -> None:
        self._closing_after_backup = True
        self.close()

    def _restore_layout(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            resize_to_fit(self, 1200, 720)
        self.customers.restore_layout(self._settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_after_backup and not self.opener.close_cards():
            event.ignore()
            return
        if (
            self.is_open
            and not self._closing_after_backup
            and self.opener.backups.daily_due(self.db)
        ):
            # The day's copy first, off the window's thread; the window closes when it is made
            # (or after saying why it was not).
            event.ignore()
            self.setEnabled(False)
            self.opener.backups.make_daily(self.db, self._close_after_backup)
            return
        if self.is_open:
            self.change_follower.stop()
            from kundbok.ui.register_busy import wait_off_this_thread

            wait_off_this_thread(False)
        self.closed.emit()
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self.customers.save_layout(self._settings)
        event.accept()
