"""The main window's actions and where they are offered: menus, toolbar, shortcuts, right-click.

The actions belong to the window (children of it, reachable as `window.action_…`); this module
builds them, keeps them enabled only where the shown tab and the selection allow, and builds the
right-click menus of the customer list and its header.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from kundbok.ui.billing_actions import BillingActions
from kundbok.ui.icons import icon

if TYPE_CHECKING:
    from kundbok.ui.main_window import MainWindow


class MainActions(QObject):
    """What the main window offers to do, and the menus, toolbar and keys that offer it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("main_actions")
        self._window = window
        self.context_menu: QMenu | None = None
        self.column_menu: QMenu | None = None
        self._make_actions()
        self.billing = BillingActions(window, self)
        self._make_menus()
        self._make_toolbar()
        self._make_shortcuts()

    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        icon_name: str | None = None,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        return action

    def _make_actions(self) -> None:
        window = self._window
        self.new_customer = self._action(
            "action_new_customer",
            self.tr("New customer"),
            window.new_customer,
            "new_customer",
            QKeySequence(QKeySequence.StandardKey.New),
        )
        self.edit_customer = self._action(
            "action_edit_customer", self.tr("Edit customer"), window.edit_customer, "edit"
        )
        self.deactivate_customers = self._action(
            "action_deactivate_customers",
            self.tr("Deactivate selected customers"),
            window.deactivate_selected,
            "deactivate",
        )
        self.reactivate_customers = self._action(
            "action_reactivate_customers",
            self.tr("Activate selected customers"),
            window.reactivate_selected,
            "reactivate",
        )
        self.create_invoice = self._action(
            "action_create_invoice",
            self.tr("Create invoice for customer"),
            window.create_invoice,
            "invoice",
        )
        self.new_invoice = self._action(
            "action_new_invoice",
            self.tr("New invoice"),
            window.new_invoice,
            "invoice",
            QKeySequence("Ctrl+I"),
        )
        self.export_vcard = self._action(
            "action_export_vcard",
            self.tr("Export selected customers to vCard file"),
            window.export_vcard,
            "vcard",
        )
        self.import_vcard = self._action(
            "action_import_vcard", self.tr("Import vCard file…"), window.import_vcard, "import"
        )
        self.import_customers = self._action(
            "action_import_customers",
            self.tr("Import customers from file…"),
            window.import_customer_table,
            "import",
        )
        self.export_customers = self._action(
            "action_export_customers",
            self.tr("Export selected customers…"),
            window.export_customer_table,
            None,
        )
        self.import_payments = self._action(
            "action_import_payments",
            self.tr("Import payments…"),
            window.import_payments,
            "import",
        )
        self.articles = self._action(
            "action_articles", self.tr("Articles…"), window.open_articles, None
        )
        self.overdue_invoices = self._action(
            "action_overdue_invoices", self.tr("Overdue invoices…"), self._open_reminders, None
        )
        self.receivables = self._action(
            "action_receivables", self.tr("Customer ledger…"), self._open_receivables, None
        )
        self.rot_rut_claim = self._action(
            "action_rot_rut_claim",
            self.tr("Request ROT/RUT payment…"),
            self.open_rot_rut_claim,
            None,
        )
        self.customer_groups = self._action(
            "action_customer_groups",
            self.tr("Customer groups…"),
            window.open_customer_groups,
            None,
        )
        self.settings = self._action(
            "action_settings",
            self.tr("Settings"),
            window.open_settings,
            "settings",
            QKeySequence(QKeySequence.StandardKey.Preferences),
        )
        self.company_details = self._action(
            "action_company_details",
            self.tr("Company details…"),
            window.open_company_details,
            None,
        )
        self.quit = self._action(
            "action_quit",
            self.tr("Quit"),
            window.close,
            None,
            QKeySequence(QKeySequence.StandardKey.Quit),
        )
        self.new_customer.setToolTip(self.tr("New customer (Ctrl+N)"))
        self.export_vcard.setIconText(self.tr("Export vCard"))

    def _make_menus(self) -> None:
        menu_bar = self._window.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.import_vcard)
        file_menu.addAction(self.export_vcard)
        file_menu.addAction(self.import_customers)
        file_menu.addAction(self.export_customers)
        file_menu.addAction(self.import_payments)
        file_menu.addAction(self.billing.import_articles)
        file_menu.addAction(self.billing.export_articles)
        file_menu.addSeparator()
        file_menu.addAction(self.company_details)
        file_menu.addAction(self.settings)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        customers = menu_bar.addMenu(self.tr("&Customers"))
        for action in (
            self.new_customer,
            self.edit_customer,
            self.deactivate_customers,
            self.reactivate_customers,
        ):
            customers.addAction(action)
        customers.addAction(self.billing.send_statements)
        customers.addSeparator()
        customers.addAction(self.customer_groups)
        invoices = menu_bar.addMenu(self.tr("&Invoicing"))
        invoices.addAction(self.new_invoice)
        invoices.addAction(self.create_invoice)
        invoices.addAction(self.overdue_invoices)
        invoices.addSeparator()
        invoices.addAction(self.receivables)
        invoices.addAction(self.articles)
        invoices.addAction(self.billing.price_lists)
        invoices.addAction(self.rot_rut_claim)

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Quick actions"), self._window)
        toolbar.setObjectName("quick_actions")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        toolbar.setMovable(False)
        for action in (
            self.new_customer,
            self.new_invoice,
            self.edit_customer,
            self.export_vcard,
            self.settings,
        ):
            toolbar.addAction(action)
        self._window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _make_shortcuts(self) -> None:
        window = self._window
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), window, self._focus_search)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), window.table, window.edit_customer)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), window.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(window.deactivate_selected)

    def _open_receivables(self) -> QWidget:
        from kundbok.ui.receivables_view import open_receivables

        return open_receivables(self._window.db, self._window)

    def open_rot_rut_claim(self) -> QObject:
        """Fakturering → Begär utbetalning ROT/RUT: the claim dialog (kept while it is open)."""
        from kundbok.ui.rot_rut_claim_dialog import open_rot_rut_claim

        self.rot_rut_claim_dialog = open_rot_rut_claim(self._window.db, self._window)
        return self.rot_rut_claim_dialog

    def _focus_search(self) -> None:
        self._window.search_field.setFocus()
        self._window.search_field.selectAll()

    def _open_reminders(self) -> None:
        """Förfallna fakturor: remind late payers, invoice their interest."""
        from kundbok.ui.reminders_dialog import open_reminders

        dialog = open_reminders(self._window, self._window.db)
        dialog.invoices_changed.connect(self._window.refresh_invoices)

    def update(self) -> None:
        """Offer what the shown tab and the selection allow; nothing that needs data before the
        register is open, and no customer action on the Invoices tab."""
        window = self._window
        for action in (
            self.new_customer,
            self.new_invoice,
            self.import_vcard,
            self.import_customers,
            self.import_payments,
            self.overdue_invoices,
            self.articles,
            self.receivables,
            self.rot_rut_claim,
            self.customer_groups,
            self.settings,
            self.company_details,
        ):
            action.setEnabled(window.is_open)
        rows = window.selected_rows() if window.is_open and not window.on_invoices() else []
        single = len(rows) == 1
        self.edit_customer.setEnabled(single)
        self.create_invoice.setEnabled(single and rows[0].active)
        self.deactivate_customers.setEnabled(any(row.active for row in rows))
        self.reactivate_customers.setEnabled(any(not row.active for row in rows))
        self.export_vcard.setEnabled(bool(rows))
        self.export_customers.setEnabled(bool(rows))
        self.billing.update(window.is_open, rows)

    def show_context_menu(self, point: QPoint) -> QMenu:
        """Right-click in the customer list: the actions for the row under the pointer."""
        table = self._window.table
        index = table.indexAt(point)
        if index.isValid() and not table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            table.selectRow(index.row())
        self.update()
        menu = QMenu(self._window)
        menu.setObjectName("customer_context_menu")
        menu.addAction(self.edit_customer)
        rows = self._window.selected_rows()
        if rows and all(not row.active for row in rows):
            menu.addAction(self.reactivate_customers)
        else:
            menu.addAction(self.deactivate_customers)
        menu.addAction(self.create_invoice)
        menu.addAction(self.export_vcard)
        menu.addAction(self.export_customers)
        menu.addAction(self.billing.send_statements)
        self.context_menu = menu
        menu.popup(table.viewport().mapToGlobal(point))
        return menu

    def show_column_menu(self, point: QPoint) -> QMenu:
        """Right-click on the header: choose which columns show (remembered with the layout)."""
        model = self._window.model
        header = self._window.table.horizontalHeader()
        menu = QMenu(self._window)
        menu.setObjectName("column_menu")
        for column in range(model.columnCount()):
            action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != 1)  # the name always shows
            action.toggled.connect(
                lambda shown, column=column: header.setSectionHidden(column, not shown)
            )
        self.column_menu = menu
        menu.popup(header.mapToGlobal(point))
        return menu
