"""What the main window opens: customer cards, invoice editors, the register's dialogs.

The opener keeps the open cards (one per customer, brought forward rather than doubled) and the
invoice editors alive, and says through signals when what they saved changes the window's lists;
it knows the window only as the parent of what it opens. The modules of cards, invoices and
services are imported where first used: the window is on screen before the database is open.

A new window or dialog of the main window is one method here (import inside it, open it with
`self._parent`, connect what it changes to a signal), offered by one line in
`MainWindow._make_actions`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from kundbok.services.listing import CustomerRow
from kundbok.ui.backups import Backups
from kundbok.ui.errors import attempt

if TYPE_CHECKING:
    from kundbok.db.session import Database
    from kundbok.ui.customer_card import CustomerCard
    from kundbok.ui.invoice_editor import InvoiceEditor


class WindowOpener(QObject):
    """Opens the main window's cards, editors and dialogs and keeps them while they are open."""

    customers_changed = Signal()  # added, deleted, imported or (de)activated: list them anew
    customer_saved = Signal(int)  # a card saved this customer: show it in the list
    invoices_changed = Signal()  # an invoice was saved, deleted, paid or reminded of
    groups_changed = Signal()  # the customer groups changed
    message = Signal(str)  # a short note for the status bar

    def __init__(self, parent: QWidget, settings: QSettings) -> None:
        super().__init__(parent)
        self.setObjectName("window_opener")
        self._parent = parent
        self._settings = settings
        self._db: Database | None = None
        self.cards: dict[int | None, CustomerCard] = {}
        self.extra_windows: list[QWidget] = []
        # The dialogs last opened, kept alive while open (and reachable for tests).
        self.vcard_preview: QWidget | None = None
        self.table_import: QWidget | None = None
        self.table_export: QWidget | None = None
        self.rot_rut_claim_dialog: QObject | None = None
        self.sie_export: QWidget | None = None
        self.shortcuts: QWidget | None = None
        self.about: QWidget | None = None
        self.backups = Backups(settings, parent)
        self.backups.message.connect(self.message)

    def open(self, db: Database) -> None:
        """The database is open: from now on everything can be opened."""
        self._db = db

    @property
    def db(self) -> Database:
        """The open database; nothing that needs it is offered before `open()`."""
        if self._db is None:
            raise RuntimeError("the customer register is not open yet")
        return self._db

    # --- customer cards -------------------------------------------------------------------

    def open_card(self, customer_id: int | None) -> CustomerCard | None:
        """Show a customer's card (non-modal; None: a new customer); an open card is brought
        forward, not doubled. None, after telling why, when the customer cannot be read."""
        from kundbok.ui.customer_card import CustomerCard

        parent = self._parent
        card = self.cards.get(customer_id) if customer_id is not None else None
        if card is None:
            card = attempt(
                parent, self.tr("Customer"), lambda: CustomerCard(self.db, customer_id, parent)
            )
            if card is None:
                self.customers_changed.emit()  # the list no longer shows what is gone
                return None
            card.saved.connect(lambda saved_id, card=card: self._customer_saved(card, saved_id))
            card.deleted.connect(lambda _customer_id: self.customers_changed.emit())
            card.closed.connect(lambda card=card: self._forget_card(card))
            if customer_id is not None:
                self.cards[customer_id] = card
        card.show()
        card.raise_()
        card.activateWindow()
        return card

    def _forget_card(self, card: CustomerCard) -> None:
        self.cards = {
            key: open_card for key, open_card in self.cards.items() if open_card is not card
        }

    def _customer_saved(self, card: CustomerCard, customer_id: int) -> None:
        self._forget_card(card)
        self.cards[customer_id] = card
        self.customers_changed.emit()
        self.customer_saved.emit(customer_id)

    def close_cards(self) -> bool:
        """Close every open card; False when one stays open (the user kept unsaved edits)."""
        return all(card.close() for card in list(self.cards.values()))

    def follow_changes(self) -> None:
        """Open cards without unsaved edits show what another user committed."""
        for card in list(self.cards.values()):
            card.follow_changes()

    # --- invoices -------------------------------------------------------------------------

    def open_invoice_editor(
        self, customer_id: int | None, invoice_id: int | None = None
    ) -> InvoiceEditor | None:
        """Show an invoice editor: a new invoice (for a customer, or none) or an existing one."""
        from kundbok.ui.invoice_editor import open_invoice_editor

        editor = open_invoice_editor(self.db, customer_id, self._parent, invoice_id)
        if editor is not None:
            editor.saved.connect(lambda _id: self.invoices_changed.emit())
            editor.deleted.connect(lambda _id: self.invoices_changed.emit())
            self.extra_windows.append(editor)
            editor.destroyed.connect(lambda _=None, e=editor: self._forget_window(e))
        return editor

    def open_invoice(self, invoice_id: int) -> InvoiceEditor | None:
        """Show an invoice (read-only once issued)."""
        return self.open_invoice_editor(None, invoice_id)

    def _forget_window(self, window: QWidget) -> None:
        self.extra_windows = [w for w in self.extra_windows if w is not window]

    def import_payments(self) -> None:
        """Book the payments of a bank file (camt.054 or BgMax) after a preview."""
        from kundbok.ui.payment_import_dialog import open_payment_import

        if open_payment_import(self._parent, self.db) is not None:
            self.invoices_changed.emit()

    def open_reminders(self) -> QWidget:
        """Förfallna fakturor: remind late payers, invoice their interest."""
        from kundbok.ui.reminders_dialog import open_reminders

        dialog = open_reminders(self._parent, self.db)
        dialog.invoices_changed.connect(self.invoices_changed)
        return dialog

    def open_receivables(self) -> QWidget:
        """Kundreskontra: what customers owe, by age, and sales per customer."""
        from kundbok.ui.receivables_view import open_receivables

        return open_receivables(self.db, self._parent)

    def open_rot_rut_claim(self) -> QObject:
        """Begär utbetalning ROT/RUT: the claim dialog (kept while it is open)."""
        from kundbok.ui.rot_rut_claim_dialog import open_rot_rut_claim

        self.rot_rut_claim_dialog = open_rot_rut_claim(self.db, self._parent)
        return self.rot_rut_claim_dialog

    def open_articles(self) -> QWidget:
        """Show the article register."""
        from kundbok.ui.articles_dialog import ArticlesDialog

        dialog = ArticlesDialog(self.db, self._parent)
        dialog.open()
        return dialog

    # --- customers in and out -------------------------------------------------------------

    def export_vcard(self, rows: Sequence[CustomerRow]) -> None:
        """Export the customers `rows` to a vCard file, chosen in a dialog."""
        from kundbok.ui.vcard_dialogs import export_vcard

        export_vcard(self._parent, self.db, list(rows), self.message.emit)

    def import_vcard(self) -> QWidget | None:
        """Choose a vCard file and show its preview; None when no file was chosen."""
        from kundbok.ui.vcard_dialogs import import_vcard

        dialog = import_vcard(self._parent, self.db, self.customers_changed.emit)
        if dialog is not None:
            self.vcard_preview = dialog
        return dialog

    def import_customer_table(self) -> QWidget | None:
        """Choose a CSV or Excel file and show its mapping and preview; None when no file was
        chosen or it holds no table."""
        from kundbok.ui.table_import_dialog import import_customer_table

        dialog = import_customer_table(
            self._parent, self.db, self._settings, self.customers_changed.emit
        )
        if dialog is not None:
            self.table_import = dialog
        return dialog

    def export_customer_table(self, rows: Sequence[CustomerRow], columns: list[str]) -> None:
        """Ask how to export the customers `rows` (the list's `columns` being one choice), then
        where, and write them."""
        from kundbok.ui.table_export_dialog import export_customer_table

        dialog = export_customer_table(
            self._parent, self.db, list(rows), columns, self.message.emit
        )
        if dialog is not None:
            self.table_export = dialog

    def open_customer_groups(self) -> QWidget:
        """Show the customer groups; the list's group filter and column follow their changes."""
        from kundbok.ui.customer_groups_dialog import CustomerGroupsDialog

        dialog = CustomerGroupsDialog(self.db, self._parent)
        dialog.groups_changed.connect(self.groups_changed)
        dialog.open()
        return dialog

    # --- settings -------------------------------------------------------------------------

    def open_settings(self, company_page: bool = False) -> QWidget:
        """Show the settings dialog (on the company page when asked)."""
        from kundbok.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self._settings, self._parent)
        if company_page:
            dialog.show_company_page()
        dialog.open()
        return dialog

    def open_company_details(self) -> QWidget:
        """Arkiv → Företagsuppgifter: the settings dialog on the company page."""
        return self.open_settings(company_page=True)

    # --- the register as a whole, and help ------------------------------------------------

    def export_sie(self) -> QWidget:
        """Arkiv → Exportera SIE…: the period, then the file."""
        from kundbok.ui.sie_export_dialog import SieExportDialog

        dialog = SieExportDialog(self.db, self._parent)
        dialog.open()
        self.sie_export = dialog
        return dialog

    def back_up(self) -> None:
        """Arkiv → Säkerhetskopiera…: a folder, then the verified copy."""
        self.backups.back_up_by_hand(self.db)

    def send_unsent_invoices(self) -> int:
        """E-mail every issued, unsent invoice of the customers marked for it."""
        from kundbok.services.mail.invoices import unsent_invoice_ids
        from kundbok.ui.send_invoice_dialog import send_many

        outcomes = send_many(self._parent, self.db, unsent_invoice_ids(self.db))
        self.invoices_changed.emit()
        return sum(outcome.sent for outcome in outcomes)

    def show_shortcuts(self, actions: Sequence[QAction]) -> QWidget:
        """Hjälp → Kortkommandon: the shortcuts of the window's actions."""
        from kundbok.ui.help_menu import ShortcutsDialog

        dialog = ShortcutsDialog(actions, self._parent)
        dialog.open()
        self.shortcuts = dialog
        return dialog

    def show_about(self) -> QWidget:
        """Hjälp → Om Kundbok."""
        from kundbok.ui.help_menu import show_about

        self.about = show_about(self._parent, self._db)
        return self.about

    def open_data_folder(self) -> bool:
        """Hjälp → Öppna datamappen: where the register lives by default."""
        from kundbok.config import default_database_path
        from kundbok.ui.help_menu import open_folder

        folder = default_database_path().parent
        folder.mkdir(parents=True, exist_ok=True)
        return open_folder(folder)

    def open_log_folder(self) -> bool:
        """Hjälp → Öppna loggmappen."""
        from kundbok.config import log_path
        from kundbok.ui.help_menu import open_folder

        return open_folder(log_path().parent)
