"""The main window's actions and where they are offered: menus, toolbar, right-click menu.

`MainActions._declare` lists every action, menu by menu: its object name, text, what it does
and what it needs to be offered (`Needs`); it is the one place a new action goes.
`add_action()` makes an action (a child of the window, found by its object name) and puts it in
its menu; `update()` enables each from what the window can act on now (`Offer`). What an action
opens is a method of `WindowOpener`; what it asks of the window itself is `WindowCommands`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from kundbok.services.listing import CustomerRow
from kundbok.ui.icons import icon

if TYPE_CHECKING:
    from kundbok.ui.customer_browser import CustomerBrowser
    from kundbok.ui.window_opener import WindowOpener


class Menu(Enum):
    """The menus of the menu bar, in their order."""

    FILE = auto()
    CUSTOMERS = auto()
    INVOICING = auto()
    HELP = auto()


class Needs(Enum):
    """What an action needs before it is offered."""

    NOTHING = auto()  # always (Quit)
    REGISTER = auto()  # the register is open
    SELECTION = auto()  # customers selected in the list
    ONE_CUSTOMER = auto()  # exactly one customer selected
    ONE_ACTIVE_CUSTOMER = auto()  # exactly one customer selected, and active
    ACTIVE_SELECTED = auto()  # an active customer among those selected
    PASSIVE_SELECTED = auto()  # a passive customer among those selected


@dataclass(frozen=True)
class Offer:
    """What the window can act on now: whether the register is open, and the customers
    selected on the Customers tab (none while another tab is shown)."""

    register_open: bool
    selected: Sequence[CustomerRow] = field(default_factory=tuple)

    def allows(self, needs: Needs) -> bool:
        """Whether an action that `needs` this can be offered."""
        rows = self.selected
        match needs:
            case Needs.NOTHING:
                return True
            case Needs.REGISTER:
                return self.register_open
            case Needs.SELECTION:
                return bool(rows)
            case Needs.ONE_CUSTOMER:
                return len(rows) == 1
            case Needs.ONE_ACTIVE_CUSTOMER:
                return len(rows) == 1 and rows[0].active
            case Needs.ACTIVE_SELECTED:
                return any(row.active for row in rows)
            case Needs.PASSIVE_SELECTED:
                return any(not row.active for row in rows)


class WindowCommands(Protocol):
    """What the actions ask of the window beyond opening things (`WindowOpener` does that)."""

    def edit_customer(self) -> object: ...
    def create_invoice(self) -> object: ...
    def deactivate_selected(self) -> None: ...
    def reactivate_selected(self) -> None: ...
    def export_selected_einvoices(self) -> None: ...
    def close(self) -> bool: ...


class MainActions(QObject):
    """Builds the window's actions into its menus, toolbar and right-click menu, and offers
    each only where it can act."""

    def __init__(
        self,
        window: QMainWindow,
        commands: WindowCommands,
        opener: WindowOpener,
        customers: CustomerBrowser,
    ) -> None:
        super().__init__(window)
        self.setObjectName("main_actions")
        self._window = window
        self._opener = opener
        self._actions: dict[str, QAction] = {}
        self._needs: dict[QAction, Needs] = {}
        self._in_context_menu: list[QAction] = []
        self.context_menu: QMenu | None = None
        menu_bar = window.menuBar()
        self._menus = {
            Menu.FILE: menu_bar.addMenu(self.tr("&File")),
            Menu.CUSTOMERS: menu_bar.addMenu(self.tr("&Customers")),
            Menu.INVOICING: menu_bar.addMenu(self.tr("&Invoicing")),
            Menu.HELP: menu_bar.addMenu(self.tr("&Help")),
        }
        self._toolbar = QToolBar(self.tr("Quick actions"), window)
        self._toolbar.setObjectName("quick_actions")
        self._toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self._toolbar.setMovable(False)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self._toolbar)
        self._declare(commands, opener, customers)

    def _declare(
        self, window: WindowCommands, opener: WindowOpener, customers: CustomerBrowser
    ) -> None:
        """Every action of the window, menu by menu: its object name, text, what it does, its
        menu and what it needs to be offered; then the toolbar and the right-click menu."""
        slot: Callable[[], object]  # of the plain actions declared in a loop
        self.add_action(
            "action_import_vcard",
            self.tr("Import vCard file…"),
            opener.import_vcard,
            Menu.FILE,
            Needs.REGISTER,
            "import",
        )
        self.add_action(
            "action_export_vcard",
            self.tr("Export selected customers to vCard file"),
            lambda: opener.export_vcard(customers.selected_rows()),
            Menu.FILE,
            Needs.SELECTION,
            "vcard",
        )
        self.add_action(
            "action_import_customers",
            self.tr("Import customers from file…"),
            opener.import_customer_table,
            Menu.FILE,
            Needs.REGISTER,
            "import",
        )
        self.add_action(
            "action_export_customers",
            self.tr("Export selected customers…"),
            lambda: opener.export_customer_table(
                customers.selected_rows(), customers.shown_columns()
            ),
            Menu.FILE,
            Needs.SELECTION,
        )
        self.add_action(
            "action_import_payments",
            self.tr("Import payments…"),
            opener.import_payments,
            Menu.FILE,
            Needs.REGISTER,
            "import",
        )
        for name, text, slot in (
            ("action_import_articles", self.tr("Import articles…"), opener.import_article_table),
            ("action_export_articles", self.tr("Export articles…"), opener.export_article_table),
            ("action_export_sie", self.tr("Export SIE file…"), opener.export_sie),
        ):
            self.add_action(name, text, slot, Menu.FILE, Needs.REGISTER)
        self.add_action(
            "action_import_entries",
            self.tr("Import entries…"),
            opener.import_entries,
            Menu.FILE,
            Needs.REGISTER,
            "import",
        )
        self.separate(Menu.FILE)
        for name, text, slot in (("action_backup", self.tr("Back up…"), opener.back_up),):
            self.add_action(name, text, slot, Menu.FILE, Needs.REGISTER)
        self.separate(Menu.FILE)
        self.add_action(
            "action_company_details",
            self.tr("Company details…"),
            opener.open_company_details,
            Menu.FILE,
            Needs.REGISTER,
        )
        self.add_action(
            "action_settings",
            self.tr("Settings"),
            opener.open_settings,
            Menu.FILE,
            Needs.REGISTER,
            "settings",
            QKeySequence(QKeySequence.StandardKey.Preferences),
        )
        self.separate(Menu.FILE)
        self.add_action(
            "action_quit",
            self.tr("Quit"),
            window.close,
            Menu.FILE,
            Needs.NOTHING,
            None,
            QKeySequence(QKeySequence.StandardKey.Quit),
        )

        self.add_action(
            "action_new_customer",
            self.tr("New customer"),
            lambda: opener.open_card(None),
            Menu.CUSTOMERS,
            Needs.REGISTER,
            "new_customer",
            QKeySequence(QKeySequence.StandardKey.New),
        ).setToolTip(self.tr("New customer (Ctrl+N)"))
        self.add_action(
            "action_edit_customer",
            self.tr("Edit customer"),
            window.edit_customer,
            Menu.CUSTOMERS,
            Needs.ONE_CUSTOMER,
            "edit",
        )
        self.add_action(
            "action_deactivate_customers",
            self.tr("Deactivate selected customers"),
            window.deactivate_selected,
            Menu.CUSTOMERS,
            Needs.ACTIVE_SELECTED,
            "deactivate",
        )
        self.add_action(
            "action_reactivate_customers",
            self.tr("Activate selected customers"),
            window.reactivate_selected,
            Menu.CUSTOMERS,
            Needs.PASSIVE_SELECTED,
            "reactivate",
        )
        self.add_action(
            "action_send_statements",
            self.tr("Send statement of account…"),
            lambda: opener.open_statements(customers.selected_rows()),
            Menu.CUSTOMERS,
            Needs.SELECTION,
        )
        self.separate(Menu.CUSTOMERS)
        self.add_action(
            "action_customer_groups",
            self.tr("Customer groups…"),
            opener.open_customer_groups,
            Menu.CUSTOMERS,
            Needs.REGISTER,
        )

        self.add_action(
            "action_new_invoice",
            self.tr("New invoice"),
            lambda: opener.open_invoice_editor(None),
            Menu.INVOICING,
            Needs.REGISTER,
            "invoice",
            QKeySequence("Ctrl+I"),
        )
        self.add_action(
            "action_create_invoice",
            self.tr("Create invoice for customer"),
            window.create_invoice,
            Menu.INVOICING,
            Needs.ONE_ACTIVE_CUSTOMER,
            "invoice",
        )
        self.add_action(
            "action_new_quote",
            self.tr("Create quote for customer"),
            lambda: opener.open_quote_editor(customers.selected_ids()[0]),
            Menu.INVOICING,
            Needs.ONE_ACTIVE_CUSTOMER,
            "invoice",
            QKeySequence("Ctrl+O"),
        )
        self.add_action(
            "action_overdue_invoices",
            self.tr("Overdue invoices…"),
            opener.open_reminders,
            Menu.INVOICING,
            Needs.REGISTER,
        )
        self.add_action(
            "action_time_entry",
            self.tr("Register time/material…"),
            lambda: opener.open_time_entry(customers.selected_rows()),
            Menu.INVOICING,
            Needs.REGISTER,
            "edit",
            QKeySequence("Ctrl+T"),
        ).setIconText(self.tr("Time/material"))
        for name, text, slot in (
            ("action_unbilled", self.tr("To invoice…"), opener.open_unbilled),
            ("action_send_unsent", self.tr("Send unsent invoices"), opener.send_unsent_invoices),
            ("action_contracts", self.tr("Contracts…"), opener.open_contracts),
            ("action_contract_run", self.tr("Invoice contracts…"), opener.open_contract_run),
        ):
            self.add_action(name, text, slot, Menu.INVOICING, Needs.REGISTER)
        self.add_action(
            "action_new_contract", self.tr("Create contract"),
            lambda: opener.new_contract(customers.selected_rows()[0].id), None,
            Needs.ONE_ACTIVE_CUSTOMER,
        )  # fmt: skip
        self.add_action(
            "action_export_einvoices",
            self.tr("Export selected invoices as e-invoices…"),
            window.export_selected_einvoices,
            Menu.INVOICING,
            Needs.REGISTER,
        )
        self.separate(Menu.INVOICING)
        for name, text, slot in (
            ("action_receivables", self.tr("Customer ledger…"), opener.open_receivables),
            ("action_articles", self.tr("Articles…"), opener.open_articles),
            ("action_price_lists", self.tr("Price lists…"), opener.open_price_lists),
            (
                "action_rot_rut_claim",
                self.tr("Request ROT/RUT payment…"),
                opener.open_rot_rut_claim,
            ),
        ):
            self.add_action(name, text, slot, Menu.INVOICING, Needs.REGISTER)

        self._declare_help(opener)
        self.action("action_export_vcard").setIconText(self.tr("Export vCard"))
        self.put_on_toolbar(
            "action_new_customer",
            "action_new_invoice",
            "action_new_quote",
            "action_edit_customer",
            "action_export_vcard",
            "action_settings",
        )
        self.put_in_context_menu(
            "action_edit_customer", "action_deactivate_customers", "action_reactivate_customers",
            "action_create_invoice", "action_new_quote", "action_new_contract",
            "action_export_vcard", "action_export_customers", "action_send_statements",
        )  # fmt: skip
        self.put_on_toolbar("action_time_entry")
        self._in_context_menu.append(self.action("action_time_entry"))

    def _show_shortcuts(self) -> None:
        self._opener.show_shortcuts(list(self._actions.values()))

    def _declare_help(self, opener: WindowOpener) -> None:
        """The Help menu: the shortcuts (read from these actions), the folders, about."""
        for name, text, slot in (
            ("action_shortcuts", self.tr("Keyboard shortcuts"), self._show_shortcuts),
            ("action_open_data_folder", self.tr("Open the data folder"), opener.open_data_folder),
            ("action_open_log_folder", self.tr("Open the log folder"), opener.open_log_folder),
            ("action_about", self.tr("About Kundbok"), opener.show_about),
        ):  # fmt: skip
            self.add_action(name, text, slot, Menu.HELP, Needs.NOTHING)

    def add_action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        menu: Menu | None,
        needs: Needs,
        icon_name: str | None = None,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        """An action named `name` (its object name) that calls `slot`, at the end of `menu`,
        offered when the window can give what it `needs`."""
        action = QAction(text, self._window)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        if menu is not None:
            self._menus[menu].addAction(action)
        self._actions[name] = action
        self._needs[action] = needs
        return action

    def action(self, name: str) -> QAction:
        """The action of this object name."""
        return self._actions[name]

    def separate(self, menu: Menu) -> None:
        """A line in `menu` between what was added and what comes next."""
        self._menus[menu].addSeparator()

    def put_on_toolbar(self, *names: str) -> None:
        """The quick actions of the toolbar, in this order."""
        for name in names:
            self._toolbar.addAction(self._actions[name])

    def put_in_context_menu(self, *names: str) -> None:
        """The actions of the list's right-click menu, in this order."""
        self._in_context_menu = [self._actions[name] for name in names]

    def update(self, offer: Offer) -> None:
        """Offer what the window can act on now; nothing that needs data before the register
        is open, and no customer action on another tab than Customers."""
        for action, needs in self._needs.items():
            action.setEnabled(offer.allows(needs))

    def show_context_menu(self, offer: Offer, position: QPoint) -> QMenu:
        """The list's right-click menu at `position` (on the screen) for the selected
        customers. Of activating and deactivating, only the one that applies is shown."""
        self.update(offer)
        everyone_passive = bool(offer.selected) and not offer.allows(Needs.ACTIVE_SELECTED)
        menu = QMenu(self._window)
        menu.setObjectName("customer_context_menu")
        for action in self._in_context_menu:
            needs = self._needs[action]
            if needs is Needs.PASSIVE_SELECTED and not everyone_passive:
                continue
            if needs is Needs.ACTIVE_SELECTED and everyone_passive:
                continue
            menu.addAction(action)
        self.context_menu = menu
        menu.popup(position)
        return menu
