"""The invoice list beside the customers: filtered by status and customer, newest first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.services.invoices import InvoiceRow, list_invoices
from kundbok.ui.formatting import display_money

SHOWN = 500


class InvoiceList(QWidget):
    """Fakturor: every invoice and credit note, with its status."""

    open_requested = Signal(int)  # an invoice's id

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoice_list")
        self._db = db
        self._customer_id: int | None = None
        self._rows: list[InvoiceRow] = []
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("invoice_status_filter")
        for status, text in (
            (None, self.tr("All")),
            ("draft", self.tr("Drafts")),
            ("issued", self.tr("Unpaid")),
            ("overdue", self.tr("Overdue")),
            ("paid", self.tr("Paid")),
            ("credited", self.tr("Credited")),
        ):
            self.status_filter.addItem(text, status)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.customer_label = QLabel(self)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("invoice_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Kind"),
                self.tr("Customer"),
                self.tr("Invoice date"),
                self.tr("Due date"),
                self.tr("Amount"),
                self.tr("Status"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(
            lambda index: self.open_requested.emit(self._rows[index.row()].id)
        )
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show"), self))
        bar.addWidget(self.status_filter)
        bar.addWidget(self.customer_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def show_customer(self, customer_id: int | None, name: str = "") -> None:
        """Only one customer's invoices (None: everyone's)."""
        self._customer_id = customer_id
        self.customer_label.setText(self.tr("Customer: {name}").format(name=name) if name else "")
        self.refresh()

    def refresh(self) -> None:
        self._rows = list_invoices(
            self._db, self.status_filter.currentData(), self._customer_id, dt.date.today(), 0, SHOWN
        )
        statuses = {
            "draft": self.tr("Draft"),
            "issued": self.tr("Unpaid"),
            "overdue": self.tr("Overdue"),
            "paid": self.tr("Paid"),
            "credited": self.tr("Credited"),
        }
        self.table.setRowCount(len(self._rows))
        for row, invoice in enumerate(self._rows):
            kind = self.tr("Credit note") if invoice.kind == "credit_note" else self.tr("Invoice")
            values = (
                str(invoice.number or ""),
                kind,
                f"{invoice.customer_name} ({invoice.customer_number})",
                invoice.invoice_date.isoformat() if invoice.invoice_date else "",
                invoice.due_date.isoformat() if invoice.due_date else "",
                f"{display_money(invoice.total)} {invoice.currency}",
                statuses.get(invoice.status, invoice.status),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (0, 5):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if invoice.status == "overdue" and column == 6:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
