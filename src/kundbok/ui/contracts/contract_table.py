"""The contract list (Fakturering → Avtal, and a customer card's *Avtal* tab): customer,
interval, next period, amount per period and per year, status; filtered as the user types."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from kundbok.domain.contract import ContractStatus
from kundbok.domain.contract_periods import Period
from kundbok.services.contract_queries import ContractRow
from kundbok.ui.formatting import display_date, display_money

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The list's columns, in order."""

    NUMBER = 0
    CUSTOMER = 1
    INTERVAL = 2
    NEXT_PERIOD = 3
    PER_PERIOD = 4
    PER_YEAR = 5
    STATUS = 6
    TEXT = 7


def period_label(found: Period | None) -> str:
    """ "2027-01-01 – 2027-03-31" in the locale's date format; empty for none."""
    if found is None:
        return ""
    return f"{display_date(found.start)} – {display_date(found.end)}"


class ContractTableModel(QAbstractTableModel):
    """Contract rows as plain values; `data()` never queries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ContractRow] = []
        self._headers = [
            self.tr("No."),
            self.tr("Customer"),
            self.tr("Interval"),
            self.tr("Next period"),
            self.tr("Per period excl. VAT"),
            self.tr("Per year excl. VAT"),
            self.tr("Status"),
            self.tr("Text"),
        ]
        self._statuses = {
            ContractStatus.ACTIVE: self.tr("Active"),
            ContractStatus.PAUSED: self.tr("Paused"),
            ContractStatus.ENDED: self.tr("Ended"),
        }

    def set_rows(self, rows: Sequence[ContractRow]) -> None:
        """Show `rows` instead of what was shown."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _interval(self, months: int) -> str:
        return {
            1: self.tr("Monthly"),
            3: self.tr("Quarterly"),
            6: self.tr("Half-yearly"),
            12: self.tr("Yearly"),
        }.get(months, self.tr("Every %n months", "", months))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.NUMBER,
            Column.PER_PERIOD,
            Column.PER_YEAR,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        match column:
            case Column.NUMBER:
                return str(row.number)
            case Column.CUSTOMER:
                return f"{row.customer_number} {row.customer_name}"
            case Column.INTERVAL:
                return self._interval(row.interval_months)
            case Column.NEXT_PERIOD:
                return period_label(row.next_period)
            case Column.PER_PERIOD:
                return f"{display_money(row.per_period)} {row.currency}"
            case Column.PER_YEAR:
                return f"{display_money(row.per_year)} {row.currency}"
            case Column.STATUS:
                return self._statuses[row.status]
            case Column.TEXT:
                return row.text.splitlines()[0] if row.text else ""


class ContractTable(QTableView):
    """The contract list with a filter over every column shown; `selected()` are the rows the
    user picked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contract_table")
        self.contracts = ContractTableModel(self)
        self.filtered = QSortFilterProxyModel(self)
        self.filtered.setSourceModel(self.contracts)
        self.filtered.setFilterKeyColumn(-1)
        self.filtered.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(self.filtered)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)

    def show_rows(self, rows: Sequence[ContractRow]) -> None:
        """List `rows`, keeping the filter."""
        self.contracts.set_rows(rows)
        self.resizeColumnsToContents()

    def search(self, text: str) -> None:
        """Show only the contracts with `text` in a column."""
        self.filtered.setFilterFixedString(text.strip())

    def selected(self) -> list[ContractRow]:
        """The rows selected, in the order shown."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [
            self.contracts.rows[self.filtered.mapToSource(self.filtered.index(r, 0)).row()]
            for r in rows
        ]
