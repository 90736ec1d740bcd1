"""The invoice lines as a table model: one LineDetails per row, cells shown in the user's locale."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kundbok.domain.errors import KundbokError
from kundbok.domain.invoice import LineDetails
from kundbok.domain.money import NOT_A_NUMBER, NOT_AN_AMOUNT, parse_decimal
from kundbok.domain.rot_rut.work_types import swedish_name, work_type_or_none
from kundbok.i18n import error_text
from kundbok.ui.formatting import display_money, display_number

Index = QModelIndex | QPersistentModelIndex
ArticleLookup = Callable[[str], LineDetails | None]


class Column(IntEnum):
    """The columns of the lines table, in order."""

    ARTICLE = 0
    DESCRIPTION = 1
    QUANTITY = 2
    UNIT = 3
    PRICE = 4
    DISCOUNT = 5
    VAT = 6
    AMOUNT = 7
    WORK_TYPE = 8  # the ROT/RUT work type of a labour or material line


NUMERIC = frozenset((Column.QUANTITY, Column.PRICE, Column.DISCOUNT, Column.VAT, Column.AMOUNT))
HUNDRED = Decimal(100)


# What a typed cell of each numeric column is read as: its field, decimals (quantities to the
# thousandth as the database keeps them, money in öre) and the message for text that is none.
_NUMBER_FIELDS = {
    Column.QUANTITY: ("quantity", 3, NOT_A_NUMBER),
    Column.PRICE: ("unit_price", 2, NOT_AN_AMOUNT),
    Column.DISCOUNT: ("discount_percent", 2, NOT_A_NUMBER),
    Column.VAT: ("vat_rate", 2, NOT_A_NUMBER),
}


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("InvoiceEditor", "Item"),
        QCoreApplication.translate("InvoiceEditor", "Description"),
        QCoreApplication.translate("InvoiceEditor", "Quantity"),
        QCoreApplication.translate("InvoiceEditor", "Unit"),
        QCoreApplication.translate("InvoiceEditor", "Unit price"),
        QCoreApplication.translate("InvoiceEditor", "Discount %"),
        QCoreApplication.translate("InvoiceEditor", "VAT %"),
        QCoreApplication.translate("InvoiceEditor", "Amount"),
        QCoreApplication.translate("InvoiceEditor", "ROT/RUT work type"),
    )


def _with_work_type(line: LineDetails, code: str) -> LineDetails | None:
    """The line with a work type (a schema V6 code, "" for none); None for an unknown code.
    A work type makes an ordinary line ROT/RUT labour; material stays material."""
    if not code:
        return replace(line, work_type="")
    if work_type_or_none(code) is None:
        return None
    return replace(line, work_type=code, kind="labour" if line.kind == "other" else line.kind)


class InvoiceLinesModel(QAbstractTableModel):
    """The lines of one invoice; edits replace a row's LineDetails, never its text."""

    input_refused = Signal(str)  # why a typed number was not taken (too many decimals…)

    def __init__(self, article_lookup: ArticleLookup, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[LineDetails] = []
        self._article_lookup = article_lookup
        self.read_only = False
        self.vat_rates: tuple[Decimal, ...] = ()  # the rates a line may take, newest table

    # --- reading -----------------------------------------------------------------------------

    def lines(self) -> tuple[LineDetails, ...]:
        """The lines as the user has them now."""
        return tuple(self._lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.EditRole and column == Column.WORK_TYPE:
            return self._lines[index.row()].work_type  # the schema's code; the editor lists names
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(self._lines[index.row()], column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(line: LineDetails, column: Column) -> str:
        match column:
            case Column.ARTICLE:
                return line.article_number
            case Column.DESCRIPTION:
                return line.description
            case Column.QUANTITY:
                return display_number(line.quantity)
            case Column.UNIT:
                return line.unit
            case Column.PRICE:
                return display_money(line.unit_price)
            case Column.DISCOUNT:
                return display_number(line.discount_percent)
            case Column.VAT:
                return display_number(line.vat_rate)
            case Column.AMOUNT:
                return display_money(line.amount)
            case Column.WORK_TYPE:
                return swedish_name(line.work_type)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.read_only or index.column() == Column.AMOUNT:
            return flags & ~Qt.ItemFlag.ItemIsEditable
        return flags | Qt.ItemFlag.ItemIsEditable

    # --- changing ----------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Take a typed cell; text that is not a valid value leaves the line as it was."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        line = self._lines[index.row()]
        try:
            changed = self._edited(line, Column(index.column()), str(value).strip())
        except KundbokError as error:
            self.input_refused.emit(error_text(error))
            return False
        if changed is None:
            return False
        if changed != line:
            self._lines[index.row()] = changed
            self.dataChanged.emit(
                self.index(index.row(), 0), self.index(index.row(), len(Column) - 1)
            )
        return True

    def _edited(self, line: LineDetails, column: Column, text: str) -> LineDetails | None:
        if column == Column.ARTICLE:
            article = self._article_lookup(text) if text else None
            if article is None:
                return replace(line, article_number=text, article_id=None)
            return replace(article, discount_percent=line.discount_percent)
        if column == Column.DESCRIPTION:
            return replace(line, description=text)
        if column == Column.UNIT:
            return replace(line, unit=text)
        if column == Column.WORK_TYPE:
            return _with_work_type(line, text)
        if not text or column not in _NUMBER_FIELDS:
            return None
        field, decimals, not_a_number = _NUMBER_FIELDS[column]
        number = parse_decimal(text, field, decimals, not_a_number)
        if column == Column.QUANTITY:
            return replace(line, quantity=number)
        if column == Column.PRICE:
            return replace(line, unit_price=number)
        if column == Column.DISCOUNT:
            return replace(line, discount_percent=number) if 0 <= number <= HUNDRED else None
        if column == Column.VAT:
            return replace(line, vat_rate=number) if number in self.vat_rates else None
        return None

    def set_lines(self, lines: Sequence[LineDetails]) -> None:
        """Show another invoice's lines."""
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def append(self, line: LineDetails) -> int:
        """Add a line at the end; returns its row."""
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(line)
        self.endInsertRows()
        return row

    def remove(self, rows: Sequence[int]) -> None:
        """Remove the lines at `rows`."""
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lines[row]
            self.endRemoveRows()
