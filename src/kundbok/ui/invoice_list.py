"""The invoice list beside the customers: filtered by status and customer, newest first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.invoice import InvoiceStatus, can_delete
from kundbok.services.invoice_queries import InvoiceRow, list_invoices
from kundbok.services.invoices import delete_draft
from kundbok.services.mail.invoices import unsent_invoice_ids
from kundbok.ui.background import TaskControl, in_slices
from kundbok.ui.einvoice_export import export_einvoices
from kundbok.ui.errors import attempt
from kundbok.ui.formatting import display_date, display_money
from kundbok.ui.invoice_editor.questions import confirm_delete_draft
from kundbok.ui.invoice_status import status_description
from kundbok.ui.print_jobs import MakePdfs, preview, print_with_dialog
from kundbok.ui.send_invoice_dialog import send_many

SHOWN = 500
FIRST_ROWS = 100  # filled at once; the rest follow a slice at a time


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
            (InvoiceStatus.DRAFT, self.tr("Drafts")),
            (InvoiceStatus.UNPAID, self.tr("Unpaid")),
            (InvoiceStatus.OVERDUE, self.tr("Overdue")),
            (InvoiceStatus.PARTLY_PAID, self.tr("Partly paid")),
            (InvoiceStatus.PAID, self.tr("Paid")),
            (InvoiceStatus.CREDITED, self.tr("Credited")),
            (InvoiceStatus.REFUND_DUE, self.tr("Refunds due")),
        ):
            self.status_filter.addItem(text, status)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.customer_label = QLabel(self)
        self.table = QTableWidget(0, 8, self)
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
                self.tr("E-mailed"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(
            lambda index: self.open_requested.emit(self._rows[index.row()].id)
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.button_delete_draft = QPushButton(self.tr("Delete draft"), self)
        self.button_delete_draft.setObjectName("button_delete_draft")
        self.button_delete_draft.setEnabled(False)
        self.button_delete_draft.clicked.connect(lambda _checked=False: self.delete_draft())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show"), self))
        bar.addWidget(self.status_filter)
        bar.addWidget(self.customer_label, 1)
        bar.addWidget(self.button_delete_draft)
        self.button_print_selected = QPushButton(self.tr("Print…"), self)
        self.button_print_selected.setObjectName("button_print_selected")
        self.button_print_selected.setToolTip(self.tr("Print the selected invoices in one job"))
        self.button_print_selected.clicked.connect(lambda _checked=False: self.print_selected())
        bar.addWidget(self.button_print_selected)
        self.button_preview_selected = QPushButton(self.tr("Preview"), self)
        self.button_preview_selected.setObjectName("button_preview_selected")
        self.button_preview_selected.clicked.connect(lambda _checked=False: self.preview_selected())
        bar.addWidget(self.button_preview_selected)
        self.button_rot_rut_decision = QPushButton(self.tr("ROT/RUT decision…"), self)
        self.button_rot_rut_decision.setObjectName("button_rot_rut_decision")
        self.button_rot_rut_decision.setToolTip(
            self.tr("Enter what Skatteverket paid or refused for the invoice's ROT/RUT claim")
        )
        self.button_rot_rut_decision.clicked.connect(lambda _checked=False: self.enter_decision())
        bar.addWidget(self.button_rot_rut_decision)
        self.button_send_unsent = QPushButton(self.tr("Send unsent"), self)
        self.button_send_unsent.setObjectName("button_send_unsent")
        self.button_send_unsent.clicked.connect(lambda _checked=False: self.send_unsent())
        bar.addWidget(self.button_send_unsent)
        self.button_export_einvoices = QPushButton(self.tr("Export e-invoice…"), self)
        self.button_export_einvoices.setObjectName("button_export_einvoices")
        self.button_export_einvoices.setEnabled(False)
        self.button_export_einvoices.clicked.connect(lambda _checked=False: self.export_einvoices())
        bar.addWidget(self.button_export_einvoices)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def show_customer(self, customer_id: int | None, name: str = "") -> None:
        """Only one customer's invoices (None: everyone's)."""
        self._customer_id = customer_id
        self.customer_label.setText(self.tr("Customer: {name}").format(name=name) if name else "")
        self.refresh()

    def refresh(self) -> None:
        """Read the list again: the first rows at once, the rest a slice at a time (500 rows
        of items at once would hold the window for a tenth of a second)."""
        self._rows = rows = list_invoices(
            self._db, self.status_filter.currentData(), self._customer_id, dt.date.today(), 0, SHOWN
        )
        self.table.setRowCount(len(rows))
        credit_note, invoice_text, unsent = (
            self.tr("Credit note"),
            self.tr("Invoice"),
            self.tr("Unsent"),
        )

        def fill(start: int, stop: int) -> None:
            if self._rows is not rows:
                return  # read again meanwhile
            for row in range(start, stop):
                invoice = rows[row]
                values = (
                    str(invoice.number or ""),
                    credit_note if invoice.kind == "credit_note" else invoice_text,
                    f"{invoice.customer_name} ({invoice.customer_number})",
                    invoice.invoice_date.isoformat() if invoice.invoice_date else "",
                    invoice.due_date.isoformat() if invoice.due_date else "",
                    f"{display_money(invoice.total)} {invoice.currency}",
                    status_description(invoice),
                    display_date(invoice.sent_at) if invoice.sent_at else unsent,
                )
                for column, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    if column in (0, 5):
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    if invoice.status == InvoiceStatus.OVERDUE and column == 6:
                        item.setForeground(Qt.GlobalColor.darkRed)
                    self.table.setItem(row, column, item)
            if start == 0:  # sized by the rows on screen first
                self.table.resizeColumnsToContents()

        in_slices(self, len(rows), fill, size=FIRST_ROWS)
        self._selection_changed()

    def reread_keeping_place(self) -> None:
        """Read the list again (someone else changed invoices), keeping the selected invoices
        and the scroll position."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        selected = {self._rows[row].id for row in rows if row < len(self._rows)}
        vertical = self.table.verticalScrollBar().value()
        self.table.clearSelection()
        self.refresh()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(self.table.SelectionMode.MultiSelection)  # selectRow adds
        for row, invoice in enumerate(self._rows):
            if invoice.id in selected:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)
        self.table.verticalScrollBar().setValue(vertical)

    def selected_draft(self) -> InvoiceRow | None:
        """The selected invoice when exactly one is selected and it is a draft."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        row = self._rows[rows.pop()]
        return row if can_delete(row) else None

    def selected_issued(self) -> list[InvoiceRow]:
        """The selected invoices and credit notes that have a number, by number (drafts are
        left out: they are printed from the editor)."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        issued = [self._rows[row] for row in rows if self._rows[row].number is not None]
        return sorted(issued, key=lambda row: row.number or 0)

    def _selection_changed(self) -> None:
        self.button_delete_draft.setEnabled(self.selected_draft() is not None)
        issued = bool(self.selected_issued())
        self.button_print_selected.setEnabled(issued)
        self.button_preview_selected.setEnabled(issued)
        self.button_export_einvoices.setEnabled(issued)
        row = self._selected_invoice()
        self.button_rot_rut_decision.setEnabled(
            row is not None and row.kind == "invoice" and row.number is not None
        )

    def export_einvoices(self) -> None:
        """Save each selected issued invoice as a Peppol e-invoice file, into a folder."""
        export_einvoices(self, self._db, [row.id for row in self.selected_issued()])

    def _selected_pdfs(self) -> MakePdfs | None:
        """What makes the selected issued invoices' PDFs (off the window's thread)."""
        ids = [row.id for row in self.selected_issued()]
        if not ids:
            return None
        db = self._db

        def make(control: TaskControl) -> list[bytes]:
            from kundbok.services.pdf import invoice_pdf  # reportlab loads off the GUI thread

            pdfs = []
            for invoice_id in ids:
                pdfs.append(invoice_pdf(db, invoice_id))
                control.step(len(pdfs), len(ids))
            return pdfs

        return make

    def print_selected(self) -> None:
        """Print every page of the selected invoices as one job, through the print dialog."""
        make = self._selected_pdfs()
        if make is not None:
            print_with_dialog(self, make)

    def preview_selected(self) -> None:
        """The print preview of the selected invoices, one after the other."""
        make = self._selected_pdfs()
        if make is not None:
            preview(self, make)

    def _selected_invoice(self) -> InvoiceRow | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self._rows[rows.pop()] if len(rows) == 1 else None

    def enter_decision(self) -> QWidget | None:
        """Skatteverket's decision on the selected invoice's ROT/RUT claim, in a dialog."""
        from kundbok.ui.rot_rut_decision_dialog import open_rot_rut_decision

        row = self._selected_invoice()
        if row is None:
            return None
        self.rot_rut_decision = open_rot_rut_decision(self._db, row.id, self)
        return self.rot_rut_decision

    def send_unsent(self) -> None:
        """E-mail every issued, unsent invoice of the customers marked for it (off the window's
        thread); the list shows them sent when the server has answered."""
        send_many(self, self._db, unsent_invoice_ids(self._db), lambda _outcomes: self.refresh())

    def delete_draft(self) -> bool:
        """Delete the selected draft, after asking."""
        draft = self.selected_draft()
        if draft is None or not confirm_delete_draft(self):
            return False

        def delete() -> bool:
            delete_draft(self._db, draft.id)
            return True

        if not attempt(self, self.tr("Delete draft"), delete):
            return False
        self.refresh()
        return True
