"""Prisjustering (indexuppräkning): raise the prices of the chosen contracts, or of all, by a
percentage from a date, rounded to öre or whole kronor; each contract's history records it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.contract import Rounding, check_percent
from kundbok.domain.money import parse_decimal
from kundbok.services.contracts import adjust_prices
from kundbok.ui.accessibility import name_controls
from kundbok.ui.contracts.contract_editor import date_field, from_qdate
from kundbok.ui.errors import attempt


class ContractAdjustDialog(QDialog):
    """The percentage, the date and the rounding, for the selected contracts or all."""

    def __init__(
        self, db: Database, selected_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contract_adjust_dialog")
        self.setWindowTitle(self.tr("Adjust contract prices"))
        self._db = db
        self._selected = list(selected_ids)
        self.adjusted = 0
        self.field_selected = QRadioButton(
            self.tr("The %n selected contracts", "", len(self._selected)), self
        )
        self.field_selected.setObjectName("field_selected_contracts")
        self.field_all = QRadioButton(self.tr("All contracts not ended"), self)
        self.field_all.setObjectName("field_all_contracts")
        (self.field_selected if self._selected else self.field_all).setChecked(True)
        self.field_selected.setEnabled(bool(self._selected))
        self.field_percent = QLineEdit(self)
        self.field_percent.setObjectName("field_percent")
        self.field_percent.setPlaceholderText(self.tr("e.g. 3,5 (−50 to 100)"))
        first_of_next_year = dt.date(dt.date.today().year + 1, 1, 1)
        self.field_from_date = date_field(self, "field_from_date", first_of_next_year)
        self.field_rounding = QComboBox(self)
        self.field_rounding.setObjectName("field_rounding")
        self.field_rounding.addItem(self.tr("To öre"), Rounding.ORE)
        self.field_rounding.addItem(self.tr("To whole kronor"), Rounding.KRONA)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.button_adjust = box.button(QDialogButtonBox.StandardButton.Ok)
        self.button_adjust.setObjectName("button_adjust")
        self.button_adjust.setText(self.tr("Adjust prices"))
        box.accepted.connect(self.adjust)
        box.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Contracts"), self.field_selected)
        form.addRow("", self.field_all)
        form.addRow(self.tr("Change in %"), self.field_percent)
        form.addRow(self.tr("For periods from"), self.field_from_date)
        form.addRow(self.tr("Rounding"), self.field_rounding)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        name_controls(self)

    def adjust(self) -> None:
        """Adjust the prices as the form says; the dialog closes once done, stays on a refusal."""
        ids = None if self.field_all.isChecked() else self._selected
        day = from_qdate(self.field_from_date.date())
        rounding = Rounding(self.field_rounding.currentData())

        def call() -> int:
            percent = check_percent(parse_decimal(self.field_percent.text(), "percent", 2))
            return adjust_prices(self._db, ids, percent, day, rounding)

        adjusted = attempt(self, self.windowTitle(), call)
        if adjusted is None:
            return
        self.adjusted = adjusted
        QMessageBox.information(
            self, self.windowTitle(), self.tr("Prices adjusted on %n contracts.", "", adjusted)
        )
        self.accept()
