"""A list the user reads and selects rows in, not edits: the reminder dialog's tables."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from kundbok.ui.formatting import display_money


def read_only_table(
    parent: QWidget,
    name: str,
    headers: Sequence[str],
    selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.ExtendedSelection,
) -> QTableWidget:
    """A table of whole rows to select (several, unless `selection` says otherwise)."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str | Decimal | int]]) -> None:
    """Show `rows`: texts as they are, amounts as money and numbers, both to the right."""
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            text = display_money(value) if isinstance(value, Decimal) else str(value)
            item = QTableWidgetItem(text)
            if not isinstance(value, str):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
