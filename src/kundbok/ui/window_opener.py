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

    def open_quote_editor(self, customer_id: int) -> QWidget | None:
        """A new quote for a customer in the quote editor."""
        from kundbok.ui.quote_editor import open_quote_editor

        editor = open_quote_editor(self.db, customer_id, parent=self._parent)
        if editor is not None:
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

        open_payment_import(self._parent, self.db, lambda _result: self.invoices_changed.emit())

    def export_sie(self) -> QWidget:
        """Exportera SIE-fil: the period's vouchers for the bookkeeping (the period dialog)."""
        from kundbok.ui.sie_export_dialog import export_sie_file

        return export_sie_file(self._parent, self.db)

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

    def open_price_lists(self) -> QWidget:
        """Fakturering → Prislistor…: the price lists and their prices."""
        from kundbok.ui.price_lists_dialog import open_price_lists

        return open_price_lists(self.db, self._parent)

    def import_article_table(self) -> QWidget | None:
        """Arkiv → Importera artiklar…: articles from a CSV or Excel file, after a preview
        (nothing in the main window shows articles: an import changes nothing on screen)."""
        from kundbok.ui.article_tables import import_article_table

        return import_article_table(self._parent, self.db, self._settings, lambda: None)

    def export_article_table(self) -> int | None:
        """Arkiv → Exportera artiklar…: the article register to a CSV or Excel file."""
        from kundbok.ui.article_tables import export_article_table

        return export_article_table(self._parent, self.db)

    def open_statements(self, rows: Sequence[CustomerRow]) -> QWidget | None:
        """Skicka kontoutdrag for the customers `rows`."""
        from kundbok.ui.statement_dialog import open_statement_dialog

        names = [f"{row.number} {row.name}" for row in rows]
        return open_statement_dialog(self._parent, self.db, [row.id for row in rows], names)

    def open_time_entry(self, rows: Sequence[CustomerRow]) -> QWidget:
        """Registrera tid/material, for the customer selected (if one is)."""
        from kundbok.ui.time_entry_dialog import open_time_entry

        return open_time_entry(self.db, rows[0].id if len(rows) == 1 else None, self._parent)

    def open_unbilled(self) -> QWidget:
        """Att fakturera: customers with unbilled entries, invoiced from there."""
        from kundbok.ui.unbilled_dialog import open_unbilled

        dialog = open_unbilled(self.db, self._parent)
        dialog.invoices_made.connect(self.invoices_changed)
        return dialog

    def import_entries(self) -> QObject | None:
        """Importera underlag: choose a file, preview it, import all rows or none."""
        from kundbok.ui.entry_import_dialog import import_entries

        return import_entries(self.db, self._parent)

    def open_contracts(self) -> QWidget:
        """Avtal: every contract, its prices adjusted, the run opened from it."""
        from kundbok.ui.contracts.contracts_dialog import ContractsDialog

        dialog = ContractsDialog(self.db, self._parent)
        dialog.run_requested.connect(self.open_contract_run)
        dialog.open()
        return dialog

    def open_contract_run(self) -> QWidget:
        """Fakturera avtal: the periods due, invoiced in one run."""
        from kundbok.ui.contracts.run_dialog import ContractRunDialog

        dialog = ContractRunDialog(self.db, self._parent)
        dialog.invoices_made.connect(self.invoices_changed)
        dialog.open()
        return dialog

    def new_contract(self, customer_id: int) -> QWidget:
        """Skapa avtal: a new contract for the customer, in its editor."""
        from kundbok.ui.contracts.contract_editor import ContractEditor

        editor = ContractEditor(self.db, customer_id, None, self._parent)
        editor.open()
        return editor

    # --- customers in and out -------------------------------------------------------------

    def export_vcard(self, rows: Sequence[CustomerRow]) -> None:
        """Export the customers `rows` to a vCard file, chosen in a dialog."""
        from kundbok.ui.vcard_dialogs import export_vcard

        export_vcard(self._parent, self.db, list(rows), self.message.emit)

    def import_vcard(self) -> QWidget | None:
        """Choose a vCard file and show its preview; None when no file was chosen."""
        from kundbok.ui.vcard_dialogs import import_vcard

        import_vcard(self._parent, self.db, self.customers_changed.emit)  # opens when read
        return None

    def import_customer_table(self) -> QWidget | None:
        """Choose a CSV or Excel file and show its mapping and preview; None when no file was
        chosen or it holds no table."""
        from kundbok.ui.table_import_dialog import import_customer_table

        import_customer_table(self._parent, self.db, self._settings, self.customers_changed.emit)
        return None  # the dialog opens when the file has been read

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

    def back_up(self) -> None:
        """Arkiv → Säkerhetskopiera…: a folder, then the verified copy."""
        self.backups.back_up_by_hand(self.db)

    def send_unsent_invoices(self) -> None:
        """E-mail every issued, unsent invoice of the customers marked for it (off the window's
        thread); the lists follow when the server has answered."""
        from kundbok.services.mail.invoices import unsent_invoice_ids
        from kundbok.ui.send_invoice_dialog import send_many

        ids = unsent_invoice_ids(self.db)
        send_many(self._parent, self.db, ids, lambda _outcomes: self.invoices_changed.emit())

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
