"""The invoice editor's parts on their own, as another document's editor (a quote) would take
them: the lines with their totals, the preview pane over a source of its own, and the actions on
a saved document through a fake editor."""

from __future__ import annotations

import io
from decimal import Decimal as D

from PySide6.QtWidgets import QWidget
from reportlab.pdfgen.canvas import Canvas

from kundbok.domain.invoice import LineDetails
from kundbok.ui.background import running_tasks
from kundbok.ui.invoice_editor.document_actions import InvoiceDocumentActions
from kundbok.ui.invoice_editor.lines_editor import LinesEditor
from kundbok.ui.invoice_editor.preview_pane import PreviewPane


class _NoArticles:
    """Pricing for a document with no article register: every line is typed."""

    def article(self, number, quantity):
        return None

    def repriced(self, line):
        return None

    def sources(self, lines):
        return [None] * len(lines)


def test_the_lines_editor_stands_alone(qtbot):
    lines = LinesEditor(_NoArticles())
    qtbot.addWidget(lines)
    lines.set_vat_rates([D(25), D(12), D(6), D(0)])
    lines.set_new_line(D(12), D(5))
    with qtbot.waitSignal(lines.edited):
        lines.add_line()
    assert lines.lines() == (LineDetails(vat_rate=D(12), discount_percent=D(5)),)
    lines.show_lines([LineDetails(description="Offererat arbete")], "Gäller i 30 dagar", False)
    assert [line.description for line in lines.lines()] == ["Offererat arbete"]
    assert lines.text() == "Gäller i 30 dagar"
    lines.set_editable(False)
    assert not lines.button_add_line.isEnabled() and lines.field_text.isReadOnly()
    lines.show_totals("<b>100</b>")
    assert "100" in lines.totals.text()


class _QuoteSource:
    """A document that is no invoice: one page saying what it is."""

    def __init__(self) -> None:
        self.forgotten = 0

    def builder(self):
        def build() -> bytes:
            buffer = io.BytesIO()
            canvas = Canvas(buffer)
            canvas.drawString(72, 720, "Offert 7")
            canvas.save()
            return buffer.getvalue()

        return build

    def forget(self) -> None:
        self.forgotten += 1


def test_the_preview_pane_shows_any_source(qtbot):
    source = _QuoteSource()
    pane = PreviewPane(source)
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.updated, timeout=10_000):
        pane.document_shown()
    assert source.forgotten == 1
    assert pane.pdf.startswith(b"%PDF") and pane.document.pageCount() == 1


class _UnsavedDocument:
    """An editor whose document cannot be saved: the actions must do nothing with it."""

    invoice = None

    def __init__(self) -> None:
        self.asked = 0

    def saved_invoice_id(self) -> int | None:
        self.asked += 1
        return None

    def show_result(self, invoice) -> bool:
        raise AssertionError("nothing to show")


def test_the_document_actions_ask_the_editor_for_the_saved_document(qtbot, db):
    window = QWidget()
    qtbot.addWidget(window)
    editor = _UnsavedDocument()
    actions = InvoiceDocumentActions(db, editor, window)
    actions.print_invoice()
    actions.preview_invoice()
    assert editor.asked == 2  # each asked for the saved state, and stopped without one
    actions.save_pdf()
    actions.send_email()
    assert editor.asked == 2 and running_tasks() == 0  # nothing to save or send: nothing run
