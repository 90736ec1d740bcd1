"""Fakturering → Avtal: every contract with a search, and what can be done to them: open one,
adjust prices of the selected or all, invoice what is due."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kundbok.db.session import Database
from kundbok.services.contract_queries import list_contracts
from kundbok.ui.accessibility import name_controls
from kundbok.ui.contracts.adjust_dialog import ContractAdjustDialog
from kundbok.ui.contracts.contract_editor import ContractEditor
from kundbok.ui.contracts.contract_table import ContractTable
from kundbok.ui.screen_fit import resize_to_fit


class ContractsDialog(QDialog):
    """Avtal: the contract list, its search and its buttons."""

    run_requested = Signal()  # *Fakturera avtal…*: the main window opens the run
    contracts_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contracts_dialog")
        self.setWindowTitle(self.tr("Contracts"))
        self._db = db
        self.editor: ContractEditor | None = None
        self.adjust_dialog: ContractAdjustDialog | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("contract_search")
        self.search.setAccessibleName(self.tr("Search contracts"))
        self.search.setPlaceholderText(self.tr("Search customer, number, text…"))
        self.search.setClearButtonEnabled(True)
        self.table = ContractTable(self)
        self.search.textChanged.connect(self.table.search)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("button_edit_contract", self.tr("Open"), self.edit_selected),
            ("button_adjust_prices", self.tr("Adjust prices…"), self.adjust_prices),
            ("button_contract_run", self.tr("Invoice contracts…"), self.run_requested.emit),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, slot=slot: slot())
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        resize_to_fit(self, 900, 500)
        self.refresh()
        name_controls(self)

    def refresh(self) -> None:
        """List the contracts anew."""
        self.table.show_rows(list_contracts(self._db))

    def edit_selected(self) -> ContractEditor | None:
        """Open the selected contract in its editor."""
        selected = self.table.selected()
        if not selected:
            return None
        row = selected[0]
        self.editor = ContractEditor(self._db, row.customer_id, row.id, self)
        self.editor.saved.connect(lambda _id: self._changed())
        self.editor.open()
        return self.editor

    def adjust_prices(self) -> ContractAdjustDialog:
        """Adjust the prices of the selected contracts, or of all."""
        ids = [row.id for row in self.table.selected()]
        self.adjust_dialog = ContractAdjustDialog(self._db, ids, self)
        self.adjust_dialog.accepted.connect(self._changed)
        self.adjust_dialog.open()
        return self.adjust_dialog

    def _changed(self) -> None:
        self.refresh()
        self.contracts_changed.emit()
