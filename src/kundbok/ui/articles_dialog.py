"""The article register: a list of what we sell, and a form to add or change one."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.errors import KundbokError
from kundbok.domain.invoicing import standard_vat_rate
from kundbok.domain.limits import ARTICLE_FIELDS
from kundbok.domain.money import parse_amount
from kundbok.i18n import error_text
from kundbok.services.articles import ArticleDetails, list_articles, save_article
from kundbok.ui.accessibility import name_controls
from kundbok.ui.conflict_dialog import attempt_save
from kundbok.ui.formatting import display_money
from kundbok.ui.screen_fit import resize_to_fit
from kundbok.ui.vat_choice import choose_vat_rate, chosen_vat_rate, vat_rate_box
from kundbok.ui.work_type_choice import choose_work_type, fill_work_types


class ArticlesDialog(QDialog):
    """Artiklar: number, description, unit, price excluding VAT, VAT rate, kind of work."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articles_dialog")
        self.setWindowTitle(self.tr("Articles"))
        self._db = db
        self._articles: list[ArticleDetails] = []
        self._editing: ArticleDetails | None = None
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("article_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Description"),
                self.tr("Unit"),
                self.tr("Price excl. VAT"),
                self.tr("VAT"),
                self.tr("Kind"),
                self.tr("ROT/RUT work type"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)

        self.field_number = QLineEdit(self)
        self.field_number.setObjectName("field_number")
        self.field_description = QLineEdit(self)
        self.field_description.setObjectName("field_description")
        self.field_unit = QLineEdit("st", self)
        self.field_unit.setObjectName("field_unit")
        for name, limit in ARTICLE_FIELDS.items():
            getattr(self, f"field_{name}").setMaxLength(limit)
        self.field_unit_price = QLineEdit(self)
        self.field_unit_price.setObjectName("field_unit_price")
        self.field_vat_rate = vat_rate_box(self, standard_vat_rate())
        self.field_vat_rate.setObjectName("field_vat_rate")
        self.field_kind = QComboBox(self)
        self.field_kind.setObjectName("field_kind")
        self._kinds = {
            "other": self.tr("Goods or service"),
            "labour": self.tr("Labour (ROT/RUT)"),
            "material": self.tr("Material (ROT/RUT)"),
        }
        for kind, text in self._kinds.items():
            self.field_kind.addItem(text, kind)
        self.field_work_type = fill_work_types(QComboBox(self))
        self.field_work_type.setObjectName("field_work_type")
        self.field_active = QCheckBox(self.tr("Active"), self)
        self.field_active.setObjectName("field_active")
        self.field_active.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Article number"), self.field_number)
        form.addRow(self.tr("Description"), self.field_description)
        form.addRow(self.tr("Unit"), self.field_unit)
        form.addRow(self.tr("Price excl. VAT"), self.field_unit_price)
        form.addRow(self.tr("VAT"), self.field_vat_rate)
        form.addRow(self.tr("Kind"), self.field_kind)
        form.addRow(self.tr("ROT/RUT work type"), self.field_work_type)
        form.addRow("", self.field_active)
        new = QPushButton(self.tr("New article"), self)
        new.setObjectName("button_new_article")
        new.clicked.connect(self.new_article)
        self.button_save = QPushButton(self.tr("Save article"), self)
        self.button_save.setObjectName("button_save")
        self.button_save.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addStretch()
        buttons.addWidget(self.button_save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(buttons)
        resize_to_fit(self, 720, 520)
        self.refresh()
        name_controls(self)

    def refresh(self) -> None:
        self._articles = list_articles(self._db, include_inactive=True)
        self.table.setRowCount(len(self._articles))
        for row, article in enumerate(self._articles):
            values = (
                article.number,
                article.description,
                article.unit,
                display_money(article.unit_price),
                f"{article.vat_rate.normalize()} %",
                self._kinds.get(article.rot_rut_kind, ""),
                self.field_work_type.itemText(
                    max(0, self.field_work_type.findData(article.work_type))
                ),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def _selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) != 1:
            return
        self._show_article(self._articles[rows.pop()])

    def _reload(self, current: object) -> None:
        """Show the list and the article as stored now (after someone else saved it)."""
        self.refresh()
        if isinstance(current, ArticleDetails):
            self._show_article(current)

    def _show_article(self, article: ArticleDetails) -> None:
        self._editing = article
        self.field_number.setText(article.number)
        self.field_description.setText(article.description)
        self.field_unit.setText(article.unit)
        self.field_unit_price.setText(display_money(article.unit_price))
        choose_vat_rate(self.field_vat_rate, article.vat_rate)
        self.field_kind.setCurrentIndex(max(0, self.field_kind.findData(article.rot_rut_kind)))
        choose_work_type(self.field_work_type, article.work_type)
        self.field_active.setChecked(article.active)

    def new_article(self) -> None:
        self._editing = None
        self.table.clearSelection()
        for field in (self.field_number, self.field_description, self.field_unit_price):
            field.clear()
        self.field_unit.setText("st")
        choose_work_type(self.field_work_type, "")
        self.field_active.setChecked(True)
        self.field_number.setFocus()

    def save(self) -> ArticleDetails | None:
        try:
            price = parse_amount(self.field_unit_price.text() or "0", "unit_price")
            article = ArticleDetails(
                number=self.field_number.text().strip(),
                description=self.field_description.text().strip(),
                unit=self.field_unit.text().strip(),
                unit_price=price.quantize(Decimal("0.01")),
                vat_rate=chosen_vat_rate(self.field_vat_rate),
                rot_rut_kind=self.field_kind.currentData(),
                work_type=self.field_work_type.currentData() or "",
                active=self.field_active.isChecked(),
            )
            if self._editing is not None:
                article = replace(article, id=self._editing.id, version=self._editing.version)
        except KundbokError as error:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(error))
            return None
        saved = attempt_save(
            self,
            self.tr("Not saved"),
            lambda: save_article(self._db, article),
            self._reload,
            self.tr("The article now shows what is saved; make your changes again."),
        )
        if saved is None:
            return None
        self._editing = saved
        self.refresh()
        return saved
