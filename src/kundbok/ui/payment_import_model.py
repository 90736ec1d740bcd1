"""The payment import preview's rows: one model over the matches, not an item per cell.

Ten thousand payments as table items were fifty thousand objects, made a slice at a time on the
window's thread and looked at again by every full pass of Python's cycle collector while the
booking ran; the model shows the matches it holds and makes nothing per row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kundbok.domain.payment_matching import MatchKind, PaymentMatch
from kundbok.ui.formatting import display_money

Index = QModelIndex | QPersistentModelIndex
TICK_COLUMN = 4  # what the row would do, ticked to book a suggestion


def decided_by_user(match: PaymentMatch) -> bool:
    """Whether the row is booked only when ticked: a suggestion or a likely duplicate."""
    return match.is_suggestion or match.kind is MatchKind.LIKELY_DUPLICATE


class PaymentRowsModel(QAbstractTableModel):
    """Date, amount, payer, invoice and what the payment would do; the suggestions and likely
    duplicates with a tick box."""

    def __init__(
        self,
        rows: Sequence[PaymentMatch],
        invoice_numbers: Mapping[int, int],
        kinds: Mapping[MatchKind, str],
        headers: Sequence[str],
        duplicate_hint: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._rows = rows
        self._numbers = invoice_numbers
        self._kinds = kinds
        self._headers = headers
        self._duplicate_hint = duplicate_hint
        self.ticked: set[int] = set()  # rows

    def ticked_transactions(self) -> set[str]:
        """The transaction ids of the suggestions and likely duplicates ticked."""
        return {self._rows[row].payment.transaction_id for row in self.ticked}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == TICK_COLUMN and decided_by_user(self._rows[index.row()]):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        match = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(match, index.column())
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == TICK_COLUMN:
            if not decided_by_user(match):
                return None
            ticked = index.row() in self.ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and match.kind is MatchKind.LIKELY_DUPLICATE:
            return self._duplicate_hint
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not (
            self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked.add(index.row())
        else:
            self.ticked.discard(index.row())
        self.dataChanged.emit(index, index, [role])
        return True

    def _text(self, match: PaymentMatch, column: int) -> str:
        payment = match.payment
        match column:
            case 0:
                return payment.booking_date.isoformat()
            case 1:
                return display_money(payment.amount)
            case 2:
                return payment.payer_name
            case 3:
                number = self._numbers.get(match.invoice_id or 0)
                return "" if number is None else str(number)
            case _:
                return self._kinds[match.kind]
