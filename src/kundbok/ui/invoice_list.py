"""The invoice list beside the customers: filtered by status and customer, newest first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.invoice import InvoiceStatus, can_delete, can_register_payment
from kundbok.services.invoice_queries import InvoiceRow
from kundbok.services.invoice_search import UNSENT, InvoiceQuery
from kundbok.services.invoices import delete_draft
from kundbok.services.mail.invoices import unsent_invoice_ids
from kundbok.ui.background import TaskControl, run_task
from kundbok.ui.einvoice_export import export_einvoices
from kundbok.ui.errors import attempt
from kundbok.ui.invoice_editor.questions import confirm_delete_draft
from kundbok.ui.invoice_table_model import InvoiceTableModel
from kundbok.ui.list_keys import focus_list, on_enter, on_key
from kundbok.ui.print_jobs import MakePdfs, preview, print_with_dialog
from kundbok.ui.send_invoice_dialog import send_many

# An open end of the date range: the earliest date its field offers, shown blank.
NO_LIMIT = QDate(1900, 1, 1)


def _open_date(parent: QWidget, name: str, description: str) -> QDateEdit:
    field = QDateEdit(parent)
    field.setObjectName(name)
    field.setAccessibleName(description)
    field.setCalendarPopup(True)
    field.setMinimumDate(NO_LIMIT)
    field.setSpecialValueText(" ")  # the minimum: no limit
    field.setDate(NO_LIMIT)
    return field


def _date_of(field: QDateEdit) -> dt.date | None:
    date = field.date()
    return None if date == NO_LIMIT else dt.date(date.year(), date.month(), date.day())


class InvoiceList(QWidget):
    """Fakturor: every invoice and credit note, with its status, searched and filtered."""

    open_requested = Signal(int)  # an invoice's id: a double-click, Return or Enter on a row
    paid = Signal(int)  # an invoice's id, after the payment dialog opened from the list

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoice_list")
        self._db = db
        self._customer_id: int | None = None
        self._columns_fitted = False
        self.model = InvoiceTableModel(db, self)
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("invoice_search")
        self.search_field.setAccessibleName(self.tr("Search invoices"))
        self.search_field.setPlaceholderText(
            self.tr("Search: number, OCR, customer, amount, reference, order number…")
        )
        self.search_field.setClearButtonEnabled(True)
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
            (UNSENT, self.tr("Not sent")),
        ):
            self.status_filter.addItem(text, status)
        self.date_from = _open_date(self, "invoice_date_from", self.tr("Invoice date from"))
        self.date_to = _open_date(self, "invoice_date_to", self.tr("Invoice date to"))
        # Typing searches on the next turn of the event loop (as the customer list does).
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self.refresh)
        self.search_field.textChanged.connect(self._search_timer.start)
        # Enter or Down in the search: on to the list (as in the customer list).
        self.search_field.returnPressed.connect(self.go_to_list)
        on_key(self.search_field, Qt.Key.Key_Down, self.go_to_list)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.date_from.dateChanged.connect(self._search_timer.start)
        self.date_to.dateChanged.connect(self._search_timer.start)
        self.customer_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setObjectName("invoice_table")
        self.table.setAccessibleName(self.tr("Invoices"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(
            lambda index: self.open_requested.emit(self._rows[index.row()].id)
        )
        on_enter(self.table, self._open_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.button_delete_draft = QPushButton(self.tr("Delete draft"), self)
        self.button_delete_draft.setObjectName("button_delete_draft")
        self.button_delete_draft.setEnabled(False)
        self.button_delete_draft.clicked.connect(lambda _checked=False: self.delete_draft())
        filters = QHBoxLayout()
        filters.addWidget(self.search_field, 2)
        filters.addWidget(QLabel(self.tr("Show"), self))
        filters.addWidget(self.status_filter)
        filters.addWidget(QLabel(self.tr("Dated"), self))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–", self))
        filters.addWidget(self.date_to)
        filters.addWidget(self.customer_label, 1)
        bar = QHBoxLayout()
        bar.addStretch(1)
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
        self.button_register_payment = QPushButton(self.tr("Payment…"), self)
        self.button_register_payment.setObjectName("button_register_payment")
        self.button_register_payment.setToolTip(self.tr("Register money received on the invoice"))
        self.button_register_payment.clicked.connect(lambda _checked=False: self.register_payment())
        bar.addWidget(self.button_register_payment)
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
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(bar)

    @property
    def _rows(self) -> list[InvoiceRow]:
        return self.model.rows

    def show_customer(self, customer_id: int | None, name: str = "") -> None:
        """Only one customer's invoices (None: everyone's)."""
        self._customer_id = customer_id
        self.customer_label.setText(self.tr("Customer: {name}").format(name=name) if name else "")
        self.refresh()

    def query(self) -> InvoiceQuery:
        """What the search box and the filters ask for."""
        return InvoiceQuery(
            self.search_field.text(),
            self.status_filter.currentData(),
            self._customer_id,
            _date_of(self.date_from),
            _date_of(self.date_to),
        )

    def show_status(self, status: str | None) -> None:
        """Show the invoices of `status` (as the list shows it), whatever was searched."""
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        for field in (self.date_from, self.date_to):
            field.blockSignals(True)
            field.setDate(field.minimumDate())
            field.blockSignals(False)
        self._customer_id = None
        self.customer_label.clear()
        index = self.status_filter.findData(status)
        if index == self.status_filter.currentIndex():
            self.refresh()
        self.status_filter.setCurrentIndex(index)

    def refresh(self) -> None:
        """Read the first page of what the search and the filters find."""
        self._search_timer.stop()
        self.model.set_query(self.query())
        if not self._columns_fitted and self.model.rowCount():
            # Once, to the first rows read: fitting on every keystroke would cost more than the
            # search, and columns that jump as one types are harder to read.
            self.table.resizeColumnsToContents()
            self._columns_fitted = True

    def go_to_list(self) -> None:
        """From the search field to the list, at its selected or first row."""
        if self._search_timer.isActive():
            self.refresh()  # the last keys typed, searched before the list takes the keys
        focus_list(self.table)

    def reread_keeping_place(self) -> None:
        """Read the list again (someone else changed invoices), keeping the selected invoices
        and the scroll position."""
        self._keeping_place(lambda: self.model.reread(len(self._rows)))

    def reread_in_background(self) -> None:
        """`reread_keeping_place`, the reading done off the window's thread (after a batch the
        window has just waited for: a send, a print job)."""
        read, query = self.model.reading(len(self._rows)), self.model.query
        run_task(
            self,
            lambda _control: read(),
            lambda rows: self._keeping_place(lambda: self.model.show(rows, query)),
            title=self.tr("Invoices"),
            text=self.tr("Reading the invoices…"),
            quiet=True,
        )

    def _keeping_place(self, reread: Callable[[], None]) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        selected = {self._rows[row].id for row in rows if row < len(self._rows)}
        vertical = self.table.verticalScrollBar().value()
        self.table.clearSelection()
        reread()
        # Selected together, not row by row: each change of the selection looks at all of it.
        last = self.model.columnCount() - 1
        again = QItemSelection()
        for row, invoice in enumerate(self._rows):
            if invoice.id in selected:
                again.select(self.model.index(row, 0), self.model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(again, flags)
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
        self.button_register_payment.setEnabled(row is not None and can_register_payment(row))

    def _open_selected(self) -> None:
        row = self._selected_invoice()
        if row is not None:
            self.open_requested.emit(row.id)

    def register_payment(self) -> QWidget | None:
        """Money received on the selected invoice, in the payment dialog; the list shows what
        is left to pay when it closes."""
        from kundbok.ui.invoice_editor.payment_dialog import PaymentDialog

        row = self._selected_invoice()
        if row is None or not can_register_payment(row):
            return None
        dialog = PaymentDialog(self, self._db, row.id)
        dialog.exec()
        self.reread_keeping_place()
        self.paid.emit(row.id)
        return dialog

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
        from kundbok.services.invoice_outputs import record_printed

        ids = [row.id for row in self.selected_issued()]
        make = self._selected_pdfs()
        if make is None:
            return
        db = self._db
        # Noted off the window's thread, the list read again there too.
        print_with_dialog(
            self, make, self.reread_in_background, noted=lambda: record_printed(db, ids)
        )

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
        ids = unsent_invoice_ids(self._db)
        send_many(self, self._db, ids, lambda _outcomes: self.reread_in_background())

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
