"""The card's *Underlag*: the customer's unbilled entries and their sum, the billed ones with
their invoice, and the customer's choice of itemised or summed invoice lines."""

from __future__ import annotations

from decimal import Decimal
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.entries import EntryDetails
from kundbok.services.entries import (
    choose_entries_summed,
    entries_summed,
    list_entries,
    remove_entry,
)
from kundbok.ui.customer_card.lazy_tab import LazyTab
from kundbok.ui.errors import attempt
from kundbok.ui.formatting import display_date, display_money, display_number

ENTRY = Qt.ItemDataRole.UserRole


def _removed(db: Database, entry_id: int, version: int | None) -> bool:
    remove_entry(db, entry_id, version)
    return True  # `attempt` tells a refusal by None


class EntriesTab(LazyTab):
    """Underlag. Removing an entry and the choice of summed lines are kept at once."""

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tab_entries")
        self._db = db
        self.entries_summary = QLabel(self)
        self.entries_summary.setObjectName("entries_summary")
        self.entries_table = QTreeWidget(self)
        self.entries_table.setObjectName("entries_table")
        self.entries_table.setRootIsDecorated(False)
        self.entries_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.entries_table.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Article"),
                self.tr("Text"),
                self.tr("Quantity"),
                self.tr("Price"),
                self.tr("Amount"),
                self.tr("Invoice"),
                self.tr("By"),
            ]
        )
        self.entries_table.itemSelectionChanged.connect(self._update_buttons)
        self.entries_table.itemDoubleClicked.connect(lambda _item, _column: self.change_selected())
        self.field_entries_summed = QCheckBox(
            self.tr("Invoice the entries summed per article (else one line per entry)"), self
        )
        self.field_entries_summed.setObjectName("field_entries_summed")
        self.field_entries_summed.clicked.connect(self._choose_summed)
        self.button_new_entry = QPushButton(self.tr("Register time/material…"), self)
        self.button_new_entry.setObjectName("button_new_entry")
        self.button_new_entry.clicked.connect(lambda: self.new_entry())
        self.button_change_entry = QPushButton(self.tr("Change…"), self)
        self.button_change_entry.setObjectName("button_change_entry")
        self.button_change_entry.clicked.connect(self.change_selected)
        self.button_remove_entry = QPushButton(self.tr("Remove"), self)
        self.button_remove_entry.setObjectName("button_remove_entry")
        self.button_remove_entry.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.button_new_entry)
        buttons.addWidget(self.button_change_entry)
        buttons.addWidget(self.button_remove_entry)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.entries_summary)
        layout.addWidget(self.entries_table)
        layout.addWidget(self.field_entries_summed)
        layout.addLayout(buttons)
        self.dialog: QWidget | None = None

    def read(self, customer_id: int | None) -> None:
        """Show the customer's entries, unbilled first (none before the customer is saved)."""
        self.setEnabled(customer_id is not None)
        self.entries_table.clear()
        if customer_id is None:
            self.entries_summary.setText(self.tr("No entries yet."))
            return
        entries = list_entries(self._db, customer_id)
        unbilled = [entry for entry in entries if entry.invoice_id is None]
        billed = [entry for entry in entries if entry.invoice_id is not None]
        for entry in [*unbilled, *billed]:
            self.entries_table.addTopLevelItem(self._item(entry))
        for column in range(self.entries_table.columnCount()):
            self.entries_table.resizeColumnToContents(column)
        amount = sum((entry.amount for entry in unbilled), Decimal(0))
        hours = sum((entry.hours for entry in unbilled), Decimal(0))
        self.entries_summary.setText(
            self.tr("Unbilled: {count} entries, {hours} h, {amount} kr excl. VAT").format(
                count=len(unbilled), hours=display_number(hours), amount=display_money(amount)
            )
        )
        self.field_entries_summed.setChecked(entries_summed(self._db, customer_id))
        self._update_buttons()

    def _item(self, entry: EntryDetails) -> QTreeWidgetItem:
        if entry.invoice_id is None:
            invoice = self.tr("Unbilled")
        elif entry.invoice_number is None:
            invoice = self.tr("Draft")
        else:
            invoice = str(entry.invoice_number)
        item = QTreeWidgetItem(
            [
                display_date(entry.entry_date),
                entry.article_number,
                entry.text or entry.description,
                f"{display_number(entry.quantity)} {entry.unit}".strip(),
                display_money(entry.unit_price),
                display_money(entry.amount),
                invoice,
                entry.created_by,
            ]
        )
        item.setData(0, ENTRY, entry)
        for column in (3, 4, 5):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        return item

    def selected_entries(self) -> list[EntryDetails]:
        """The entries of the selected rows."""
        return [item.data(0, ENTRY) for item in self.entries_table.selectedItems()]

    def _update_buttons(self) -> None:
        chosen = self.selected_entries()
        unbilled = bool(chosen) and all(entry.invoice_id is None for entry in chosen)
        self.button_remove_entry.setEnabled(unbilled)
        self.button_change_entry.setEnabled(unbilled and len(chosen) == 1)

    def remove_selected(self) -> None:
        """Remove the selected unbilled entries."""
        for entry in self.selected_entries():
            assert entry.id is not None
            removal = partial(_removed, self._db, entry.id, entry.version)
            if attempt(self, self.tr("Entries"), removal) is None:
                break
        self.read(self._customer_id)

    def _choose_summed(self, summed: bool) -> None:
        if self._customer_id is not None:
            customer_id = self._customer_id
            attempt(
                self,
                self.tr("Entries"),
                lambda: choose_entries_summed(self._db, customer_id, summed),
            )

    def change_selected(self) -> None:
        """The selected unbilled entry in the entry dialog, to be changed."""
        chosen = self.selected_entries()
        if len(chosen) == 1 and chosen[0].invoice_id is None:
            self.new_entry(chosen[0])

    def new_entry(self, entry: EntryDetails | None = None) -> None:
        """The quick-entry dialog for this customer (or to change `entry`); the tab lists what
        it saves."""
        from kundbok.ui.time_entry_dialog import open_time_entry

        dialog = open_time_entry(self._db, self._customer_id, self, entry)
        dialog.entry_saved.connect(lambda _customer: self.read(self._customer_id))
        self.dialog = dialog
