"""The lines of a document being written, with its free text and its totals: the part of the
editor that an invoice and a quote share.

The widget knows lines (`LineDetails`), not invoices: the editor around it gives it the lines,
the VAT rates in force and a new line's defaults, hears `edited`, and shows the totals it works
out from the whole document (`show_totals`), since ROT/RUT and rounding depend on the header.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kundbok.domain.invoice import LineDetails
from kundbok.ui.invoice_editor.delegates import lines_view
from kundbok.ui.invoice_editor.lines_model import Column, InvoiceLinesModel, Pricing


class LinesEditor(QWidget):
    """The lines table with its add and remove buttons, the free text, and the totals box."""

    edited = Signal()  # a line or the text changed

    def __init__(
        self,
        pricing: Pricing,
        parent: QWidget | None = None,
        articles: Callable[[], Sequence[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._new_line = LineDetails()
        self.model = InvoiceLinesModel(pricing, self)
        self.view = lines_view(self.model, self, articles)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(lambda *_args: self.edited.emit())
        self.field_text = QPlainTextEdit(self)
        self.field_text.setObjectName("field_text")
        self.field_text.setPlaceholderText(self.tr("Text printed on the invoice"))
        self.field_text.setMaximumHeight(60)
        self.field_text.textChanged.connect(self.edited)
        self.totals = QLabel(self)
        self.totals.setObjectName("invoice_totals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.button_add_line = self._button("button_add_line", self.tr("Add line"), self.add_line)
        self.button_remove_line = self._button(
            "button_remove_line", self.tr("Remove line"), self.remove_line
        )
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.button_add_line)
        self.buttons.addWidget(self.button_remove_line)
        self.buttons.addStretch()
        bottom = QHBoxLayout()
        bottom.addWidget(self.field_text, 3)
        bottom.addWidget(self.totals, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(self.buttons)
        layout.addLayout(bottom)
        # The buttons stand under the table and above the text, though made after the text.
        QWidget.setTabOrder(self.view, self.button_add_line)
        QWidget.setTabOrder(self.button_add_line, self.button_remove_line)
        QWidget.setTabOrder(self.button_remove_line, self.field_text)

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def add_to_buttons(self, widget: QWidget) -> None:
        """A button of the editor's own at the right end of the line buttons."""
        self.buttons.addWidget(widget)
        QWidget.setTabOrder(self.button_remove_line, widget)

    def show_lines(self, lines: Sequence[LineDetails], text: str, editable: bool) -> None:
        """Show a document's lines and text, editable or not."""
        typing = self.view.indexWidget(self.view.currentIndex())
        if typing is not None:  # a cell being typed in goes with the lines it belongs to
            self.view.closeEditor(typing, QAbstractItemDelegate.EndEditHint.NoHint)
        self.model.read_only = not editable
        self.model.set_lines(tuple(lines))
        self.field_text.setPlainText(text)

    def lines(self) -> tuple[LineDetails, ...]:
        """The lines as the user has them now."""
        return self.model.lines()

    def text(self) -> str:
        """The free text as the user has it now."""
        return self.field_text.toPlainText()

    def set_editable(self, editable: bool) -> None:
        """Let the user change the lines and the text, or only read them."""
        self.button_add_line.setEnabled(editable)
        self.button_remove_line.setEnabled(editable)
        self.field_text.setReadOnly(not editable)
        self.view.setEditTriggers(
            QTableView.EditTrigger.AllEditTriggers
            if editable
            else QTableView.EditTrigger.NoEditTriggers
        )

    def set_vat_rates(self, rates: Sequence[Decimal]) -> None:
        """The VAT rates a line may take (those in force on the document's date)."""
        self.model.vat_rates = tuple(rates)

    def set_new_line(self, vat_rate: Decimal, discount_percent: Decimal) -> None:
        """What a blank new line starts with: the customer's VAT and discount."""
        self._new_line = LineDetails(vat_rate=vat_rate, discount_percent=discount_percent)

    def show_totals(self, html: str) -> None:
        """The totals the editor worked out from the whole document."""
        self.totals.setText(html)

    def add_line(self, line: LineDetails | None = None) -> None:
        """Add a line (a blank one with the new line's defaults) and start typing in it: in its
        article cell (Tab on to write a line of free text)."""
        row = self.model.append(line or self._new_line)
        self.view.setCurrentIndex(self.model.index(row, Column.ARTICLE))
        self.view.setFocus()  # from the keyboard the next keys go to the new line

    def remove_line(self) -> None:
        """Remove the selected lines."""
        selection = self.view.selectionModel()
        self.model.remove([index.row() for index in selection.selectedIndexes()])
