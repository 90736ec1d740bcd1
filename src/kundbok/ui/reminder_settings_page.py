"""The settings dialog's reminder page: fee, förseningsersättning, interest, the accounts they
are booked on, and the Riksbank reference rates as dated rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kundbok.domain.late_payment import ReferenceRate
from kundbok.domain.money import parse_amount
from kundbok.services.reminders.settings import (
    ReminderSettings,
    get_reminder_settings,
    save_reminder_settings,
)
from kundbok.ui.errors import attempt
from kundbok.ui.formatting import display_money, display_number


def _number_text(value: Decimal | None) -> str:
    return "" if value is None else display_number(value)


class ReminderSettingsPage(QWidget):
    """Påminnelser: what a reminder may charge, how interest is counted, where it is booked."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder_settings_page")
        self._db = db
        self._settings = get_reminder_settings(db)
        settings = self._settings
        form = QFormLayout()
        self.field_fee = self._line("field_reminder_fee", display_money(settings.reminder_fee))
        self.field_fee.setToolTip(
            self.tr("At most 60 kr, and only when agreed with the customer before the debt arose.")
        )
        form.addRow(self.tr("Reminder fee (kr, 0 = none)"), self.field_fee)
        self.field_compensation = QCheckBox(
            self.tr("Charge business customers förseningsersättning (450 kr once per invoice)"),
            self,
        )
        self.field_compensation.setObjectName("field_charge_compensation")
        self.field_compensation.setChecked(settings.charge_compensation)
        form.addRow("", self.field_compensation)
        self.field_margin = self._line(
            "field_interest_margin", _number_text(settings.interest_margin)
        )
        form.addRow(self.tr("Interest: points over the reference rate"), self.field_margin)
        self.field_agreed = self._line(
            "field_agreed_interest", _number_text(settings.agreed_interest_percent)
        )
        self.field_agreed.setPlaceholderText(self.tr("none: reference rate plus the points"))
        form.addRow(self.tr("Agreed fixed interest (% a year)"), self.field_agreed)
        self.field_terms = QSpinBox(self)
        self.field_terms.setObjectName("field_reminder_terms")
        self.field_terms.setRange(0, 365)
        self.field_terms.setSuffix(self.tr(" days"))
        self.field_terms.setValue(settings.reminder_terms_days)
        form.addRow(self.tr("A reminder is to be paid within"), self.field_terms)
        self.field_fee_account = self._line("field_fee_account", settings.fee_account)
        form.addRow(self.tr("Account for reminder fees"), self.field_fee_account)
        self.field_compensation_account = self._line(
            "field_compensation_account", settings.compensation_account
        )
        form.addRow(self.tr("Account for förseningsersättning"), self.field_compensation_account)
        self.field_interest_account = self._line(
            "field_interest_account", settings.interest_account
        )
        form.addRow(self.tr("Account for interest"), self.field_interest_account)

        self.rates = QTableWidget(0, 2, self)
        self.rates.setObjectName("reference_rates_table")
        self.rates.setHorizontalHeaderLabels([self.tr("Valid from"), self.tr("Reference rate %")])
        self.rates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rates.verticalHeader().hide()
        self.rates.horizontalHeader().setStretchLastSection(True)
        for rate in settings.reference_rates:
            self._add_rate(rate.valid_from.isoformat(), _number_text(rate.percent))
        self.rates.scrollToBottom()  # the newest rates are the ones that matter
        add = QPushButton(self.tr("Add rate"), self)
        add.setObjectName("button_add_rate")
        add.clicked.connect(lambda: self._add_rate(dt.date.today().isoformat(), ""))
        remove = QPushButton(self.tr("Remove rate"), self)
        remove.setObjectName("button_remove_rate")
        remove.clicked.connect(self._remove_rate)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Riksbank reference rates (räntelagen 9 §)"), self))
        layout.addWidget(self.rates)
        layout.addLayout(buttons)

    def _line(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        return edit

    def _add_rate(self, day: str, percent: str) -> None:
        row = self.rates.rowCount()
        self.rates.insertRow(row)
        self.rates.setItem(row, 0, QTableWidgetItem(day))
        self.rates.setItem(row, 1, QTableWidgetItem(percent))

    def _remove_rate(self) -> None:
        for row in sorted({i.row() for i in self.rates.selectedIndexes()}, reverse=True):
            self.rates.removeRow(row)

    def _rate(self, row: int) -> ReferenceRate:
        cells = [self.rates.item(row, column) for column in (0, 1)]
        day_text, percent_text = (cell.text().strip() if cell else "" for cell in cells)
        try:
            day = dt.date.fromisoformat(day_text)
        except ValueError:
            raise ValidationError(
                "reference_rates",
                QT_TRANSLATE_NOOP("messages", "'{text}' is not a date (YYYY-MM-DD)."),
                text=day_text,
            ) from None
        return ReferenceRate(day, parse_amount(percent_text, "reference_rates"))

    def settings(self) -> ReminderSettings:
        """The settings as typed; a ValidationError names the first value that is not a number
        or a date."""
        agreed = self.field_agreed.text().strip()
        return replace(
            self._settings,
            reminder_fee=parse_amount(self.field_fee.text() or "0", "reminder_fee"),
            charge_compensation=self.field_compensation.isChecked(),
            interest_margin=parse_amount(self.field_margin.text(), "interest_margin"),
            agreed_interest_percent=parse_amount(agreed, "agreed_interest_percent")
            if agreed
            else None,
            reminder_terms_days=self.field_terms.value(),
            fee_account=self.field_fee_account.text(),
            compensation_account=self.field_compensation_account.text(),
            interest_account=self.field_interest_account.text(),
            reference_rates=tuple(self._rate(row) for row in range(self.rates.rowCount())),
        )

    def save(self) -> bool:
        """Save what is typed; False (after saying why) when something is not acceptable."""
        saved = attempt(
            self, self.tr("Not saved"), lambda: save_reminder_settings(self._db, self.settings())
        )
        if saved is None:
            return False
        self._settings = saved
        return True
