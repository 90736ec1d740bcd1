"""Quotes as PDF (reportlab, A4) in the customer's language: "Offert" / "Quotation".

The invoice's parts drawn for a quote: no payment slip, OCR number or payment QR (a quote is
not a bill), the valid-until date among the facts, and a ROT/RUT deduction marked preliminary.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, fields, replace
from functools import partial
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer, Table

from kundbok.db.session import Database
from kundbok.domain.quote import QuoteDetails
from kundbok.services.files import write_atomically
from kundbok.services.pdf import blocks
from kundbok.services.pdf.labels import LABELS
from kundbok.services.pdf.layout import (
    MARGIN,
    NumberedCanvas,
    Sheet,
    day,
    draw_footer,
    draw_header,
    register_fonts,
)
from kundbok.services.pdf.quote_labels import quote_labels_for
from kundbok.services.quote_queries import find_quote_id, get_quote
from kundbok.services.settings import CompanySettings, get_company


@dataclass(frozen=True)
class QuoteSheet(Sheet):
    """The invoice's sheet with a quote's title, number and date in the header."""

    quote: QuoteDetails

    @property
    def title(self) -> str:
        """ "Offert", "Quotation"."""
        return self.labels["quote"]

    @property
    def number_label(self) -> str:
        """ "Offertnummer"."""
        return self.labels["quote_number"]

    @property
    def date_label(self) -> str:
        """ "Offertdatum"."""
        return self.labels["quote_date"]


def quote_sheet(quote: QuoteDetails, company: CompanySettings) -> QuoteSheet:
    """The sheet of a quote: its body as an unnumbered draft (so no payment box is drawn),
    numbered in the header with the quote's number, with the quote's totals."""
    language = quote.body.language if quote.body.language in LABELS else "sv"
    stand_in = replace(quote.dated_body(), number=quote.number, kind="quote", language=language)
    base = Sheet.of(stand_in, company, None)
    labels = quote_labels_for(language)
    if not quote.body.rot_rut:
        labels["total"] = labels["total_plain"]
    return QuoteSheet(
        **{f.name: getattr(base, f.name) for f in fields(base)} | {"labels": labels},
        quote=quote,
    )


def _facts(sheet: QuoteSheet) -> Table:
    quote, labels = sheet.quote, sheet.labels
    return blocks.fact_table(
        sheet,
        [
            (labels["customer_number"], str(quote.body.buyer_number or "")),
            (labels["their_reference"], quote.body.their_reference),
            (labels["our_reference"], quote.body.our_reference),
            (labels["valid_until"], day(quote.valid_until)),
        ],
    )


def render_quote_pdf(quote: QuoteDetails, company: CompanySettings) -> bytes:
    """The quote as an A4 PDF document."""
    register_fonts()
    sheet = quote_sheet(quote, company)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=34 * mm,
        bottomMargin=30 * mm,
        title=f"{sheet.title} {quote.number or ''}".strip(),
        author=company.name,
        creator="Kundbok",
    )
    summary = blocks.summary(sheet)
    if quote.body.rot_rut:
        summary += [Spacer(1, 2 * mm), sheet.paragraph(sheet.labels["preliminary"], "note")]
    story: list[Flowable] = [
        blocks.addresses(sheet),
        Spacer(1, 6 * mm),
        _facts(sheet),
        Spacer(1, 6 * mm),
        blocks.line_table(sheet),
        Spacer(1, 4 * mm),
        KeepTogether(summary),
    ]
    if quote.body.text:
        story += [Spacer(1, 4 * mm), sheet.paragraph(quote.body.text, "note")]

    def header(canvas: Canvas, _document: SimpleDocTemplate) -> None:
        draw_header(sheet, canvas)

    document.build(
        story,
        onFirstPage=header,
        onLaterPages=header,
        canvasmaker=partial(NumberedCanvas, draw_footer=partial(draw_footer, sheet)),
    )
    return buffer.getvalue()


def quote_pdf(db: Database, quote_id: int) -> bytes:
    """Render a quote of the database."""
    return render_quote_pdf(get_quote(db, quote_id), get_company(db))


def save_quote_pdf(db: Database, number: int, path: Path) -> Path:
    """Write quote `number` to `path` as PDF, whole or not at all."""
    write_atomically(Path(path), quote_pdf(db, find_quote_id(db, number)))
    return Path(path)
