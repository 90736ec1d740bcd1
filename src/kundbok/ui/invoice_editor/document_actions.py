"""What the editor does with an invoice as a document and a claim: PDF, print, e-mail, credit,
payments. A base of the editor, so the editor itself stays about building and editing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from kundbok.db.session import Database
from kundbok.domain.invoice import InvoiceDetails
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import create_credit_note, mark_paid
from kundbok.services.mail.invoices import InvoiceSendOutcome
from kundbok.ui.errors import attempt
from kundbok.ui.form_state import FormState
from kundbok.ui.invoice_editor.output import ask_pdf_path, write_pdf
from kundbok.ui.invoice_editor.payment_dialog import PaymentDialog
from kundbok.ui.invoice_editor.questions import confirm_credit
from kundbok.ui.print_jobs import preview, print_with_dialog
from kundbok.ui.send_invoice_dialog import send_one_invoice


class InvoiceDocumentActions(QDialog):
    """The invoice editor's actions on the saved invoice; the editor provides the state."""

    _db: Database
    _invoice: InvoiceDetails | None
    form_state: FormState

    @property
    def read_only(self) -> bool:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def _shown(self, invoice: InvoiceDetails | None) -> bool:
        raise NotImplementedError

    def _saved_id(self) -> int | None:
        """The invoice's id, saved first when the form has unsaved edits; None when not saved."""
        if self._invoice is None:
            return None
        if (
            not self.read_only
            and (self.form_state.dirty or self._invoice.id is None)
            and not self.save()
        ):
            return None
        return self._invoice.id

    def _pdf_maker(self) -> Callable[[], bytes] | None:
        """What makes the saved invoice's PDF (off the window's thread); None when not saved."""
        invoice_id = self._saved_id()
        if invoice_id is None:
            return None
        db = self._db

        def make() -> bytes:
            from kundbok.services.pdf import invoice_pdf  # reportlab loads off the GUI thread

            return invoice_pdf(db, invoice_id)

        return make

    def save_pdf(self) -> None:
        """Save the invoice as a PDF file the user names."""
        if self._invoice is None:
            return
        path = ask_pdf_path(self, self._invoice.number)
        make = self._pdf_maker() if path else None
        if path is not None and make is not None:
            write_pdf(self, path, make)

    def print_invoice(self) -> None:
        """Print the very pages of the PDF through Qt's print dialog."""
        make = self._pdf_maker()
        if make is not None:
            print_with_dialog(self, lambda _control: [make()])

    def preview_invoice(self) -> None:
        """Show the pages as they will print."""
        make = self._pdf_maker()
        if make is not None:
            preview(self, lambda _control: [make()])

    def send_email(self) -> None:
        """E-mail the issued invoice, to an address the user may edit; asks before a resend."""
        invoice = self._invoice
        if invoice is None or invoice.id is None or invoice.number is None:
            return
        invoice_id = invoice.id

        def sent(outcome: InvoiceSendOutcome) -> None:
            # The main window hears of it as of a save: the list shows the invoice as sent.
            if outcome.sent:
                self._shown(get_invoice(self._db, invoice_id))

        send_one_invoice(
            self, self._db, invoice_id, invoice.number, invoice.sent_at is not None, sent
        )

    def credit(self) -> None:
        """Credit the whole invoice, after asking."""
        invoice = self._invoice
        if invoice is None or invoice.id is None:
            return
        if not confirm_credit(self, invoice.number):
            return
        invoice_id = invoice.id
        self._shown(
            attempt(
                self,
                QCoreApplication.translate("InvoiceEditor", "Credit invoice"),
                lambda: create_credit_note(self._db, invoice_id),
            )
        )

    def mark_paid(self, paid: dt.date | None = None) -> None:
        """Record the payment (or, for a credit note, the refund) of the invoice."""
        invoice = self._invoice
        if invoice is None or invoice.id is None:
            return
        invoice_id, paid_date = invoice.id, paid or dt.date.today()
        self._shown(
            attempt(
                self,
                QCoreApplication.translate("InvoiceEditor", "Mark paid"),
                lambda: mark_paid(self._db, invoice_id, paid_date),
            )
        )

    def register_payment(self) -> None:
        """Open the payment dialog for the invoice; show the invoice as its payments left it."""
        invoice = self._invoice
        if invoice is None or invoice.id is None:
            return
        invoice_id = invoice.id
        dialog = PaymentDialog(self, self._db, invoice_id)
        dialog.exec()
        self._shown(
            attempt(
                self,
                QCoreApplication.translate("InvoiceEditor", "Payment"),
                lambda: get_invoice(self._db, invoice_id),
            )
        )
