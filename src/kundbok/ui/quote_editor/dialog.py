"""The quote editor: a non-modal window to write a quote, send it, note the customer's answer
and invoice it, whole or in parts.

It takes the invoice editor's shared parts (`LinesEditor`, `PreviewPane`, `PreviewSplitter`)
with a header of its own (`QuoteHeader`: valid-until, no due date or OCR), its own PDF source
and its own buttons (`QuoteActions`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from kundbok.db.session import Database
from kundbok.domain.invoicing import vat_rate_for, vat_rates_on
from kundbok.domain.quote import QuoteDetails, can_edit
from kundbok.services.quote_queries import get_quote, quote_parts
from kundbok.services.quotes import save_quote, start_quote
from kundbok.ui.accessibility import name_controls
from kundbok.ui.conflict_dialog import attempt_save
from kundbok.ui.editor_keys import give_shortcuts, no_default_button
from kundbok.ui.errors import attempt
from kundbok.ui.form_state import FormState
from kundbok.ui.formatting import display_money
from kundbok.ui.invoice_editor.line_pricing import LinePricing
from kundbok.ui.invoice_editor.lines_editor import LinesEditor
from kundbok.ui.invoice_editor.preview_pane import PreviewPane, PreviewSplitter
from kundbok.ui.invoice_editor.totals import totals_html
from kundbok.ui.quote_editor.actions import QuoteActions
from kundbok.ui.quote_editor.header import QuoteHeader
from kundbok.ui.quote_editor.pdf_source import QuotePdfSource
from kundbok.ui.quote_status import quote_status_text
from kundbok.ui.screen_fit import resize_to_fit
from kundbok.ui.status_note import tell_main_window


class QuoteEditor(QDialog):
    """Offert: the customer's quote, its lines and totals as you type, and what comes next."""

    saved = Signal(int)  # the quote's id after a save, an answer, a sending or a part invoiced
    invoice_made = Signal(int)  # the id of a part invoice made from the quote

    def __init__(
        self,
        db: Database,
        customer_id: int | None = None,
        quote_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quote_editor")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._db = db
        self._quote: QuoteDetails | None = None
        self.form_state = FormState()
        self._build()
        self.lines.set_new_line(vat_rate_for("standard", dt.date.today()), Decimal(0))
        if quote_id is not None:
            self._show(get_quote(db, quote_id))
        elif customer_id is not None:
            self._start(customer_id)
        no_default_button(self)
        name_controls(self)

    def _build(self) -> None:
        # The header is made first, so that Tab goes from it to the lines, as they stand.
        self.header = QuoteHeader(self)
        self.header.edited.connect(self._edited)
        self.header.quote_date_changed.connect(self._quote_date_changed)
        self.pricing = LinePricing(self._db)  # a quote prices its lines as an invoice does
        self.lines = LinesEditor(self.pricing, self, self.pricing.article_choices)
        self.lines.field_text.setPlaceholderText(self.tr("Text printed on the quote"))
        self.lines.edited.connect(self._edited)
        self.quote_actions = QuoteActions(self._db, self)
        self.quote_actions.copied.connect(self._open_copy)
        give_shortcuts(self, self.quote_actions.buttons)
        self.parts = QLabel(self)
        self.parts.setObjectName("quote_parts")
        self.parts.setWordWrap(True)
        self.preview = PreviewPane(QuotePdfSource(self._db, self.current_quote), self)
        form = QWidget(self)
        splitter = PreviewSplitter(form, self.preview, self)
        self.lines.add_to_buttons(splitter.toggle)
        layout = QVBoxLayout(form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.lines)
        layout.addWidget(self.parts)
        layout.addWidget(self.quote_actions.bar)
        QVBoxLayout(self).addWidget(splitter)
        resize_to_fit(self, 1500, 800)

    def _open_copy(self, quote_id: int) -> None:
        editor = open_quote_editor(self._db, quote_id=quote_id, parent=self.parentWidget())
        if editor is not None:
            self.quote_actions.opened.append(editor)

    def _quote_date_changed(self, day: dt.date) -> None:
        self.lines.set_vat_rates(vat_rates_on(day))
        self.pricing.day = day
        self.lines.model.reprice()

    def _start(self, customer_id: int) -> None:
        start = attempt(self, self.tr("Quote"), lambda: start_quote(self._db, customer_id))
        if start is None:
            return
        if not start.customer_active and not self._confirm_passive(start.quote.body.buyer_name):
            return
        self.pricing.discount = start.discount_percent
        self.lines.set_new_line(start.vat_rate, start.discount_percent)
        self._show(start.quote)
        self.header.show_alert(start.alert_text)
        self.form_state.dirty = True
        self._update_state()

    # --- showing -----------------------------------------------------------------------------

    def _show(self, quote: QuoteDetails) -> None:
        with self.form_state.loading():
            self._quote = quote
            self.header.show_quote(quote, quote_status_text(quote.status(dt.date.today())))
            self.lines.set_vat_rates(vat_rates_on(quote.quote_date))
            self.pricing.customer_id = quote.customer_id
            self.pricing.day = quote.quote_date
            self.lines.show_lines(quote.body.lines, quote.body.text, can_edit(quote.state))
            self._refresh_totals()
        self._show_parts(quote)
        self._update_state()
        self.preview.document_shown()

    def _show_parts(self, quote: QuoteDetails) -> None:
        if quote.id is None or quote.billed == 0:
            self.parts.setText("")
            return
        rows = quote_parts(self._db, quote.id)
        parts = ", ".join(
            self.tr("part {part}: invoice {number} ({amount})").format(
                part=part.part,
                number=part.number or self.tr("draft"),
                amount=display_money(part.amount)
                if part.state != "credited"
                else self.tr("credited"),
            )
            for part in rows
        )
        self.parts.setText(
            self.tr("Invoiced {billed}, remaining {left} (excl. VAT) — {parts}").format(
                billed=display_money(quote.billed),
                left=display_money(quote.remaining),
                parts=parts,
            )
        )

    @property
    def quote(self) -> QuoteDetails | None:
        """The quote as last shown (None when the customer was refused)."""
        return self._quote

    @property
    def read_only(self) -> bool:
        return self._quote is not None and not can_edit(self._quote.state)

    def current_quote(self) -> QuoteDetails | None:
        """The quote as the editor holds it now."""
        if self._quote is None or self.read_only:
            return self._quote
        quote = self.header.apply(self._quote)
        body = replace(quote.body, lines=self.lines.lines(), text=self.lines.text())
        return replace(quote, body=body)

    def _refresh_totals(self) -> None:
        quote = self.current_quote()
        self.lines.show_totals(totals_html(quote.dated_body()) if quote is not None else "")

    def _edited(self, *_args: object) -> None:
        self._refresh_totals()
        if self.form_state.edited():
            self._update_state()
            self.preview.document_edited()

    def _update_state(self) -> None:
        editable = not self.read_only
        self.header.set_editable(editable)
        self.lines.set_editable(editable)
        self.quote_actions.update_for(self._quote, self.form_state.dirty)
        quote = self._quote
        number = quote.number if quote is not None and quote.number is not None else None
        title = self.tr("Quote {number}").format(number=number) if number else self.tr("New quote")
        self.setWindowTitle(f"{title}{' *' if self.form_state.dirty and editable else ''}")

    # --- saving --------------------------------------------------------------------------------

    def show_result(self, quote: QuoteDetails | None) -> bool:
        """Show what a service returned and tell who listens; False when it refused."""
        if quote is None or quote.id is None:
            return False
        self._show(quote)
        self.saved.emit(quote.id)
        tell_main_window(self, f"{self.windowTitle()}: {self.header.status.text()}")
        return True

    def save(self) -> bool:
        """Save the quote (a new one gets its number); returns whether it was saved."""
        quote = self.current_quote()
        if quote is None or self.read_only:
            return False
        return self.show_result(
            attempt_save(
                self,
                self.tr("Not saved"),
                lambda: save_quote(self._db, quote),
                lambda current: self._show(cast(QuoteDetails, current)),
                self.tr("The quote now shows what is saved; make your changes again."),
            )
        )

    def saved_quote_id(self) -> int | None:
        """The id of the quote as saved now, saving edits first; None when it was not saved."""
        if self._quote is None:
            return None
        edited = self.form_state.dirty or self._quote.id is None
        if not self.read_only and edited and not self.save():
            return None
        return self._quote.id

    def _confirm_passive(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Passive customer"),
            self.tr("{name} is passive. Make a quote for the customer anyway?").format(name=name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.form_state.dirty and not self.read_only and self._quote is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("The quote has changes that are not saved. Save them?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        event.accept()

    def reject(self) -> None:
        self.close()  # Escape asks about unsaved changes too, as the card does


def open_quote_editor(
    db: Database,
    customer_id: int | None = None,
    quote_id: int | None = None,
    parent: QWidget | None = None,
) -> QuoteEditor | None:
    """Open the editor for a new quote for a customer, or an existing quote; None when the
    customer was refused (blocked) or the user declined (passive)."""
    editor = QuoteEditor(db, customer_id, quote_id, parent)
    if editor.quote is None:
        editor.deleteLater()
        return None
    editor.show()
    return editor
