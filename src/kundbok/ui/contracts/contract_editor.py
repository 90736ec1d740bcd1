"""The contract editor: when a customer is invoiced (interval, start, end, in advance or in
arrears, days before), the references, and the lines, edited with the invoice editor's lines
table. Pausing and ending are buttons of their own, each a history event."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.contract import ContractDetails
from kundbok.domain.contract_periods import INTERVALS, MAX_DAYS_BEFORE
from kundbok.domain.invoicing import vat_rates_on
from kundbok.services.contract_queries import get_contract
from kundbok.services.contracts import end_contract, pause_contract, resume_contract, save_contract
from kundbok.services.customers import get_customer
from kundbok.services.settings import get_company
from kundbok.ui.accessibility import name_controls
from kundbok.ui.conflict_dialog import attempt_save
from kundbok.ui.errors import attempt
from kundbok.ui.formatting import display_money
from kundbok.ui.invoice_editor.line_pricing import LinePricing
from kundbok.ui.invoice_editor.lines_editor import LinesEditor
from kundbok.ui.screen_fit import resize_to_fit


def to_qdate(day: dt.date) -> QDate:
    """A date as Qt's date widgets take it."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    """A date as Qt's date widgets give it."""
    return dt.date(day.year(), day.month(), day.day())


def date_field(parent: QWidget, name: str, day: dt.date) -> QDateEdit:
    """A date field with a calendar, named for the tests."""
    field = QDateEdit(to_qdate(day), parent)
    field.setObjectName(name)
    field.setCalendarPopup(True)
    field.setDisplayFormat("yyyy-MM-dd")
    return field


class ContractEditor(QDialog):
    """Avtal: one customer's contract, new or saved."""

    saved = Signal(int)  # the contract's id, after every save, pause or end

    def __init__(
        self,
        db: Database,
        customer_id: int,
        contract_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contract_editor")
        self._db = db
        customer = get_customer(db, customer_id)
        today = dt.date.today()
        self.contract = (
            get_contract(db, contract_id)
            if contract_id is not None
            else ContractDetails(
                customer_id=customer_id,
                start_date=today.replace(day=1),
                their_reference=customer.reference,
                buyer_reference=customer.buyer_reference,
            )
        )
        self.customer_label = QLabel(f"{customer.number} {customer.name}", self)
        self.customer_label.setObjectName("field_customer")
        self.field_interval = QComboBox(self)
        self.field_interval.setObjectName("field_interval")
        for months in INTERVALS:
            self.field_interval.addItem(self.tr("Every %n months", "", months), months)
        self.field_start_date = date_field(self, "field_start_date", today)
        self.field_has_end = QCheckBox(self.tr("Ends on"), self)
        self.field_has_end.setObjectName("field_has_end")
        self.field_end_date = date_field(self, "field_end_date", today)
        self.field_has_end.toggled.connect(self.field_end_date.setEnabled)
        self.field_in_arrears = QComboBox(self)
        self.field_in_arrears.setObjectName("field_in_arrears")
        self.field_in_arrears.addItem(self.tr("In advance (on the period's first day)"), False)
        self.field_in_arrears.addItem(self.tr("In arrears (after the period's last day)"), True)
        self.field_days_before = QSpinBox(self)
        self.field_days_before.setObjectName("field_days_before")
        self.field_days_before.setAccessibleName(self.tr("Days before the period"))
        self.field_days_before.setRange(0, MAX_DAYS_BEFORE)
        self.field_days_before.setSuffix(self.tr(" days before the period"))
        self.field_in_arrears.currentIndexChanged.connect(
            lambda _i: self.field_days_before.setEnabled(not self.field_in_arrears.currentData())
        )
        self.references = {
            name: self._line_edit(name)
            for name in ("our_reference", "their_reference", "buyer_reference", "order_reference")
        }
        self.field_rot_rut = QComboBox(self)
        self.field_rot_rut.setObjectName("field_rot_rut")
        for text, value in ((self.tr("None"), ""), ("ROT", "rot"), ("RUT", "rut")):
            self.field_rot_rut.addItem(text, value)
        self.status = QLabel(self)
        self.status.setObjectName("contract_status")
        # Lines take the customer's agreed prices as they stand on the contract's first day.
        self.pricing = LinePricing(db)
        self.pricing.customer_id = customer_id
        self.pricing.day = self.contract.start_date
        self.pricing.discount = customer.discount_percent
        self.field_start_date.dateChanged.connect(
            lambda day: setattr(self.pricing, "day", from_qdate(day))
        )
        self.lines = LinesEditor(self.pricing, self)
        self.lines.field_text.setPlaceholderText(self.tr("Text printed on each invoice"))
        self.lines.edited.connect(self._show_totals)
        vat_rate = customer.vat_rate if customer.vat_rate is not None else get_company(db).vat_rate
        self.lines.set_new_line(vat_rate, customer.discount_percent)
        self.lines.set_vat_rates(vat_rates_on(today))
        self._layout(self._buttons())
        self.show_contract(self.contract)
        name_controls(self)

    def _line_edit(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(f"field_{name}")
        return field

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.button_pause = QPushButton(self.tr("Pause…"), self)
        self.button_pause.setObjectName("button_pause_contract")
        self.button_pause.clicked.connect(lambda _c=False: self.pause_or_resume())
        self.button_end = QPushButton(self.tr("End…"), self)
        self.button_end.setObjectName("button_end_contract")
        self.button_end.clicked.connect(lambda _c=False: self.end())
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.button_save = box.button(QDialogButtonBox.StandardButton.Save)
        self.button_save.setObjectName("button_save")
        box.button(QDialogButtonBox.StandardButton.Close).setObjectName("button_cancel")
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        row.addWidget(self.button_pause)
        row.addWidget(self.button_end)
        row.addStretch()
        row.addWidget(box)
        return row

    def _layout(self, buttons: QHBoxLayout) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Customer"), self.customer_label)
        form.addRow(self.tr("Invoiced"), self.field_interval)
        form.addRow(self.tr("Starts on"), self.field_start_date)
        ends = QHBoxLayout()
        ends.addWidget(self.field_has_end)
        ends.addWidget(self.field_end_date)
        ends.addStretch()
        form.addRow("", ends)
        form.addRow(self.tr("Invoice"), self.field_in_arrears)
        form.addRow("", self.field_days_before)
        texts = {
            "our_reference": self.tr("Our reference"),
            "their_reference": self.tr("Your reference"),
            "buyer_reference": self.tr("Reference code (e-invoice)"),
            "order_reference": self.tr("Order number"),
        }
        for name, field in self.references.items():
            form.addRow(texts[name], field)
        form.addRow(self.tr("ROT/RUT"), self.field_rot_rut)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.lines)
        layout.addLayout(buttons)
        resize_to_fit(self, 820, 640)

    def show_contract(self, contract: ContractDetails) -> None:
        """Fill the form from `contract`."""
        self.contract = contract
        title = (
            self.tr("Contract %1").replace("%1", str(contract.number))
            if contract.number
            else self.tr("New contract")
        )
        self.setWindowTitle(title)
        self.field_interval.setCurrentIndex(INTERVALS.index(contract.interval_months))
        self.field_start_date.setDate(to_qdate(contract.start_date))
        self.field_has_end.setChecked(contract.end_date is not None)
        self.field_end_date.setEnabled(contract.end_date is not None)
        if contract.end_date is not None:
            self.field_end_date.setDate(to_qdate(contract.end_date))
        self.field_in_arrears.setCurrentIndex(1 if contract.in_arrears else 0)
        self.field_days_before.setValue(contract.days_before)
        for name, field in self.references.items():
            field.setText(getattr(contract, name))
        self.field_rot_rut.setCurrentIndex(max(0, self.field_rot_rut.findData(contract.rot_rut)))
        self.lines.show_lines(contract.lines, contract.text, editable=True)
        saved = contract.id is not None
        self.button_pause.setEnabled(saved)
        self.button_end.setEnabled(saved)
        self.button_pause.setText(self.tr("Resume…") if contract.paused_from else self.tr("Pause…"))
        self._show_status()

    def _show_status(self) -> None:
        contract = self.contract
        notes = []
        if contract.paused_from is not None:
            notes.append(self.tr("Paused from %1.").replace("%1", contract.paused_from.isoformat()))
        for adjustment in contract.adjustments:
            notes.append(
                self.tr("Prices %1 % from %2.")
                .replace("%1", f"{adjustment.percent.normalize():+f}")
                .replace("%2", adjustment.from_date.isoformat())
            )
        self.status.setText(" ".join(notes))
        self.status.setVisible(bool(notes))

    def _show_totals(self) -> None:
        total = sum((line.amount for line in self.lines.lines()), Decimal(0))
        self.lines.show_totals(
            self.tr("Per period excl. VAT: <b>%1</b>").replace("%1", display_money(total))
        )

    def edited_contract(self) -> ContractDetails:
        """The contract as the form has it now."""
        in_arrears = bool(self.field_in_arrears.currentData())
        reference = {name: field.text() for name, field in self.references.items()}
        return replace(
            self.contract,
            our_reference=reference["our_reference"],
            their_reference=reference["their_reference"],
            buyer_reference=reference["buyer_reference"],
            order_reference=reference["order_reference"],
            interval_months=int(self.field_interval.currentData()),
            start_date=from_qdate(self.field_start_date.date()),
            end_date=from_qdate(self.field_end_date.date())
            if self.field_has_end.isChecked()
            else None,
            in_arrears=in_arrears,
            days_before=0 if in_arrears else self.field_days_before.value(),
            rot_rut=str(self.field_rot_rut.currentData()),
            text=self.lines.text(),
            lines=self.lines.lines(),
        )

    def save(self) -> ContractDetails | None:
        """Save the form; None when it was refused (the reason shown)."""
        saved = attempt_save(
            self,
            self.windowTitle(),
            lambda: save_contract(self._db, self.edited_contract()),
            lambda stored: (
                self.show_contract(stored) if isinstance(stored, ContractDetails) else None
            ),
            self.tr("Make your changes again."),
        )
        if saved is not None:
            self._changed(saved)
        return saved

    def _changed(self, contract: ContractDetails) -> None:
        self.show_contract(contract)
        assert contract.id is not None
        self.saved.emit(contract.id)

    def _ask_date(self, title: str, label: str) -> dt.date | None:
        """A date chosen in a small dialog (today to begin with); None when cancelled."""
        dialog = QDialog(self)
        dialog.setObjectName("contract_date_dialog")
        dialog.setWindowTitle(title)
        field = date_field(dialog, "field_date", dt.date.today())
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        box.accepted.connect(dialog.accept)
        box.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(label, dialog))
        layout.addWidget(field)
        layout.addWidget(box)
        self.date_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return from_qdate(field.date())

    def pause_or_resume(self) -> None:
        """Pause the contract from a date, or resume a paused one from a date."""
        contract_id = self.contract.id
        assert contract_id is not None
        resuming = self.contract.paused_from is not None
        title = self.tr("Resume contract") if resuming else self.tr("Pause contract")
        label = (
            self.tr("Invoice again from (periods before it are passed over):")
            if resuming
            else self.tr("No invoices for periods from:")
        )
        day = self._ask_date(title, label)
        if day is None:
            return
        call = resume_contract if resuming else pause_contract
        changed = attempt(self, title, lambda: call(self._db, contract_id, day))
        if changed is not None:
            self._changed(changed)

    def end(self) -> None:
        """End the contract on a date."""
        contract_id = self.contract.id
        assert contract_id is not None
        title = self.tr("End contract")
        day = self._ask_date(title, self.tr("The contract's last day:"))
        if day is None:
            return
        ended = attempt(self, title, lambda: end_contract(self._db, contract_id, day))
        if ended is not None:
            self._changed(ended)
