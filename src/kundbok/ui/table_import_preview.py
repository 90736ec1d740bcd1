"""The rows of a planned table import as a Qt item model: what each row becomes, the customer
or row it matches, its error, and the user's choice for a duplicate (edited in a combo box)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kundbok.i18n import error_text
from kundbok.services.tables import Choice, ImportPlan, PlannedRow, RowStatus
from kundbok.ui.formatting import display_identifier
from kundbok.ui.palette import DUPLICATE_ROW, ERROR_ROW, colour

Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()
_CONTEXT = "ImportPreviewModel"
STATUS_TEXT = {
    RowStatus.NEW: QT_TRANSLATE_NOOP("ImportPreviewModel", "New"),
    RowStatus.UPDATE: QT_TRANSLATE_NOOP("ImportPreviewModel", "Update"),
    RowStatus.DUPLICATE: QT_TRANSLATE_NOOP("ImportPreviewModel", "Duplicate"),
    RowStatus.ERROR: QT_TRANSLATE_NOOP("ImportPreviewModel", "Error"),
}
CHOICE_TEXT = {
    Choice.SKIP: QT_TRANSLATE_NOOP("ImportPreviewModel", "Skip"),
    Choice.UPDATE: QT_TRANSLATE_NOOP("ImportPreviewModel", "Update the customer"),
    Choice.NEW: QT_TRANSLATE_NOOP("ImportPreviewModel", "Add as new"),
}
_MATCHED_ON = {
    "number": QT_TRANSLATE_NOOP("ImportPreviewModel", "customer number"),
    "identity": QT_TRANSLATE_NOOP("ImportPreviewModel", "org./personal no."),
    "email": QT_TRANSLATE_NOOP("ImportPreviewModel", "e-mail"),
}


class PreviewColumn(enum.IntEnum):
    ROW = 0
    STATUS = 1
    NAME = 2
    IDENTITY = 3
    EMAIL = 4
    CITY = 5
    DETAIL = 6
    ACTION = 7


_HEADERS = (
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Row"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Status"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Name"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Org./personal no."),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "E-mail"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "City"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Matches / error"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Action"),
)


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


@dataclass(frozen=True)
class PreviewLine:
    """One row of the preview as the table shows it."""

    row: PlannedRow
    cells: tuple[str, ...]  # the texts of the columns before ACTION


def _detail(plan: ImportPlan, row: PlannedRow) -> str:
    if row.errors:
        return error_text(row.errors[0])
    if not (row.duplicate_of_ids or row.duplicate_of_rows):
        return ""
    matches = [
        QCoreApplication.translate("ImportPreviewModel", "customer {number} {name}").format(
            number=plan.matched[i].number, name=plan.matched[i].name
        )
        for i in row.duplicate_of_ids
    ]
    matches += [
        QCoreApplication.translate("ImportPreviewModel", "row {row}").format(row=number)
        for number in row.duplicate_of_rows
    ]
    keys = ", ".join(_tr(_MATCHED_ON.get(key, key)) for key in row.matched_on)
    return QCoreApplication.translate("ImportPreviewModel", "{matches} (same {keys})").format(
        matches="; ".join(matches), keys=keys
    )


def _line(plan: ImportPlan, row: PlannedRow) -> PreviewLine:
    details = row.details
    if details is not None:
        address = details.address("billing")
        shown = (
            details.name,
            display_identifier(details.org_number or details.personal_number),
            details.email,
            address.city if address else "",
        )
    else:  # a row with errors, as the file has it
        read = row.cells
        identity = next(
            (read[key] for key in _IDENTITY_FIELDS if read.get(key)),
            "",
        )
        shown = (
            read.get("name", ""),
            identity,
            read.get("email", ""),
            read.get("billing.city", ""),
        )
    cells = (str(row.row_number), _tr(STATUS_TEXT[row.status]), *shown, _detail(plan, row))
    return PreviewLine(row, cells)


_IDENTITY_FIELDS = ("org_number", "personal_number", "org_or_personal_number")


class ImportPreviewModel(QAbstractTableModel):
    """Every row of the plan; the ACTION column of a row that offers choices is editable."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._rows = plan.rows
        # Each row's texts are made when the view first shows it: 10,000 at once would hold
        # the window for a fifth of a second.
        self._cells: dict[int, tuple[str, ...]] = {}
        self._by_number = {row.row_number: row for row in plan.rows}
        self._choices: dict[int, Choice] = {}  # row number -> the user's choice
        self._on_duplicate = Choice.SKIP

    def rowCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(PreviewColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[section])
        return None

    def choice(self, row: PlannedRow) -> Choice | None:
        """What importing will do with the row (None: an error row, left out or refusing)."""
        default = row.default_choice(self._on_duplicate)
        return self._choices.get(row.row_number, default) if default is not None else None

    def choices(self) -> dict[int, Choice]:
        """The user's choice for every row that offers one, by row number."""
        return {
            row.row_number: choice
            for row in self._rows
            if row.choices and (choice := self.choice(row)) is not None
        }

    def set_on_duplicate(self, choice: Choice) -> None:
        """Make `choice` the action of every duplicate (where the row offers it)."""
        self._on_duplicate = choice
        self._choices = {
            number: chosen
            for number, chosen in self._choices.items()
            if self._by_number[number].status is RowStatus.UPDATE
        }
        self._changed_actions()

    def _changed_actions(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, PreviewColumn.ACTION),
                self.index(len(self._rows) - 1, PreviewColumn.ACTION),
            )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == PreviewColumn.ACTION:
                choice = self.choice(row)
                return _tr(CHOICE_TEXT[choice]) if choice is not None else ""
            return self._cells_of(index.row())[column]
        if role == Qt.ItemDataRole.EditRole and column == PreviewColumn.ACTION:
            return self.choice(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.status is RowStatus.ERROR:
                return QBrush(colour(ERROR_ROW))
            if row.status is RowStatus.DUPLICATE:
                return QBrush(colour(DUPLICATE_ROW))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == PreviewColumn.ACTION and self._rows[index.row()].choices:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self._rows[index.row()]
        if role != Qt.ItemDataRole.EditRole or not isinstance(value, Choice):
            return False
        if value not in row.choices:
            return False
        self._choices[row.row_number] = value
        self.dataChanged.emit(index, index)
        return True

    def row_choices(self, index: Index) -> tuple[Choice, ...]:
        """The choices the row at `index` offers."""
        return self._rows[index.row()].choices

    def _cells_of(self, number: int) -> tuple[str, ...]:
        cells = self._cells.get(number)
        if cells is None:
            cells = self._cells[number] = _line(self.plan, self._rows[number]).cells
        return cells


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of the row's choices in the ACTION column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        editor.setObjectName("choice_editor")
        model = index.model()
        assert isinstance(model, ImportPreviewModel)
        for choice in model.row_choices(index):
            editor.addItem(_tr(CHOICE_TEXT[choice]), choice)
        editor.activated.connect(lambda _index: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
