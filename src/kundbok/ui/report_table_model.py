"""A report as a Qt table: one row per customer, numbers right-aligned, the totals last in bold."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from kundbok.ui.formatting import display_count, display_money

Cell = str | int | Decimal
ReportRow = tuple[Cell, ...]


def display_cell(value: Cell) -> str:
    """A cell as it reads on screen and on paper: amounts and counts in the locale's format."""
    if isinstance(value, Decimal):
        return display_money(value)
    if isinstance(value, int):
        return display_count(value)
    return value


class ReportTableModel(QAbstractTableModel):
    """The rows of a report and its totals row; cells are formatted only when shown, so a
    report of thousands of customers fills at once."""

    def __init__(self, headings: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headings = tuple(headings)
        self.rows: tuple[ReportRow, ...] = ()
        self.totals: ReportRow = ()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[ReportRow], totals: ReportRow) -> None:
        """Show `rows` followed by `totals`."""
        self.beginResetModel()
        self.rows = tuple(rows)
        self.totals = totals
        self.endResetModel()

    def all_rows(self) -> tuple[ReportRow, ...]:
        """Every row as shown, the totals last."""
        return (*self.rows, self.totals) if self.totals else self.rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows) + (1 if self.totals else 0)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headings)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headings[section]
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if not index.isValid():
            return None
        row = index.row()
        value = (self.rows[row] if row < len(self.rows) else self.totals)[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_cell(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and not isinstance(value, str):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row == len(self.rows):
            return self._bold
        return None
