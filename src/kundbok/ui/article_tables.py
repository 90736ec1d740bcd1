"""Arkiv → Importera artiklar… and Exportera artiklar…: the article register in from a CSV or
Excel file (columns mapped as for customers, every row previewed with its reason when it
cannot be imported, all or nothing) and out again. Planning, importing and writing run on a
worker thread with progress, so that a file of thousands of rows never freezes the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.errors import KundbokError
from kundbok.i18n import error_text
from kundbok.services.tables import Table, read_table
from kundbok.services.tables.article_fields import ARTICLE_COLUMNS, ARTICLE_FIELDS
from kundbok.services.tables.article_import import (
    ArticleImportSummary,
    ArticlePlan,
    ArticleRowStatus,
    import_articles,
    plan_article_import,
)
from kundbok.ui.accessibility import name_controls
from kundbok.ui.article_import_preview import ArticleColumn, ArticlePreviewModel
from kundbok.ui.column_mapping import ColumnMapping, save_mapping, saved_mapping
from kundbok.ui.errors import attempt
from kundbok.ui.screen_fit import resize_to_fit
from kundbok.ui.worker_call import WorkerCall

_SETTINGS_GROUP = "article_import/mappings"


class ArticleImportDialog(QDialog):
    """`article_import_dialog`: the mapping step (`mapping_table`, `button_preview`), then
    the preview (`import_summary`, `preview_table`, `field_skip_errors`, `button_back`,
    `button_import`), with `import_progress` while it works."""

    def __init__(
        self,
        db: Database,
        settings: QSettings,
        table: Table,
        file_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("article_import_dialog")
        self.setWindowTitle(self.tr("Import articles from {file}").format(file=file_name))
        self._db, self._settings, self._table = db, settings, table
        self.plan: ArticlePlan | None = None
        self.summary: ArticleImportSummary | None = None
        self._mapping: dict[str, str | None] = {}
        self.worker = WorkerCall(self)
        self.worker.progressed.connect(self._progressed)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self._finished)
        saved = saved_mapping(settings, _SETTINGS_GROUP, table.header, ARTICLE_COLUMNS.keys)
        self.mapping = ColumnMapping(
            table,
            ARTICLE_FIELDS,
            ARTICLE_COLUMNS.suggested_mapping(table.header, saved),
            (
                self.tr(
                    "Choose which article field each column of the file holds; a row updates "
                    "the article with its number, new numbers are added."
                ),
                self.tr("Article field"),
            ),
            self,
        )
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.mapping)
        self.pages.addWidget(self._preview_page())
        self.import_progress = QProgressBar(self)
        self.import_progress.setObjectName("import_progress")
        self.import_progress.hide()
        self.button_back = self._button("button_back", self.tr("Back"))
        self.button_back.clicked.connect(lambda: self._show_page(0))
        self.button_preview = self._button("button_preview", self.tr("Preview"))
        self.button_preview.clicked.connect(self.show_preview)
        self.button_import = self._button("button_import", self.tr("Import"))
        self.button_import.clicked.connect(self.import_rows)
        cancel = self._button("button_cancel", self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_progress, 1)
        for button in (self.button_back, self.button_preview, self.button_import, cancel):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addLayout(buttons)
        self._show_page(0)
        resize_to_fit(self, 1000, 560)
        name_controls(self)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        self.import_summary = QLabel(page)
        self.import_summary.setObjectName("import_summary")
        self.import_summary.setWordWrap(True)
        self.preview_table = QTableView(page)
        self.preview_table.setObjectName("preview_table")
        self.preview_table.verticalHeader().setVisible(False)
        self.field_skip_errors = QCheckBox(
            self.tr("Leave out the rows with errors and import the others"), page
        )
        self.field_skip_errors.setObjectName("field_skip_errors")
        self.field_skip_errors.toggled.connect(self._update_buttons)
        layout = QVBoxLayout(page)
        layout.addWidget(self.import_summary)
        layout.addWidget(self.preview_table)
        layout.addWidget(self.field_skip_errors)
        return page

    def _busy(self, busy: bool) -> None:
        self.import_progress.setVisible(busy)
        self.import_progress.setRange(0, 0)  # until the first progress says how far
        for button in (self.button_back, self.button_preview, self.button_import):
            button.setEnabled(not busy)
        if not busy:
            self._update_buttons()

    def _progressed(self, done: int, total: int) -> None:
        self.import_progress.setRange(0, total)
        self.import_progress.setValue(done)

    def _failed(self, error: KundbokError | None) -> None:
        self._busy(False)
        QMessageBox.warning(
            self,
            self.windowTitle(),
            error_text(error)
            if error is not None
            else self.tr("The import failed; nothing was changed. The details are in the log."),
        )

    def show_preview(self) -> None:
        """Plan every row with the chosen mapping (on the worker); nothing is changed."""
        twice = self.mapping.twice_chosen()
        if twice is not None:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Two columns hold “{field}”: choose one.").format(field=twice),
            )
            return
        self._mapping = self.mapping.chosen_mapping()
        db, table, mapping = self._db, self._table, self._mapping
        self._busy(True)
        self.worker.start(lambda _go_on: plan_article_import(db, table, mapping))

    def _finished(self, result: object) -> None:
        self._busy(False)
        if isinstance(result, ArticlePlan):
            self._planned(result)
        elif isinstance(result, ArticleImportSummary):
            self.summary = result
            self.accept()

    def _planned(self, plan: ArticlePlan) -> None:
        save_mapping(self._settings, _SETTINGS_GROUP, self._table.header, self._mapping)
        self.plan = plan
        self.preview_table.setModel(ArticlePreviewModel(plan, self))
        header = self.preview_table.horizontalHeader()
        header.setSectionResizeMode(ArticleColumn.ERROR, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ArticleColumn.DESCRIPTION, 260), (ArticleColumn.NUMBER, 110)):
            self.preview_table.setColumnWidth(column, width)
        errors = plan.count(ArticleRowStatus.ERROR)
        self.import_summary.setText(
            self.tr(
                "{rows} rows: new {new}, update {updates}, unchanged {unchanged}, with errors "
                "{errors}. Nothing is changed until you choose Import."
            ).format(
                rows=len(plan.rows),
                new=plan.count(ArticleRowStatus.NEW),
                updates=plan.count(ArticleRowStatus.UPDATE),
                unchanged=plan.count(ArticleRowStatus.UNCHANGED),
                errors=errors,
            )
        )
        self.field_skip_errors.setVisible(errors > 0)
        self.field_skip_errors.setChecked(False)
        self._show_page(1)

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._update_buttons()

    def _update_buttons(self) -> None:
        previewing = self.pages.currentIndex() == 1
        self.button_back.setVisible(previewing)
        self.button_preview.setVisible(not previewing)
        self.button_import.setVisible(previewing)
        errors = self.plan.count(ArticleRowStatus.ERROR) if self.plan else 0
        self.button_import.setEnabled(
            previewing and (errors == 0 or self.field_skip_errors.isChecked())
        )

    def import_rows(self) -> None:
        """Import as the preview shows, all or nothing (on the worker); closes when done."""
        plan = self.plan
        if plan is None:
            return
        db, skip = self._db, self.field_skip_errors.isChecked()
        self._busy(True)
        self.worker.start(lambda go_on: import_articles(db, plan, skip, go_on))


def import_article_table(
    parent: QWidget, db: Database, settings: QSettings, articles_changed: Callable[[], None]
) -> ArticleImportDialog | None:
    """Choose a CSV or Excel file and open the import dialog (returned, open); after an import
    say what was done and call `articles_changed`."""
    title = QCoreApplication.translate("ArticleImportDialog", "Import articles from file")
    path, _ = QFileDialog.getOpenFileName(
        parent,
        title,
        "",
        QCoreApplication.translate(
            "ArticleImportDialog", "Article tables (*.csv *.txt *.tsv *.xlsx);;All files (*)"
        ),
    )
    if not path:
        return None
    table = attempt(parent, title, lambda: read_table(Path(path)))
    if table is None:
        return None
    dialog = ArticleImportDialog(db, settings, table, Path(path).name, parent)

    def imported() -> None:
        summary = dialog.summary
        assert summary is not None
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "ArticleImportDialog",
                "{created} articles added, {updated} changed, {unchanged} already up to date, "
                "{left_out} rows with errors left out.",
            ).format(
                created=summary.created,
                updated=summary.updated,
                unchanged=summary.unchanged,
                left_out=summary.left_out,
            ),
        )
        articles_changed()

    dialog.accepted.connect(imported)
    dialog.open()
    return dialog


def export_article_table(parent: QWidget, db: Database) -> int | None:
    """Choose a file and write the article register to it (CSV in UTF-8, or Excel by the
    name's ending); returns how many articles were written, None when not."""
    from kundbok.services.tables.article_export import export_articles

    title = QCoreApplication.translate("ArticleImportDialog", "Export articles")
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        title,
        "Artiklar.xlsx",
        QCoreApplication.translate("ArticleImportDialog", "Excel (*.xlsx);;CSV, UTF-8 (*.csv)"),
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.casefold() not in (".csv", ".xlsx"):
        target = target.with_suffix(".csv" if "csv" in chosen.casefold() else ".xlsx")
    written = attempt(parent, title, lambda: export_articles(db, target))
    if written is not None:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "ArticleImportDialog", "{count} articles written to {file}."
            ).format(count=written, file=target.name),
        )
    return written
