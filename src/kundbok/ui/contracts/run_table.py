"""The run's list: one row per period due, ticked to be invoiced; a period left out (customer
blocked or passive, contract paused) shows why and cannot be ticked."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from kundbok.services.contract_run import DuePeriod, LeftOut
from kundbok.ui.contracts.contract_table import period_label
from kundbok.ui.formatting import display_date, display_money


class RunTable(QTableWidget):
    """Due periods with a tick each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setObjectName("run_table")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Contract"),
                self.tr("Customer"),
                self.tr("Period"),
                self.tr("Due"),
                self.tr("Amount excl. VAT"),
                self.tr("Note"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.due: list[DuePeriod] = []
        self._reasons = {
            LeftOut.BLOCKED: self.tr("Left out: the customer is blocked"),
            LeftOut.PASSIVE: self.tr("Left out: the customer is passive"),
            LeftOut.PAUSED: self.tr("Left out: the contract is paused"),
        }

    def show_due(self, due: Sequence[DuePeriod]) -> None:
        """List `due`, each period that can be invoiced ticked."""
        self.due = list(due)
        self.setRowCount(len(self.due))
        for row, found in enumerate(self.due):
            number = QTableWidgetItem(str(found.contract_number))
            if found.left_out == LeftOut.NONE:
                number.setFlags(number.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                number.setCheckState(Qt.CheckState.Checked)
            else:
                number.setFlags(number.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            amount = QTableWidgetItem(f"{display_money(found.amount)} {found.currency}")
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells = [
                number,
                QTableWidgetItem(f"{found.customer_number} {found.customer_name}"),
                QTableWidgetItem(period_label(found.period)),
                QTableWidgetItem(display_date(found.period.due)),
                amount,
                QTableWidgetItem(self._reasons.get(found.left_out, "")),
            ]
            for column, cell in enumerate(cells):
                self.setItem(row, column, cell)
        self.resizeColumnsToContents()

    def set_ticked(self, row: int, ticked: bool) -> None:
        """Tick or untick one period."""
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self._tick(row).setCheckState(state)

    def _tick(self, row: int) -> QTableWidgetItem:
        item = self.item(row, 0)
        assert item is not None
        return item

    def ticked(self) -> list[DuePeriod]:
        """The periods ticked, in the list's order."""
        return [
            found
            for row, found in enumerate(self.due)
            if found.left_out == LeftOut.NONE
            and self._tick(row).checkState() == Qt.CheckState.Checked
        ]
