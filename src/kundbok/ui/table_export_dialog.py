"""Exportera valda kunder…: the selected customers to CSV (UTF-8 with BOM, or Windows-1252) or
Excel, with every field or the list's visible columns; written off the window's thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.services.listing import CustomerRow
from kundbok.ui.accessibility import name_controls
from kundbok.ui.background import TaskControl, run_task
from kundbok.ui.vcard_dialogs import default_file_name

# The export fields of each column of the customer list (by its sort key).
LIST_COLUMN_FIELDS: dict[str, tuple[str, ...]] = {
    "number": ("number",),
    "name": ("name",),
    "org_number": ("org_number", "personal_number"),
    "reference": ("reference",),
    "city": ("billing.city",),
    "phone": ("phone",),
    "email": ("email",),
    "active": ("active",),
    "group": ("group_id",),
}
FORMATS = ("utf-8-sig", "cp1252", "xlsx")


def visible_fields(list_columns: Sequence[str]) -> list[str]:
    """The export fields of the customer list's visible columns, in their order."""
    return [field for column in list_columns for field in LIST_COLUMN_FIELDS.get(column, ())]


class TableExportDialog(QDialog):
    """How to write the customers: the file's format and which fields."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("table_export_dialog")
        self.setWindowTitle(self.tr("Export {count} customers").format(count=count))
        formats = QGroupBox(self.tr("Format"), self)
        self.format_buttons = QButtonGroup(self)
        texts = (
            self.tr("CSV, UTF-8 (Excel, LibreOffice, other programs)"),
            self.tr("CSV, Windows-1252 (older programs)"),
            self.tr("Excel workbook (.xlsx)"),
        )
        format_layout = QVBoxLayout(formats)
        for number, (name, text) in enumerate(zip(FORMATS, texts, strict=True)):
            button = QRadioButton(text, formats)
            button.setObjectName(f"format_{name.replace('-', '_')}")
            self.format_buttons.addButton(button, number)
            format_layout.addWidget(button)
        self.format_buttons.button(0).setChecked(True)
        columns = QGroupBox(self.tr("Columns"), self)
        self.all_fields = QRadioButton(self.tr("All fields"), columns)
        self.all_fields.setObjectName("field_all_fields")
        self.all_fields.setChecked(True)
        self.visible_columns = QRadioButton(self.tr("The columns shown in the list"), columns)
        self.visible_columns.setObjectName("field_visible_columns")
        column_layout = QVBoxLayout(columns)
        column_layout.addWidget(self.all_fields)
        column_layout.addWidget(self.visible_columns)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(formats)
        layout.addWidget(columns)
        layout.addWidget(buttons)
        name_controls(self)

    @property
    def chosen_format(self) -> str:
        """ "utf-8-sig", "cp1252" or "xlsx"."""
        return FORMATS[max(self.format_buttons.checkedId(), 0)]


def _default_name(rows: Sequence[CustomerRow], suffix: str) -> str:
    """The customer's name for one customer, "kunder" for several, with `suffix`."""
    return str(Path(default_file_name(list(rows))).with_suffix(suffix))


def export_customer_table(
    parent: QWidget,
    db: Database,
    rows: Sequence[CustomerRow],
    list_columns: Sequence[str],
    show_message: Callable[[str], None],
) -> TableExportDialog | None:
    """Ask how, then where, and write the selected customers; returns the options dialog
    (open). `list_columns` are the sort keys of the list's visible columns."""
    if not rows:
        return None
    dialog = TableExportDialog(len(rows), parent)
    dialog.accepted.connect(
        lambda: _write(parent, db, rows, dialog, visible_fields(list_columns), show_message)
    )
    dialog.open()
    return dialog


def _write(
    parent: QWidget,
    db: Database,
    rows: Sequence[CustomerRow],
    dialog: TableExportDialog,
    visible: list[str],
    show_message: Callable[[str], None],
) -> None:
    from kundbok.services.tables.export import export_customers

    chosen = dialog.chosen_format
    suffix = ".xlsx" if chosen == "xlsx" else ".csv"
    title = QCoreApplication.translate("TableExportDialog", "Export customers")
    path, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        _default_name(rows, suffix),
        QCoreApplication.translate("TableExportDialog", "Excel workbooks (*.xlsx)")
        if chosen == "xlsx"
        else QCoreApplication.translate("TableExportDialog", "CSV files (*.csv)"),
    )
    if not path:
        return
    if not path.casefold().endswith(suffix):
        path += suffix
    ids = [row.id for row in rows]
    columns = visible if dialog.visible_columns.isChecked() else None
    encoding = "utf-8-sig" if chosen == "xlsx" else chosen

    def write(_control: TaskControl) -> int:
        return export_customers(db, Path(path), ids, columns=columns, encoding=encoding)

    run_task(
        parent,
        write,
        lambda written: show_message(
            QCoreApplication.translate(
                "TableExportDialog", "{count} customers written to {path}"
            ).format(count=written, path=path)
        ),
        title=title,
        text=QCoreApplication.translate("TableExportDialog", "Writing {file}…").format(
            file=Path(path).name
        ),
        cancellable=False,  # the file is written whole at the end
    )
