"""*Fakturering → Att fakturera*: every customer with unbilled entries up to a date, with
hours, material and amount, oldest entry first; *Fakturera valda* makes one invoice draft per
selected customer. Listing and invoicing run off the window's thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.errors import KundbokError
from kundbok.i18n import error_text
from kundbok.services.entry_invoicing import InvoicedEntries, invoice_entries
from kundbok.services.entry_queries import UnbilledCustomer, unbilled_customers
from kundbok.ui.accessibility import name_controls
from kundbok.ui.background import BackgroundTask, run_task
from kundbok.ui.formatting import display_count, display_date, display_money
from kundbok.ui.report_table_model import ReportTableModel
from kundbok.ui.screen_fit import resize_to_fit


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class UnbilledDialog(QDialog):
    """Att fakturera; says when it made invoices."""

    invoices_made = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unbilled_dialog")
        self.setWindowTitle(self.tr("To invoice"))
        resize_to_fit(self, 860, 520)
        self._db = db
        self.customers: tuple[UnbilledCustomer, ...] = ()
        self.work: BackgroundTask[Any] | None = None
        self.field_unbilled_to = QDateEdit(QDate.currentDate(), self)
        self.field_unbilled_to.setObjectName("field_unbilled_to")
        self.field_unbilled_to.setCalendarPopup(True)
        self.field_unbilled_to.dateChanged.connect(lambda _date: self.reload())
        self.model = ReportTableModel(
            [
                self.tr("Customer no."),
                self.tr("Customer"),
                self.tr("Entries"),
                self.tr("Hours"),
                self.tr("Material"),
                self.tr("Amount excl. VAT"),
                self.tr("Oldest entry"),
            ],
            self,
        )
        self.unbilled_table = QTableView(self)
        self.unbilled_table.setObjectName("unbilled_table")
        self.unbilled_table.setModel(self.model)
        self.unbilled_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unbilled_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.unbilled_table.verticalHeader().hide()
        self.unbilled_table.horizontalHeader().setStretchLastSection(True)
        # Column widths from the first rows: measuring thousands would hold the window.
        self.unbilled_table.horizontalHeader().setResizeContentsPrecision(50)
        self.unbilled_total = QLabel(self)
        self.unbilled_total.setObjectName("unbilled_total")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.button_invoice_selected = buttons.addButton(
            self.tr("Invoice selected"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.button_invoice_selected.setObjectName("button_invoice_selected")
        self.button_invoice_selected.clicked.connect(self.invoice_selected)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Entries up to"), self))
        top.addWidget(self.field_unbilled_to)
        top.addStretch()
        top.addWidget(self.unbilled_total)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.unbilled_table)
        layout.addWidget(buttons)
        self.reload()
        name_controls(self)

    def up_to(self) -> dt.date:
        """The last day whose entries are listed and invoiced."""
        return _date(self.field_unbilled_to.date())

    def reload(self) -> None:
        """List the customers anew (off the window's thread)."""
        db, up_to = self._db, self.up_to()
        self.work = run_task(
            self,
            lambda _control: unbilled_customers(db, up_to),
            self.show_customers,
            title=self.tr("To invoice"),
            text=self.tr("Summing the unbilled entries…"),
        )

    def show_customers(self, customers: Sequence[UnbilledCustomer]) -> None:
        """Show `customers` and their totals."""
        self.customers = tuple(customers)
        rows = [
            (
                str(c.customer_number),
                c.name + (self.tr(" (blocked)") if c.blocked else ""),
                c.entry_count,
                c.hours,
                c.material,
                c.amount,
                display_date(c.oldest),
            )
            for c in self.customers
        ]
        amount = sum((c.amount for c in self.customers), Decimal(0))
        self.model.set_rows(rows)
        self.unbilled_table.resizeColumnsToContents()
        self.unbilled_total.setText(
            self.tr("{customers} customers, {amount} kr excl. VAT").format(
                customers=display_count(len(self.customers)), amount=display_money(amount)
            )
        )
        self.button_invoice_selected.setEnabled(bool(self.customers))

    def selected_customers(self) -> list[UnbilledCustomer]:
        """The customers of the selected rows."""
        rows = sorted(
            {index.row() for index in self.unbilled_table.selectionModel().selectedRows()}
        )
        return [self.customers[row] for row in rows if row < len(self.customers)]

    def invoice_selected(self) -> None:
        """One invoice draft per selected customer from its entries up to the date."""
        chosen = self.selected_customers()
        if not chosen:
            QMessageBox.information(
                self, self.tr("To invoice"), self.tr("Select the customers to invoice first.")
            )
            return
        db, up_to, ids = self._db, self.up_to(), [c.customer_id for c in chosen]
        self.work = run_task(
            self,
            lambda _control: invoice_entries(db, ids, up_to),
            self._invoiced,
            title=self.tr("Invoice entries"),
            text=self.tr("Making the invoice drafts…"),
            failed=self._refused,
            cancellable=False,  # one transaction: all the invoices or none
        )

    def _invoiced(self, made: Sequence[InvoicedEntries]) -> None:
        self.invoices_made.emit()
        self.reload()
        total = sum((invoice.total for invoice in made), Decimal(0))
        QMessageBox.information(
            self,
            self.tr("Invoice entries"),
            self.tr(
                "{count} invoice drafts made, {amount} kr in all. They are under Invoices, "
                "to be looked over and issued."
            ).format(count=display_count(len(made)), amount=display_money(total)),
        )

    def _refused(self, error: KundbokError) -> None:
        self.reload()
        QMessageBox.warning(self, self.tr("Invoice entries"), error_text(error))


def open_unbilled(db: Database, parent: QWidget) -> UnbilledDialog:
    """Show Att fakturera (non-modal)."""
    dialog = UnbilledDialog(db, parent)
    dialog.show()
    return dialog
