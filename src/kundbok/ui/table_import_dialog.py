"""Arkiv → Importera kunder från fil…: map the file's columns (`column_mapping`), see what
every row becomes, choose per duplicate, then import all or nothing.

Reading the file, planning the rows and importing them run off the window's thread
(`run_task`); *Avbryt* during the import rolls it back whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.services.tables import (
    CUSTOMER_FIELDS,
    FIELDS,
    Choice,
    ImportPlan,
    RowStatus,
    Table,
    suggested_mapping,
)
from kundbok.services.tables.customer_import import (
    ImportSummary,
    import_customers,
    plan_customer_import,
    read_customer_table,
)
from kundbok.ui.accessibility import name_controls
from kundbok.ui.background import TaskControl, run_task
from kundbok.ui.column_mapping import ColumnMapping, save_mapping, saved_mapping
from kundbok.ui.screen_fit import resize_to_fit
from kundbok.ui.table_import_preview import (
    CHOICE_TEXT,
    ChoiceDelegate,
    ImportPreviewModel,
    PreviewColumn,
)

_SETTINGS_GROUP = "table_import/mappings"
# Fixed widths: measuring the contents of 10,000 rows would keep the preview waiting.
_COLUMN_WIDTHS = {
    PreviewColumn.ROW: 45,
    PreviewColumn.STATUS: 95,
    PreviewColumn.NAME: 180,
    PreviewColumn.IDENTITY: 115,
    PreviewColumn.EMAIL: 160,
    PreviewColumn.CITY: 90,
    PreviewColumn.ACTION: 150,
}


class TableImportDialog(QDialog):
    """Two steps: the column mapping, then the preview with Import."""

    def __init__(
        self,
        db: Database,
        settings: QSettings,
        table: Table,
        file_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("table_import_dialog")
        self.setWindowTitle(self.tr("Import customers from {file}").format(file=file_name))
        self._db = db
        self._settings = settings
        self._table = table
        self.summary: ImportSummary | None = None
        self.model: ImportPreviewModel | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._preview_page())
        self.button_back = QPushButton(self.tr("Back"), self)
        self.button_back.setObjectName("button_back")
        self.button_back.clicked.connect(lambda: self._show_page(0))
        self.button_preview = QPushButton(self.tr("Preview"), self)
        self.button_preview.setObjectName("button_preview")
        self.button_preview.clicked.connect(self.show_preview)
        self.button_import = QPushButton(self.tr("Import"), self)
        self.button_import.setObjectName("button_import")
        self.button_import.clicked.connect(self.import_rows)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.button_back, self.button_preview, self.button_import, cancel):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addLayout(buttons)
        self._show_page(0)
        resize_to_fit(self, 1180, 560)
        name_controls(self)

    # --- step 1: which column holds which field ------------------------------------------

    def _mapping_page(self) -> QWidget:
        header = self._table.header
        saved = saved_mapping(self._settings, _SETTINGS_GROUP, header, FIELDS)
        self.mapping = ColumnMapping(
            self._table,
            CUSTOMER_FIELDS,
            suggested_mapping(header, saved),
            (
                self.tr(
                    "Choose which customer field each column of the file holds. Columns set to "
                    "“Do not import” are left out. Your choice is remembered for files with the "
                    "same columns."
                ),
                self.tr("Customer field"),
            ),
            self,
        )
        self.mapping_table = self.mapping.mapping_table
        self.field_combos = self.mapping.field_combos
        return self.mapping

    def chosen_mapping(self) -> dict[str, str | None]:
        """{header: field key or None} as the combo boxes say."""
        return self.mapping.chosen_mapping()

    def show_preview(self) -> None:
        """Plan the import with the chosen mapping and show every row; nothing is changed."""
        mapping = self.chosen_mapping()
        twice = self.mapping.twice_chosen()
        if twice is not None:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Two columns hold “{field}”: choose one.").format(field=twice),
            )
            return
        db, table = self._db, self._table

        def planned(plan: ImportPlan) -> None:
            save_mapping(self._settings, _SETTINGS_GROUP, table.header, mapping)
            self._fill_preview(plan)
            self._show_page(1)

        run_task(
            self,
            lambda _control: plan_customer_import(db, table, mapping),
            planned,
            title=self.windowTitle(),
            text=self.tr("Checking {rows} rows…").format(rows=len(table.rows)),
        )

    # --- step 2: every row, the duplicates' choices, Import -------------------------------

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        self.import_summary = QLabel(page)
        self.import_summary.setObjectName("import_summary")
        self.import_summary.setWordWrap(True)
        self.field_on_duplicate = QComboBox(page)
        self.field_on_duplicate.setObjectName("field_on_duplicate")
        for choice in Choice:
            self.field_on_duplicate.addItem(
                QCoreApplication.translate("ImportPreviewModel", str(CHOICE_TEXT[choice])), choice
            )
        self.field_on_duplicate.currentIndexChanged.connect(self._on_duplicate_chosen)
        self.preview_table = QTableView(page)
        self.preview_table.setObjectName("preview_table")
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.setItemDelegateForColumn(PreviewColumn.ACTION, ChoiceDelegate(page))
        self.preview_table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.field_skip_errors = QCheckBox(
            self.tr("Leave out the rows with errors and import the others"), page
        )
        self.field_skip_errors.setObjectName("field_skip_errors")
        self.field_skip_errors.toggled.connect(self._update_buttons)
        duplicates = QHBoxLayout()
        duplicates.addWidget(QLabel(self.tr("Every duplicate:"), page))
        duplicates.addWidget(self.field_on_duplicate)
        duplicates.addStretch()
        layout = QVBoxLayout(page)
        layout.addWidget(self.import_summary)
        layout.addLayout(duplicates)
        layout.addWidget(self.preview_table)
        layout.addWidget(self.field_skip_errors)
        return page

    def _fill_preview(self, plan: ImportPlan) -> None:
        self.model = ImportPreviewModel(plan, self)
        self.model.set_on_duplicate(self.field_on_duplicate.currentData())
        self.preview_table.setModel(self.model)
        header = self.preview_table.horizontalHeader()
        header.setSectionResizeMode(PreviewColumn.DETAIL, QHeaderView.ResizeMode.Stretch)
        for column, width in _COLUMN_WIDTHS.items():
            self.preview_table.setColumnWidth(column, width)
        errors = plan.count(RowStatus.ERROR)
        self.import_summary.setText(
            self.tr(
                "{rows} rows: new {new}, update {updates}, duplicates {duplicates}, with errors "
                "{errors}. Nothing is changed until you choose Import."
            ).format(
                rows=len(plan.rows),
                new=plan.count(RowStatus.NEW),
                updates=plan.count(RowStatus.UPDATE),
                duplicates=plan.count(RowStatus.DUPLICATE),
                errors=errors,
            )
        )
        self.field_skip_errors.setVisible(errors > 0)
        self.field_skip_errors.setChecked(False)

    def _on_duplicate_chosen(self) -> None:
        if self.model is not None:
            self.model.set_on_duplicate(self.field_on_duplicate.currentData())

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._update_buttons()

    def _update_buttons(self) -> None:
        previewing = self.pages.currentIndex() == 1
        self.button_back.setVisible(previewing)
        self.button_preview.setVisible(not previewing)
        self.button_import.setVisible(previewing)
        errors = self.model.plan.count(RowStatus.ERROR) if self.model else 0
        self.button_import.setEnabled(
            previewing and (errors == 0 or self.field_skip_errors.isChecked())
        )
        self.button_preview.setDefault(not previewing)
        self.button_import.setDefault(previewing)

    def import_rows(self) -> None:
        """Import as the preview shows, all or nothing; the dialog closes when it is done."""
        model = self.model
        if model is None:
            return
        db, plan, choices = self._db, model.plan, model.choices()
        on_duplicate = self.field_on_duplicate.currentData()
        skip_errors = self.field_skip_errors.isChecked()

        def imported(summary: ImportSummary) -> None:
            self.summary = summary
            self.accept()

        def work(control: TaskControl) -> ImportSummary:
            return import_customers(
                db, plan, on_duplicate, choices, skip_errors=skip_errors, progress=control.step
            )

        run_task(
            self,
            work,
            imported,
            title=self.windowTitle(),
            text=self.tr("Importing the customers…"),
        )


def import_customer_table(
    parent: QWidget, db: Database, settings: QSettings, customers_changed: Callable[[], None]
) -> None:
    """Choose a CSV or Excel file, read it off the window's thread and open the import dialog
    (a child of `parent`); after an import say what was done and call `customers_changed`.
    Nothing opens when no file was chosen or it holds no table (the reason is shown)."""
    title = QCoreApplication.translate("TableImportDialog", "Import customers from file")
    path, _ = QFileDialog.getOpenFileName(
        parent,
        title,
        "",
        QCoreApplication.translate(
            "TableImportDialog", "Customer tables (*.csv *.txt *.tsv *.xlsx);;All files (*)"
        ),
    )
    if not path:
        return

    def read(table: Table) -> None:
        dialog = TableImportDialog(db, settings, table, Path(path).name, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def imported() -> None:
            summary = dialog.summary
            assert summary is not None
            QMessageBox.information(
                parent,
                title,
                QCoreApplication.translate(
                    "TableImportDialog",
                    "{created} customers added, {updated} updated, {unchanged} already up to "
                    "date, {skipped} skipped, {errors} rows with errors left out.",
                ).format(
                    created=summary.created,
                    updated=summary.updated,
                    unchanged=summary.unchanged,
                    skipped=summary.skipped,
                    errors=len(summary.error_rows),
                ),
            )
            customers_changed()

        dialog.accepted.connect(imported)
        dialog.open()

    run_task(
        parent,
        lambda _control: read_customer_table(Path(path)),
        read,
        title=title,
        text=QCoreApplication.translate("TableImportDialog", "Reading {file}…").format(
            file=Path(path).name
        ),
    )
