"""What the editor does with an invoice as a document and a claim: PDF, print, e-mail, credit,
payments. A part of the editor beside it, so the editor itself stays about building and editing.

It knows the editor only as an `EditedInvoice`: the invoice shown, the id of its saved state
(saving an edited draft first), and where to show what a service returned.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from kundbok.db.session import Database
from kundbok.domain.invoice import InvoiceDetails
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import create_credit_note, mark_paid
from kundbok.services.mail.invoices import InvoiceSendOutcome
from kundbok.ui.background import TaskControl
from kundbok.ui.entry_credit import offer_to_free_entries
from kundbok.ui.errors import attempt
from kundbok.ui.invoice_editor.output import ask_pdf_path, write_pdf
from kundbok.ui.invoice_editor.payment_dialog import PaymentDialog
from kundbok.ui.invoice_editor.questions import confirm_credit
from kundbok.ui.print_jobs import preview, print_with_dialog
from kundbok.ui.send_invoice_dialog import send_one_invoice


class EditedInvoice(Protocol):
    """What the document actions need of the editor that holds the invoice."""

    @property
    def invoice(self) -> InvoiceDetails | None:
        """The invoice as last shown (None before a customer is chosen)."""
        ...

    def saved_invoice_id(self) -> int | None:
        """The id of the invoice as saved now, saving an edited draft first; None when it
        could not be saved (the user was told)."""
        ...

    def show_result(self, invoice: InvoiceDetails | None) -> bool:
        """Show what a service returned and pass it on; False when it refused (None)."""
        ...


class InvoiceDocumentActions(QObject):
    """The actions on the saved invoice; dialogs open over `window`."""

    def __init__(self, db: Database, editor: EditedInvoice, window: QWidget) -> None:
        super().__init__(window)
        self._db = db
        self._editor = editor
        self._window = window

    def _pdf_maker(self) -> Callable[[], bytes] | None:
        """What makes the saved invoice's PDF (off the window's thread); None when not saved."""
        invoice_id = self._editor.saved_invoice_id()
        if invoice_id is None:
            return None
        db = self._db

        def make() -> bytes:
            from kundbok.services.pdf import invoice_pdf  # reportlab loads off the GUI thread

            return invoice_pdf(db, invoice_id)

        return make

    def save_pdf(self) -> None:
        """Save the invoice as a PDF file the user names."""
        invoice = self._editor.invoice
        if invoice is None:
            return
        path = ask_pdf_path(self._window, invoice.number)
        make = self._pdf_maker() if path else None
        if path is not None and make is not None:
            write_pdf(self._window, path, make)

    def print_invoice(self) -> None:
        """Print the very pages of the PDF through Qt's print dialog."""
        from kundbok.services.invoice_outputs import record_printed

        invoice_id = self._editor.saved_invoice_id()  # saved first, asked once
        if invoice_id is None:
            return
        db = self._db

        def make(_control: TaskControl) -> list[bytes]:
            from kundbok.services.pdf import invoice_pdf  # reportlab loads off the GUI thread

            return [invoice_pdf(db, invoice_id)]

        print_with_dialog(self._window, make, lambda: record_printed(db, [invoice_id]))

    def preview_invoice(self) -> None:
        """Show the pages as they will print."""
        make = self._pdf_maker()
        if make is not None:
            preview(self._window, lambda _control: [make()])

    def send_email(self) -> None:
        """E-mail the issued invoice, to an address the user may edit; asks before a resend."""
        invoice = self._editor.invoice
        if invoice is None or invoice.id is None or invoice.number is None:
            return
        invoice_id = invoice.id

        def sent(outcome: InvoiceSendOutcome) -> None:
            # The main window hears of it as of a save: the list shows the invoice as sent.
            if outcome.sent:
                self._editor.show_result(get_invoice(self._db, invoice_id))

        send_one_invoice(
            self._window, self._db, invoice_id, invoice.number, invoice.sent_at is not None, sent
        )

    def credit(self) -> None:
        """Credit the whole invoice, after asking."""
        invoice = self._editor.invoice
        if invoice is None or invoice.id is None:
            return
        if not confirm_credit(self._window, invoice.number):
            return
        invoice_id = invoice.id
        credited = attempt(
            self._window,
            QCoreApplication.translate("InvoiceEditor", "Credit invoice"),
            lambda: create_credit_note(self._db, invoice_id),
        )
        self._editor.show_result(credited)
        if credited is not None:
            offer_to_free_entries(self._window, self._db, invoice_id, invoice.number)

    def mark_paid(self, paid: dt.date | None = None) -> None:
        """Record the payment (or, for a credit note, the refund) of the invoice."""
        invoice = self._editor.invoice
        if invoice is None or invoice.id is None:
            return
        invoice_id, paid_date = invoice.id, paid or dt.date.today()
        self._editor.show_result(
            attempt(
                self._window,
                QCoreApplication.translate("InvoiceEditor", "Mark paid"),
                lambda: mark_paid(self._db, invoice_id, paid_date),
            )
        )

    def register_payment(self) -> None:
        """Open the payment dialog for the invoice; show the invoice as its payments left it."""
        invoice = self._editor.invoice
        if invoice is None or invoice.id is None:
            return
        invoice_id = invoice.id
        dialog = PaymentDialog(self._window, self._db, invoice_id)
        dialog.exec()
        self._editor.show_result(
            attempt(
                self._window,
                QCoreApplication.translate("InvoiceEditor", "Payment"),
                lambda: get_invoice(self._db, invoice_id),
            )
        )
