"""The rows of a planned article import as a Qt item model: what each row becomes, the article
it gives, or the reason it cannot be imported. The texts are made once, when the plan is shown:
`data()` only looks them up."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from kundbok.i18n import error_text
from kundbok.services.tables.article_import import ArticlePlan, ArticleRowStatus, PlannedArticle
from kundbok.ui.formatting import display_money
from kundbok.ui.palette import ERROR_ROW, colour

Index = QModelIndex | QPersistentModelIndex
_CONTEXT = "ArticlePreviewModel"
_STATUS = {
    ArticleRowStatus.NEW: QT_TRANSLATE_NOOP("ArticlePreviewModel", "New"),
    ArticleRowStatus.UPDATE: QT_TRANSLATE_NOOP("ArticlePreviewModel", "Update"),
    ArticleRowStatus.UNCHANGED: QT_TRANSLATE_NOOP("ArticlePreviewModel", "Unchanged"),
    ArticleRowStatus.ERROR: QT_TRANSLATE_NOOP("ArticlePreviewModel", "Error"),
}
_HEADERS = (
    QT_TRANSLATE_NOOP("ArticlePreviewModel", "Row"),
    QT_TRANSLATE_NOOP("ArticlePreviewModel", "Status"),
    QT_TRANSLATE_NOOP("ArticlePreviewModel", "Article number"),
    QT_TRANSLATE_NOOP("ArticlePreviewModel", "Description"),
    QT_TRANSLATE_NOOP("ArticlePreviewModel", "Price"),
    QT_TRANSLATE_NOOP("ArticlePreviewModel", "Error"),
)


class ArticleColumn(enum.IntEnum):
    ROW = 0
    STATUS = 1
    NUMBER = 2
    DESCRIPTION = 3
    PRICE = 4
    ERROR = 5


def _cells(row: PlannedArticle) -> tuple[str, ...]:
    status = QCoreApplication.translate(_CONTEXT, str(_STATUS[row.status]))
    if row.details is None:
        cells = row.cells
        return (str(row.row_number), status, cells.get("number", ""),
                cells.get("description", ""), cells.get("unit_price", ""),
                error_text(row.error) if row.error else "")  # fmt: skip
    details = row.details
    return (str(row.row_number), status, details.number, details.description,
            display_money(details.unit_price), "")  # fmt: skip


class ArticlePreviewModel(QAbstractTableModel):
    """Every row of the file and what importing it does."""

    def __init__(self, plan: ArticlePlan, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._lines = [_cells(row) for row in plan.rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(ArticleColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CONTEXT, str(_HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._lines[index.row()][index.column()]
        row = self.plan.rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and row.status is ArticleRowStatus.ERROR:
            return QBrush(colour(ERROR_ROW))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (
            ArticleColumn.ROW,
            ArticleColumn.PRICE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
