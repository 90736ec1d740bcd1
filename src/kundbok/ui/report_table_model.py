"""A report as a Qt table: one row per customer, numbers right-aligned, the totals rows last in
bold (one per currency and one in kronor, when a report has several)."""

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
        self.totals: tuple[ReportRow, ...] = ()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[ReportRow], *totals: ReportRow) -> None:
        """Show `rows` followed by the `totals` rows."""
        self.beginResetModel()
        self.rows = tuple(rows)
        self.totals = totals
        self.endResetModel()

    def all_rows(self) -> tuple[ReportRow, ...]:
        """Every row as shown, the totals last."""
        return (*self.rows, *self.totals)

    def is_total(self, row: int) -> bool:
        """Whether the row at `row` is one of the totals."""
        return row >= len(self.rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows) + len(self.totals)

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
        shown = self.rows[row] if row < len(self.rows) else self.totals[row - len(self.rows)]
        value = shown[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_cell(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and not isinstance(value, str):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total(row):
            return self._bold
        return None
