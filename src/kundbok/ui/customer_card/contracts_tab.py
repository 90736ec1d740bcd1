"""The card's contracts: what the customer is invoiced for every period, and a new one."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kundbok.db.session import Database
from kundbok.services.contract_queries import list_contracts
from kundbok.ui.contracts.contract_editor import ContractEditor
from kundbok.ui.contracts.contract_table import ContractTable
from kundbok.ui.customer_card.lazy_tab import LazyTab


class ContractsTab(LazyTab):
    """Avtal: the customer's contracts; *Nytt avtal* and *Öppna*."""

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tab_contracts")
        self._db = db
        self.editor: ContractEditor | None = None
        self.table = ContractTable(self)
        self.table.doubleClicked.connect(lambda _index: self.open_contract())
        self.button_new = QPushButton(self.tr("New contract…"), self)
        self.button_new.setObjectName("button_new_contract")
        self.button_new.clicked.connect(lambda _c=False: self.open_contract(new=True))
        self.button_open = QPushButton(self.tr("Open"), self)
        self.button_open.setObjectName("button_edit_contract")
        self.button_open.clicked.connect(lambda _c=False: self.open_contract())
        buttons = QHBoxLayout()
        buttons.addWidget(self.button_new)
        buttons.addWidget(self.button_open)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def read(self, customer_id: int | None) -> None:
        """List the customer's contracts (none for a customer not yet saved)."""
        self.setEnabled(customer_id is not None)
        rows = [] if customer_id is None else list_contracts(self._db, customer_id=customer_id)
        self.table.show_rows(rows)

    def open_contract(self, new: bool = False) -> ContractEditor | None:
        """Open the selected contract, or a new one for the customer."""
        customer_id = self._customer_id
        if customer_id is None:
            return None
        selected = self.table.selected()
        if not new and not selected:
            return None
        contract_id = None if new else selected[0].id
        self.editor = ContractEditor(self._db, customer_id, contract_id, self)
        self.editor.saved.connect(lambda _id: self.read(customer_id))
        self.editor.open()
        return self.editor
