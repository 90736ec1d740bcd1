"""Fakturera offert: which part of an accepted quote to invoice next, whole or in part."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kundbok.domain.quote import QuoteDetails
from kundbok.domain.quote_parts import QuoteLineBilling, remaining_percent
from kundbok.ui.accessibility import name_controls
from kundbok.ui.formatting import display_money


class QuoteInvoiceDialog(QDialog):
    """The rest of the quote, a percentage of it, or chosen lines; as a draft or issued."""

    def __init__(
        self, quote: QuoteDetails, billing: list[QuoteLineBilling], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quote_invoice_dialog")
        self.setWindowTitle(self.tr("Invoice quote {number}").format(number=quote.number))
        left = remaining_percent(billing)
        summary = QLabel(
            self.tr("Invoiced {billed} of {net} (excl. VAT); {left} % remains.").format(
                billed=display_money(quote.billed),
                net=display_money(quote.totals().net),
                left=f"{left.normalize():f}",
            ),
            self,
        )
        self.part_rest = QRadioButton(self.tr("All that remains"), self)
        self.part_rest.setObjectName("part_rest")
        self.part_percent = QRadioButton(self.tr("A percentage of the quote"), self)
        self.part_percent.setObjectName("part_percent")
        self.field_percent = QDoubleSpinBox(self)
        self.field_percent.setObjectName("field_percent")
        self.field_percent.setAccessibleName(self.tr("Percent of the quote"))
        self.field_percent.setRange(0.01, float(max(left, Decimal("0.01"))))
        self.field_percent.setDecimals(2)
        self.field_percent.setSuffix(" %")
        self.field_percent.setValue(min(float(left), 30.0))
        self.part_lines = QRadioButton(self.tr("Chosen lines"), self)
        self.part_lines.setObjectName("part_lines")
        self.lines_list = QListWidget(self)
        self.lines_list.setObjectName("quote_lines_list")
        for position, line in enumerate(billing, start=1):
            item = QListWidgetItem(
                f"{position}. {line.line.description} – {display_money(line.remaining)}"
            )
            open_line = line.remaining != 0
            item.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | (Qt.ItemFlag.ItemIsEnabled if open_line else Qt.ItemFlag.NoItemFlags)
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, position)
            self.lines_list.addItem(item)
        group = QButtonGroup(self)
        for button in (self.part_rest, self.part_percent, self.part_lines):
            group.addButton(button)
        self.part_rest.setChecked(True)
        self.field_issue = QCheckBox(self.tr("Issue the invoice at once"), self)
        self.field_issue.setObjectName("field_issue")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Invoice"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        percent_row = QHBoxLayout()
        percent_row.addWidget(self.part_percent)
        percent_row.addWidget(self.field_percent)
        percent_row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.part_rest)
        layout.addLayout(percent_row)
        layout.addWidget(self.part_lines)
        layout.addWidget(self.lines_list)
        layout.addWidget(self.field_issue)
        layout.addWidget(buttons)
        name_controls(self)

    def accept(self) -> None:
        """Go on only with something to invoice: chosen lines need a line ticked."""
        if self.part_lines.isChecked() and not self.lines():
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Tick the lines to invoice, or choose another part."),
            )
            return
        super().accept()

    def percent(self) -> Decimal | None:
        """The percentage asked for (None: not a percentage)."""
        if not self.part_percent.isChecked():
            return None
        return Decimal(str(round(self.field_percent.value(), 2)))

    def lines(self) -> tuple[int, ...]:
        """The chosen lines (from 1; none unless lines were asked for)."""
        if not self.part_lines.isChecked():
            return ()
        items = (self.lines_list.item(row) for row in range(self.lines_list.count()))
        return tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )
