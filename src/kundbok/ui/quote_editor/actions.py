"""What the quote editor does with the quote: save, PDF, print, preview, e-mail, the customer's
answer, a copy, and invoicing it. Buttons enabled by the quote's life cycle.

It knows the editor only as an `EditedQuote`. Rendering and e-mailing run off the window's
thread (`ui/background.py`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from kundbok.db.session import Database
from kundbok.domain.quote import QuoteDetails, QuoteState, QuoteStatus, can_answer, can_edit
from kundbok.i18n import error_text
from kundbok.services.quote_invoicing import invoice_quote
from kundbok.services.quote_queries import get_quote, quote_billing
from kundbok.services.quotes import accept_quote, copy_quote, decline_quote
from kundbok.ui.background import run_task
from kundbok.ui.credit_warning import accept_invoice_credit
from kundbok.ui.errors import attempt
from kundbok.ui.invoice_editor.output import ask_pdf_path, write_pdf
from kundbok.ui.print_jobs import preview, print_with_dialog
from kundbok.ui.send_invoice_dialog import RecipientDialog, with_mail_password


class EditedQuote(Protocol):
    """What the actions need of the editor that holds the quote."""

    @property
    def quote(self) -> QuoteDetails | None: ...

    def save(self) -> bool: ...

    def saved_quote_id(self) -> int | None: ...

    def show_result(self, quote: QuoteDetails | None) -> bool: ...


class QuoteActions(QObject):
    """The editor's buttons and what they do; dialogs open over `window`."""

    copied = Signal(int)  # the id of a new quote copied from this one

    def __init__(self, db: Database, window: QWidget) -> None:
        super().__init__(window)
        self._db = db
        self._window = window
        self.opened: list[QWidget] = []  # windows opened from here, kept while open
        self.bar = QWidget(window)
        layout = QHBoxLayout(self.bar)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("button_save", self.tr("Save"), self._save),
            ("button_save_pdf", self.tr("Save PDF…"), self.save_pdf),
            ("button_print", self.tr("Print…"), self.print_quote),
            ("button_preview", self.tr("Preview"), self.preview_quote),
            ("button_send_email", self.tr("Send by e-mail…"), self.send_email),
            ("button_accept_quote", self.tr("Accepted"), self.accept),
            ("button_decline_quote", self.tr("Declined"), self.decline),
            ("button_invoice_quote", self.tr("Invoice quote…"), self.invoice),
            ("button_copy_quote", self.tr("Copy quote"), self.copy),
        ):
            button = QPushButton(text, self.bar)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            layout.addWidget(button)
            self.buttons[name] = button
        layout.addStretch()

    @property
    def _editor(self) -> EditedQuote:
        return self._window  # type: ignore[return-value]

    def update_for(self, quote: QuoteDetails | None, dirty: bool) -> None:
        """Enable what may happen to the quote next."""
        today = dt.date.today()
        state = quote.state if quote is not None else None
        saved = quote is not None and quote.id is not None
        open_quote = state is not None and can_edit(state)
        enabled = {
            "button_save": quote is not None and open_quote,
            "button_save_pdf": quote is not None,
            "button_print": quote is not None,
            "button_preview": quote is not None,
            "button_send_email": quote is not None and state != QuoteState.DECLINED,
            "button_accept_quote": state is not None and can_answer(state),
            "button_decline_quote": state is not None and can_answer(state),
            "button_invoice_quote": saved
            and quote is not None
            and quote.status(today) in (QuoteStatus.ACCEPTED, QuoteStatus.INVOICED_IN_PART),
            "button_copy_quote": saved,
        }
        for name, on in enabled.items():
            self.buttons[name].setEnabled(on)

    def _save(self) -> None:
        self._editor.save()

    # --- the quote as a document ---------------------------------------------------------

    def _pdf_maker(self) -> Callable[[], bytes] | None:
        """What makes the saved quote's PDF (off the window's thread); None when not saved."""
        quote_id = self._editor.saved_quote_id()
        if quote_id is None:
            return None
        db = self._db

        def make() -> bytes:
            from kundbok.services.pdf.quote import quote_pdf  # reportlab loads when first used

            return quote_pdf(db, quote_id)

        return make

    def save_pdf(self) -> None:
        """Save the quote as a PDF file the user names."""
        quote = self._editor.quote
        if quote is None:
            return
        path = ask_pdf_path(self._window, quote.number)
        if path is None:
            return
        if path.name.startswith("Faktura"):
            path = path.with_name(f"Offert {quote.number}.pdf")
        make = self._pdf_maker()
        if make is not None:
            write_pdf(self._window, path, make)

    def print_quote(self) -> None:
        """Print the very pages of the PDF through Qt's print dialog."""
        make = self._pdf_maker()
        if make is not None:
            print_with_dialog(self._window, lambda _control: [make()])

    def preview_quote(self) -> None:
        """Show the pages as they will print."""
        make = self._pdf_maker()
        if make is not None:
            preview(self._window, lambda _control: [make()])

    def send_email(self) -> None:
        """E-mail the quote with its PDF, to an address the user may edit."""
        quote_id = self._editor.saved_quote_id()
        quote = self._editor.quote
        if quote_id is None or quote is None:
            return
        from kundbok.services.mail.quotes import quote_recipient, send_quote

        dialog = RecipientDialog(quote.number, quote_recipient(self._db, quote_id), self._window)
        dialog.setWindowTitle(self.tr("Send quote {number} by e-mail").format(number=quote.number))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        address = dialog.field_recipient.text().strip()
        db, title = self._db, self.tr("Send by e-mail")

        def sent(outcome: object) -> None:
            error = getattr(outcome, "error", None)
            if error is None:
                QMessageBox.information(
                    self._window, title, self.tr("Quote sent to {to}.").format(to=address)
                )
            else:
                QMessageBox.warning(self._window, title, error_text(error))
            self._editor.show_result(get_quote(db, quote_id))

        def send(password: str | None) -> None:
            run_task(
                self._window,
                lambda _control: send_quote(db, quote_id, password, address),
                sent,
                title=title,
                text=self.tr("Sending the quote…"),
                cancellable=False,  # one message: once the server has it, it is sent
            )

        with_mail_password(self._window, db, send)

    # --- the customer's answer, a copy, invoicing ------------------------------------------

    def accept(self) -> bool:
        """The customer accepted: the quote's lines are fixed and it may be invoiced."""
        quote_id = self._editor.saved_quote_id()
        quote = self._editor.quote
        if quote_id is None or quote is None:
            return False
        if not accept_invoice_credit(self._window, self._db, quote.dated_body()):
            return False  # past the credit limit, and the user stopped
        return self._editor.show_result(
            attempt(self._window, self.tr("Accepted"), lambda: accept_quote(self._db, quote_id))
        )

    def decline(self) -> bool:
        """The customer said no; the quote is kept, declined."""
        quote_id = self._editor.saved_quote_id()
        if quote_id is None:
            return False
        return self._editor.show_result(
            attempt(self._window, self.tr("Declined"), lambda: decline_quote(self._db, quote_id))
        )

    def copy(self) -> int | None:
        """A new quote with the same lines, dated today; `copied` says which, for the editor
        to open it in a window of its own."""
        quote = self._editor.quote
        if quote is None or quote.id is None:
            return None
        quote_id = quote.id
        copied = attempt(
            self._window, self.tr("Copy quote"), lambda: copy_quote(self._db, quote_id)
        )
        if copied is None or copied.id is None:
            return None
        self.copied.emit(copied.id)
        return copied.id

    def invoice(self) -> QWidget | None:
        """Fakturera offert: ask which part, make its invoice and open it in the invoice
        editor."""
        from kundbok.ui.quote_editor.invoice_dialog import QuoteInvoiceDialog

        quote = self._editor.quote
        if quote is None or quote.id is None:
            return None
        quote_id = quote.id
        dialog = QuoteInvoiceDialog(quote, quote_billing(self._db, quote_id), self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        made = attempt(
            self._window,
            self.tr("Invoice quote"),
            lambda: invoice_quote(
                self._db, quote_id, dialog.percent(), dialog.lines(), dialog.field_issue.isChecked()
            ),
        )
        if made is None or made.id is None:
            return None
        self._editor.show_result(get_quote(self._db, quote_id))
        from kundbok.ui.invoice_editor import open_invoice_editor

        invoice = open_invoice_editor(self._db, None, self._window.parentWidget(), made.id)
        if invoice is not None:
            self.opened.append(invoice)
        return invoice
