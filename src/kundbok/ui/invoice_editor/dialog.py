"""The invoice editor: a non-modal window to fill in, issue, print and save an invoice.

It is made of parts that each stand alone, so that another document (a quote) can take the ones
it shares: the header (`InvoiceHeader`: the customer, dates, references), the lines with their
text and totals (`LinesEditor`), the preview pane (`PreviewPane` over an `InvoicePdfSource`),
the buttons (`ActionBar`) and what is done with the saved invoice (`InvoiceDocumentActions`,
which knows the editor as an `EditedInvoice`). The editor holds the invoice and wires them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.invoice import (
    InvoiceDetails,
    can_delete,
    can_edit,
)
from kundbok.domain.invoicing import vat_rate_for, vat_rates_on
from kundbok.services.invoice_queries import get_invoice, invoice_row
from kundbok.services.invoices import (
    delete_draft,
    issue_invoice,
    save_draft,
    start_draft,
)
from kundbok.ui.accessibility import name_controls
from kundbok.ui.company_prompt import attempt_issue
from kundbok.ui.conflict_dialog import attempt_save
from kundbok.ui.credit_warning import accept_invoice_credit
from kundbok.ui.editor_keys import give_shortcuts, no_default_button
from kundbok.ui.einvoice_export import export_einvoice
from kundbok.ui.errors import attempt
from kundbok.ui.form_state import FormState
from kundbok.ui.invoice_editor.action_bar import ActionBar, window_title
from kundbok.ui.invoice_editor.document_actions import InvoiceDocumentActions
from kundbok.ui.invoice_editor.header import InvoiceHeader
from kundbok.ui.invoice_editor.line_pricing import LinePricing
from kundbok.ui.invoice_editor.lines_editor import LinesEditor
from kundbok.ui.invoice_editor.preview_pane import InvoicePdfSource, PreviewPane, PreviewSplitter
from kundbok.ui.invoice_editor.questions import (
    ask_save_changes,
    confirm_delete_draft,
    confirm_issue,
    confirm_passive_customer,
)
from kundbok.ui.invoice_editor.totals import totals_html
from kundbok.ui.screen_fit import resize_to_fit
from kundbok.ui.status_note import tell_main_window


class InvoiceEditor(QDialog):
    """Ny faktura: the customer chosen, lines from articles or free text, totals as you type."""

    saved = Signal(int)  # the invoice's id after a save, an issue, a payment
    deleted = Signal(int)  # the id of a draft that was deleted

    def __init__(
        self,
        db: Database,
        customer_id: int | None = None,
        invoice_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invoice_editor")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._db = db
        self._invoice: InvoiceDetails | None = None
        self.form_state = FormState()
        self._default_vat = vat_rate_for("standard", dt.date.today())
        self._build()
        self.lines.set_new_line(self._default_vat, Decimal(0))
        self._invoice_date_changed(dt.date.today())
        if invoice_id is not None:
            self._show(get_invoice(db, invoice_id))
        elif customer_id is not None:
            self.choose_customer(customer_id)
        self._update_state()
        no_default_button(self)
        name_controls(self)

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.header = InvoiceHeader(self._db, self)
        self.header.customer_chosen.connect(self.choose_customer)
        self.header.edited.connect(self._lines_changed)
        self.header.invoice_date_changed.connect(self._invoice_date_changed)
        self.header.exchange_rate_recorded.connect(self.show_result)
        self.pricing = LinePricing(self._db)
        self.lines = LinesEditor(self.pricing, self, self.pricing.article_choices)
        self.lines.edited.connect(self._lines_changed)
        self.documents = InvoiceDocumentActions(self._db, self, self)
        documents = self.documents
        self.action_bar = ActionBar(
            self,
            {
                "button_save": self.save,
                "button_issue": self.issue,
                "button_save_pdf": documents.save_pdf,
                "button_print": documents.print_invoice,
                "button_preview": documents.preview_invoice,
                "button_credit": documents.credit,
                "button_mark_paid": documents.mark_paid,
                "button_payment": documents.register_payment,
                "button_delete_draft": self.delete_draft,
                "button_send_email": documents.send_email,
                "button_export_einvoice": lambda: export_einvoice(self, self._db, self._invoice),
            },
        )
        give_shortcuts(self, self.action_bar.buttons)
        self.preview = PreviewPane(InvoicePdfSource(self._db, self.current_invoice), self)
        form = QWidget(self)
        splitter = PreviewSplitter(form, self.preview, self)
        self.lines.add_to_buttons(splitter.toggle)
        layout = QVBoxLayout(form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.lines)
        layout.addWidget(self.action_bar)
        QVBoxLayout(self).addWidget(splitter)
        resize_to_fit(self, 1500, 800)

    # --- customer --------------------------------------------------------------------------

    def choose_customer(self, customer_id: int) -> bool:
        """Fill the invoice from a customer's card; a blocked one is refused, a passive one
        asked about, and the customer's alert text is shown."""
        start = attempt(self, self.tr("Invoice"), lambda: start_draft(self._db, customer_id))
        if start is None:
            return False
        if not start.customer_active and not confirm_passive_customer(
            self, start.invoice.buyer_name
        ):
            return False
        if start.vat_rate is not None:
            self._default_vat = start.vat_rate
        self.pricing.discount = start.discount_percent
        self.lines.set_new_line(self._default_vat, start.discount_percent)
        current = self._invoice
        self._show(
            replace(
                start.invoice,
                id=current.id if current else None,
                lines=self.lines.lines() if current else (),
            )
        )
        self.header.show_alert(start.alert_text)
        self.header.show_rate_offer(start.exchange_rate_from)
        self._mark_dirty()
        return True

    # --- showing -----------------------------------------------------------------------------

    def _show(self, invoice: InvoiceDetails) -> None:
        with self.form_state.loading():
            self._invoice = invoice
            self.header.show_invoice(invoice)
            self.pricing.customer_id = invoice.customer_id
            self.lines.show_lines(invoice.lines, invoice.text, can_edit(invoice))
            self._refresh_totals()
        self._update_state()
        self.preview.document_shown()

    # --- editing ---------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self._invoice is not None and not can_edit(self._invoice)

    def _lines_changed(self, *_args: object) -> None:
        self._refresh_totals()  # also for the header: ROT/RUT changes the sum to pay
        self._mark_dirty()

    def current_invoice(self) -> InvoiceDetails | None:
        """The invoice as the editor holds it now."""
        if self._invoice is None:
            return None
        if self.read_only:
            return self._invoice
        return replace(
            self.header.apply(self._invoice),
            text=self.lines.text(),
            lines=self.lines.lines(),
        )

    def _refresh_totals(self) -> None:
        invoice = self.current_invoice()
        self.lines.show_totals(totals_html(invoice) if invoice is not None else "")

    def _invoice_date_changed(self, day: dt.date) -> None:
        self.lines.set_vat_rates(vat_rates_on(day))
        self.pricing.day = day
        self.lines.model.reprice()

    def _mark_dirty(self, *_args: object) -> None:
        if self.form_state.edited():
            self._update_state()
            self.preview.document_edited()

    def _update_state(self) -> None:
        invoice = self._invoice
        editable = not self.read_only
        self.header.set_editable(editable)
        self.lines.set_editable(editable)
        issued = None  # a draft's status needs no query on each edit
        if invoice is not None and invoice.id is not None and invoice.number is not None:
            issued = invoice_row(self._db, invoice.id)
        self.action_bar.update_for(invoice, issued)
        self.setWindowTitle(window_title(invoice, self.form_state.dirty and editable))

    # --- actions ---------------------------------------------------------------------------

    def show_result(self, invoice: InvoiceDetails | None) -> bool:
        """Show what a service returned and tell the main window; False when it refused."""
        if invoice is None or invoice.id is None:
            return False
        self._show(invoice)
        self.saved.emit(invoice.id)
        # Saved, issued, sent or paid: the invoice and its state in words in the status bar.
        state = self.action_bar.state_label.text()
        tell_main_window(self, f"{window_title(invoice, unsaved=False)}: {state}")
        return True

    def save(self) -> bool:
        """Save the draft; returns whether it was saved."""
        invoice = self.current_invoice()
        if invoice is None or self.read_only:
            return False
        return self.show_result(
            attempt_save(
                self,
                self.tr("Not saved"),
                lambda: save_draft(self._db, invoice),
                lambda current: self._show(cast(InvoiceDetails, current)),
                self.tr("The draft now shows what is saved; make your changes again."),
            )
        )

    def issue(self) -> bool:
        """Save and issue: the invoice gets its number and can no longer be changed."""
        if not self.save() or self._invoice is None or self._invoice.id is None:
            return False
        if not accept_invoice_credit(self, self._db, self._invoice) or not confirm_issue(self):
            return False
        invoice_id = self._invoice.id
        return self.show_result(
            attempt_issue(self, self._db, lambda: issue_invoice(self._db, invoice_id))
        )

    def delete_draft(self) -> bool:
        """Delete the saved draft, after asking, and close the editor."""
        invoice = self._invoice
        if invoice is None or invoice.id is None or not can_delete(invoice):
            return False
        if not confirm_delete_draft(self):
            return False
        invoice_id = invoice.id

        def delete() -> bool:
            delete_draft(self._db, invoice_id, invoice.version)
            return True

        if not attempt(self, self.tr("Delete draft"), delete):
            return False
        self.form_state.dirty = False
        self.deleted.emit(invoice_id)
        self.close()
        return True

    def saved_invoice_id(self) -> int | None:
        """The id of the invoice as saved now, saving an edited draft first; None when there
        is none or the save was refused."""
        if self._invoice is None:
            return None
        edited = self.form_state.dirty or self._invoice.id is None
        if not self.read_only and edited and not self.save():
            return None
        return self._invoice.id

    @property
    def invoice(self) -> InvoiceDetails | None:
        """The invoice as last shown (None before a customer is chosen)."""
        return self._invoice

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.form_state.dirty and not self.read_only and self._invoice is not None:
            answer = ask_save_changes(self)
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        event.accept()

    def reject(self) -> None:
        self.close()  # Escape asks about unsaved changes too, as the card does


def open_invoice_editor(
    db: Database,
    customer_id: int | None,
    parent: QWidget | None = None,
    invoice_id: int | None = None,
) -> InvoiceEditor | None:
    """Open the editor for a new invoice (customer chosen if given) or an existing one."""
    editor = InvoiceEditor(db, customer_id, invoice_id, parent)
    if customer_id is not None and editor.invoice is None:
        editor.deleteLater()
        return None  # the customer was refused (blocked) or the user declined
    editor.show()
    return editor
