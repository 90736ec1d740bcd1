"""The lines table and its cell editors: an article completed from the register as it is typed,
numbers and money typed with a comma or a point, VAT chosen from the rates in force, the ROT/RUT
work type from schema V6's list."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from kundbok.ui.formatting import display_number
from kundbok.ui.invoice_editor.line_pricing import ARTICLE_SEPARATOR
from kundbok.ui.invoice_editor.lines_model import Column, InvoiceLinesModel
from kundbok.ui.work_type_choice import choose_work_type, fill_work_types

Index = QModelIndex | QPersistentModelIndex

# Digits with an optional sign (a hyphen or the real minus), spaces between groups, and a comma
# or a point as decimal mark; `domain.money.parse_decimal` reads what is typed.
NUMBER_PATTERN = QRegularExpression(r"^[-\x{2212}]?[0-9\s\x{00a0}\x{202f}.,]*$")


class LineEditDelegate(QStyledItemDelegate):
    """A cell typed in a line edit; the model reads what `typed` makes of the text."""

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, self.typed(editor.text()), Qt.ItemDataRole.EditRole)

    def typed(self, text: str) -> str:
        """What the model is given for `text`."""
        return text


class DecimalDelegate(LineEditDelegate):
    """A right-aligned line edit for a quantity, a price or a percentage; the model parses it."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setValidator(QRegularExpressionValidator(NUMBER_PATTERN, editor))
        return editor


class ArticleDelegate(LineEditDelegate):
    """The article cell: a number or words of the description typed, the register's articles
    offered as they match (Down and Enter take one); the model looks the number up."""

    def __init__(self, choices: Callable[[], Sequence[str]], parent: QWidget) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        completer = QCompleter(QStringListModel(list(self._choices()), editor), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor

    def typed(self, text: str) -> str:
        return text.partition(ARTICLE_SEPARATOR)[0].strip()  # the number of a suggestion taken


class VatDelegate(QStyledItemDelegate):
    """A list of the VAT rates in force on the invoice date."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        model = index.model()
        if isinstance(model, InvoiceLinesModel):
            for rate in model.vat_rates:
                editor.addItem(display_number(rate))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findText(str(index.data()))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class WorkTypeDelegate(QStyledItemDelegate):
    """The ROT work types, then the RUT ones, in Skatteverket's Swedish words; first "none"."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return fill_work_types(QComboBox(parent))

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            choose_work_type(editor, index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)


def lines_view(
    model: InvoiceLinesModel, parent: QWidget, articles: Callable[[], Sequence[str]] | None = None
) -> QTableView:
    """The table of invoice lines (objectName invoice_lines) with its cell editors; `articles`
    gives the article cell's choices."""
    view = QTableView(parent)
    view.setObjectName("invoice_lines")
    view.setModel(model)
    if articles is not None:
        view.setItemDelegateForColumn(Column.ARTICLE, ArticleDelegate(articles, view))
    numbers = DecimalDelegate(view)
    for column in (Column.QUANTITY, Column.PRICE, Column.DISCOUNT):
        view.setItemDelegateForColumn(column, numbers)
    view.setItemDelegateForColumn(Column.VAT, VatDelegate(view))
    view.setItemDelegateForColumn(Column.WORK_TYPE, WorkTypeDelegate(view))
    view.horizontalHeader().setSectionResizeMode(Column.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setVisible(False)
    model.input_refused.connect(lambda message: _say_refused(view, message))
    return view


def _say_refused(view: QTableView, message: str) -> None:
    """Show why a typed number was not taken beside the cell it was typed in."""
    rect = view.visualRect(view.currentIndex())
    QToolTip.showText(view.viewport().mapToGlobal(rect.bottomLeft()), message, view)
