"""Invoices as PDF (reportlab, A4) in Swedish or English, by the customer's language.

Rendering works on plain values only; `save_invoice_pdf` reads them and writes the file whole
or not at all.
"""

from __future__ import annotations

import io
from functools import partial
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer

from kundbok.db.session import Database
from kundbok.domain.invoice import InvoiceDetails
from kundbok.services.files import write_atomically
from kundbok.services.invoice_queries import find_invoice_id, get_invoice, invoice_pdf_context
from kundbok.services.pdf import blocks
from kundbok.services.pdf.layout import (
    MARGIN,
    NumberedCanvas,
    Sheet,
    draw_footer,
    draw_header,
    register_fonts,
)
from kundbok.services.settings import CompanySettings


def render_invoice_pdf(
    invoice: InvoiceDetails, company: CompanySettings, credited_number: int | None = None
) -> bytes:
    """The invoice as an A4 PDF document."""
    register_fonts()
    sheet = Sheet.of(invoice, company, credited_number)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=34 * mm,
        bottomMargin=30 * mm,
        title=f"{sheet.title} {invoice.number or ''}".strip(),
        author=company.name,
        creator="Kundbok",
    )
    story: list[Flowable] = [
        blocks.addresses(sheet),
        Spacer(1, 6 * mm),
        blocks.facts(sheet),
        Spacer(1, 6 * mm),
        blocks.line_table(sheet),
        Spacer(1, 4 * mm),
        KeepTogether(blocks.summary(sheet)),
    ]
    if invoice.text:
        story += [Spacer(1, 4 * mm), sheet.paragraph(invoice.text, "note")]

    def header(canvas: Canvas, _document: SimpleDocTemplate) -> None:
        draw_header(sheet, canvas)

    document.build(
        story,
        onFirstPage=header,
        onLaterPages=header,
        canvasmaker=partial(NumberedCanvas, draw_footer=partial(draw_footer, sheet)),
    )
    return buffer.getvalue()


def invoice_pdf(db: Database, invoice_id: int) -> bytes:
    """Render an invoice (or draft) of the database."""
    invoice = get_invoice(db, invoice_id)
    return render_invoice_pdf(invoice, *invoice_pdf_context(db, invoice))


def issued_invoice_pdf(db: Database, number_: int) -> bytes:
    """The PDF of the issued invoice or credit note `number_` (drafts have no number)."""
    return invoice_pdf(db, find_invoice_id(db, number_))


def save_invoice_pdf(db: Database, number_: int, path: Path) -> Path:
    """Write the issued invoice `number_` to `path` as PDF, whole or not at all."""
    data = issued_invoice_pdf(db, number_)
    write_atomically(Path(path), data)
    return Path(path)
