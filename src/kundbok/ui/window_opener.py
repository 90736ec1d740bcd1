"""What the main window opens: customer cards, invoice editors, articles, settings, vCard dialogs.

The opener keeps the open cards (one per customer, brought forward rather than doubled) and the
invoice editors alive, and tells the window when what they saved changes its lists. The modules
of cards, invoices and services are imported where first used: the window is on screen before
the database is open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QWidget

from kundbok.ui.errors import attempt

if TYPE_CHECKING:
    from kundbok.ui.customer_card import CustomerCard
    from kundbok.ui.invoice_editor import InvoiceEditor
    from kundbok.ui.main_window import MainWindow


class WindowOpener(QObject):
    """Opens the main window's cards, editors and dialogs and keeps them while they are open."""

    def __init__(self, window: MainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.setObjectName("window_opener")
        self._window = window
        self._settings = settings
        self.cards: dict[int | None, CustomerCard] = {}
        self.extra_windows: list[QWidget] = []

    def open_card(self, customer_id: int | None) -> CustomerCard | None:
        """Show a customer's card (non-modal); an open card is brought forward, not doubled.

        None, after telling why, when the customer cannot be read (gone meanwhile).
        """
        from kundbok.ui.customer_card import CustomerCard

        window = self._window
        card = self.cards.get(customer_id) if customer_id is not None else None
        if card is None:
            card = attempt(
                window, self.tr("Customer"), lambda: CustomerCard(window.db, customer_id, window)
            )
            if card is None:
                window.apply_search()  # the list no longer shows what is gone
                return None
            card.saved.connect(lambda saved_id, card=card: self._customer_saved(card, saved_id))
            card.deleted.connect(lambda _customer_id: window.customers_changed())
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
        self._window.customers_changed()
        self._window.select_customer(customer_id)

    def close_cards(self) -> bool:
        """Close every open card; False when one stays open (the user kept unsaved edits)."""
        return all(card.close() for card in list(self.cards.values()))

    def follow_changes(self) -> None:
        """Open cards without unsaved edits show what another user committed."""
        for card in list(self.cards.values()):
            card.follow_changes()

    def open_invoice_editor(
        self, customer_id: int | None, invoice_id: int | None = None
    ) -> InvoiceEditor | None:
        """Show an invoice editor: a new invoice (for a customer, or none) or an existing one."""
        from kundbok.ui.invoice_editor import open_invoice_editor

        window = self._window
        editor = open_invoice_editor(window.db, customer_id, window, invoice_id)
        if editor is not None:
            editor.saved.connect(lambda _id: window.refresh_invoices())
            editor.deleted.connect(lambda _id: window.refresh_invoices())
            self.extra_windows.append(editor)
            editor.destroyed.connect(lambda _=None, e=editor: self._forget_window(e))
        return editor

    def _forget_window(self, window: QWidget) -> None:
        self.extra_windows = [w for w in self.extra_windows if w is not window]

    def export_vcard(self) -> None:
        """Export the selected customers to a vCard file, chosen in a dialog."""
        from kundbok.ui.vcard_dialogs import export_vcard

        window = self._window
        export_vcard(
            window,
            window.db,
            window.selected_rows(),
            lambda text: window.statusBar().showMessage(text, 8000),
        )

    def import_vcard(self) -> QWidget | None:
        """Choose a vCard file and show its preview; None when no file was chosen."""
        from kundbok.ui.vcard_dialogs import import_vcard

        window = self._window
        import_vcard(window, window.db, window.customers_changed)  # opens when the file is read
        return None

    def import_customer_table(self) -> QWidget | None:
        """Choose a CSV or Excel file and show its mapping and preview; None when no file was
        chosen or it holds no table."""
        from kundbok.ui.table_import_dialog import import_customer_table

        window = self._window
        import_customer_table(window, window.db, self._settings, window.customers_changed)
        return None  # the dialog opens when the file has been read

    def export_customer_table(self) -> QWidget | None:
        """Ask how to export the selected customers, then where, and write them."""
        from kundbok.ui.customer_list import COLUMNS
        from kundbok.ui.table_export_dialog import export_customer_table

        window = self._window
        header = window.table.horizontalHeader()
        shown = sorted(
            (c for c in range(len(COLUMNS)) if not header.isSectionHidden(c)),
            key=header.visualIndex,
        )
        return export_customer_table(
            window,
            window.db,
            window.selected_rows(),
            [COLUMNS[column][0] for column in shown],
            lambda text: window.statusBar().showMessage(text, 8000),
        )

    def open_articles(self) -> QWidget:
        """Show the article register."""
        from kundbok.ui.articles_dialog import ArticlesDialog

        dialog = ArticlesDialog(self._window.db, self._window)
        dialog.open()
        return dialog

    def open_customer_groups(self) -> QWidget:
        """Show the customer groups; the list's group filter and column follow their changes."""
        from kundbok.ui.customer_groups_dialog import CustomerGroupsDialog

        window = self._window
        dialog = CustomerGroupsDialog(window.db, window)
        dialog.groups_changed.connect(lambda: window.group_filter.reload(window.db))
        dialog.groups_changed.connect(window.table.reread_keeping_place)
        dialog.open()
        return dialog

    def open_settings(self, company_page: bool = False) -> None:
        """Show the settings dialog (on the company page when asked)."""
        from kundbok.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._window.db, self._settings, self._window)
        if company_page:
            dialog.show_company_page()
        dialog.open()
