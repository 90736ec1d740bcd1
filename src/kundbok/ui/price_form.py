"""One agreed price to add or change: the article, the price, the volume step and the days."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError, ValidationError
from kundbok.domain.money import parse_amount
from kundbok.i18n import error_text
from kundbok.services.articles import ArticleDetails
from kundbok.services.price_lists import AgreedPriceDetails
from kundbok.ui.accessibility import name_controls


def parse_day(text: str, field: str) -> dt.date | None:
    """A day typed YYYY-MM-DD; None when empty (the period is open at that end)."""
    if not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("messages", "'{text}' is not a date (YYYY-MM-DD)."),
            text=text,
        ) from None


def number_text(value: Decimal) -> str:
    """A quantity or price as typed back: "95", "12,5"."""
    return f"{value.normalize():f}".replace(".", ",")


class PriceForm(QDialog):
    """`price_form`: `field_article`, `field_unit_price`, `field_from_quantity`,
    `field_valid_from`, `field_valid_to`; OK checks what was typed before closing."""

    def __init__(
        self,
        articles: list[ArticleDetails],
        price: AgreedPriceDetails | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("price_form")
        self.setWindowTitle(self.tr("Agreed price") if price is None else self.tr("Change price"))
        self._price = price
        self.result_price: AgreedPriceDetails | None = None
        self.field_article = QComboBox(self)
        self.field_article.setObjectName("field_article")
        self.field_article.setEditable(True)  # type the number or part of the name to find it
        self.field_article.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for article in articles:
            self.field_article.addItem(
                f"{article.number} – {article.description} ({number_text(article.unit_price)})",
                article.id,
            )
        self.field_unit_price = self._line("field_unit_price", self.tr("kr excl. VAT"))
        self.field_from_quantity = self._line("field_from_quantity", self.tr("any quantity"))
        self.field_valid_from = self._line("field_valid_from", self.tr("YYYY-MM-DD (empty: open)"))
        self.field_valid_to = self._line("field_valid_to", self.tr("YYYY-MM-DD (empty: open)"))
        form = QFormLayout(self)
        form.addRow(self.tr("Article"), self.field_article)
        form.addRow(self.tr("Price"), self.field_unit_price)
        form.addRow(self.tr("From quantity"), self.field_from_quantity)
        form.addRow(self.tr("Valid from"), self.field_valid_from)
        form.addRow(self.tr("Valid to"), self.field_valid_to)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if price is not None:
            self.field_article.setCurrentIndex(
                max(0, self.field_article.findData(price.article_id))
            )
            self.field_unit_price.setText(number_text(price.unit_price))
            if price.from_quantity:
                self.field_from_quantity.setText(number_text(price.from_quantity))
            self.field_valid_from.setText(price.valid_from.isoformat() if price.valid_from else "")
            self.field_valid_to.setText(price.valid_to.isoformat() if price.valid_to else "")
        name_controls(self)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def typed(self) -> AgreedPriceDetails:
        """The price as typed; ValidationError names what cannot be read."""
        article_id = self.field_article.currentData()
        if article_id is None or self.field_article.currentIndex() < 0:
            raise ValidationError(
                "article_id", QT_TRANSLATE_NOOP("messages", "Choose the article the price is for.")
            )
        step = self.field_from_quantity.text()
        return AgreedPriceDetails(
            id=self._price.id if self._price else None,
            version=self._price.version if self._price else None,
            article_id=int(article_id),
            unit_price=parse_amount(self.field_unit_price.text(), "unit_price"),
            from_quantity=parse_amount(step, "from_quantity") if step.strip() else Decimal(0),
            valid_from=parse_day(self.field_valid_from.text(), "valid_from"),
            valid_to=parse_day(self.field_valid_to.text(), "valid_to"),
        )

    def accept(self) -> None:
        try:
            self.result_price = self.typed()
        except KundbokError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        super().accept()
