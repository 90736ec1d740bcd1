"""What every part of an invoice page shares: fonts, styles, number formats, the context of the
invoice being drawn, and the page's header and footer."""

from __future__ import annotations

import datetime as dt
import io
import threading
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from kundbok.domain.identifiers import (
    format_bankgiro,
    format_iban,
    format_org_or_personal,
    format_plusgiro,
)
from kundbok.domain.invoice import InvoiceDetails
from kundbok.domain.invoicing import Totals
from kundbok.domain.money import format_amount, format_number
from kundbok.domain.postal_address import format_postcode
from kundbok.services.pdf.labels import LABELS, labels_for
from kundbok.services.pdf.reminder_labels import reminder_labels_for
from kundbok.services.settings import CompanySettings

FONT, BOLD = "KundbokSans", "KundbokSans-Bold"
_fonts_lock = threading.Lock()
GREY = colors.HexColor("#5f6b76")
LINE_GREY = colors.HexColor("#c9d1d9")
ACCENT = colors.HexColor("#2c5d8f")
MARGIN = 18 * mm


def register_fonts() -> None:
    """Make the bundled DejaVu fonts known to reportlab, once per process. Thread-safe: PDFs are
    made on worker threads (the preview, a batch of e-mails), and a thread that found the
    regular face registered must not go on before the bold one is."""
    with _fonts_lock:
        if BOLD in pdfmetrics.getRegisteredFontNames():
            return
        folder = resources.files("kundbok.resources") / "fonts"
        pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))


def money(amount: Decimal, language: str) -> str:
    """ "1 234,50" in Swedish, "1,234.50" in English; exact, from the Decimal's digits."""
    return format_amount(amount, "sv" if language == "sv" else "en")


def number(value: Decimal, language: str) -> str:
    """A quantity or a rate without trailing zeros, with the language's decimal sign."""
    return format_number(value, "sv" if language == "sv" else "en")


def day(value: dt.date | None) -> str:
    """A date as printed (ISO 8601, as Swedish invoices write it), or nothing."""
    return value.isoformat() if value else ""


def escape(text: str) -> str:
    """Text as a paragraph shows it literally (reportlab reads markup)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def lines_text(text: str) -> str:
    """Several lines of text as one paragraph with its line breaks kept."""
    return "<br/>".join(escape(line) for line in text.splitlines())


def _styles() -> dict[str, ParagraphStyle]:
    # splitLongWords: a word wider than its cell breaks rather than overflowing it.
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11.5, splitLongWords=1)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, textColor=GREY),
        "bold": ParagraphStyle("bold", parent=base, fontName=BOLD),
        "right": ParagraphStyle("right", parent=base, alignment=2),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=18, leading=22),
        "note": ParagraphStyle("note", parent=base, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
    }


@dataclass(frozen=True)
class Sheet:
    """The invoice being drawn and everything its parts need to draw it."""

    invoice: InvoiceDetails
    company: CompanySettings
    totals: Totals
    credited_number: int | None
    language: str
    labels: dict[str, str]
    styles: dict[str, ParagraphStyle]

    @classmethod
    def of(
        cls, invoice: InvoiceDetails, company: CompanySettings, credited_number: int | None
    ) -> Sheet:
        """The sheet of an invoice, in its customer's language."""
        language = invoice.language if invoice.language in LABELS else "sv"
        return cls(
            invoice,
            company,
            invoice.totals(),
            credited_number,
            language,
            labels_for(language),
            _styles(),
        )

    @property
    def is_credit_note(self) -> bool:
        return self.invoice.kind == "credit_note"

    @property
    def title(self) -> str:
        """ "Faktura", "Kreditfaktura", "Räntefaktura", marked when it is still a draft."""
        title = self.labels["credit_note" if self.is_credit_note else "invoice"]
        if self.invoice.interest_for_invoice_id is not None:
            title = reminder_labels_for(self.language)["interest_invoice"]
        if self.invoice.state == "draft":
            title = f"{title} – {self.labels['draft']}"
        return title

    @property
    def number_label(self) -> str:
        """What the number in the header is: "Fakturanummer", "Kreditfakturanummer"."""
        return self.labels["credit_number" if self.is_credit_note else "number"]

    @property
    def date_label(self) -> str:
        """What the date in the header is: "Fakturadatum"."""
        return self.labels["date"]

    def money(self, amount: Decimal) -> str:
        """An amount in the invoice's language."""
        return money(amount, self.language)

    def number(self, value: Decimal) -> str:
        """A quantity or rate in the invoice's language."""
        return number(value, self.language)

    def paragraph(self, text: str, style: str = "base") -> Paragraph:
        """Plain text (not markup) as a paragraph that wraps, long words included."""
        return Paragraph(lines_text(text), self.styles[style])


class NumberedCanvas(Canvas):
    """A canvas that knows the page count when it draws "page x of y": pages are kept until
    the document is saved, then each gets its footer."""

    def __init__(
        self, *args: Any, draw_footer: Callable[[Canvas, int], None], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._draw_footer = draw_footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        # A private method of reportlab's Canvas, left out of its stubs: it starts a fresh
        # page without writing the kept one.
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(self, total)
            super().showPage()
        super().save()


def draw_header(sheet: Sheet, canvas: Canvas) -> None:
    """Our logo or name on the left; title, number and date on the right: on every page."""
    width, height = A4
    invoice, company = sheet.invoice, sheet.company
    canvas.saveState()
    top = height - MARGIN
    if company.logo:
        try:
            image = ImageReader(io.BytesIO(company.logo))
            w, h = image.getSize()
            scale = min(45 * mm / w, 18 * mm / h)
            canvas.drawImage(
                image, MARGIN, top - h * scale + 4 * mm, w * scale, h * scale, mask="auto"
            )
        except (OSError, ValueError):
            pass  # a broken logo never stops an invoice
    else:
        canvas.setFont(BOLD, 14)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN, top, company.name or "")
    canvas.setFillColor(colors.black)
    canvas.setFont(BOLD, 16)
    canvas.drawRightString(width - MARGIN, top, sheet.title)
    canvas.setFont(FONT, 9)
    if invoice.number is not None:
        canvas.drawRightString(
            width - MARGIN, top - 6 * mm, f"{sheet.number_label}: {invoice.number}"
        )
    canvas.drawRightString(
        width - MARGIN, top - 10.5 * mm, f"{sheet.date_label}: {day(invoice.invoice_date)}"
    )
    canvas.restoreState()


def _joined(parts: tuple[str, ...] | list[str], separator: str = " · ") -> str:
    return separator.join(part for part in parts if part)


def draw_footer(sheet: Sheet, canvas: Canvas, total_pages: int) -> None:
    """Our address, identifiers and accounts, and "page x of y", at the foot of every page."""
    width, _ = A4
    company, labels = sheet.company, sheet.labels
    canvas.saveState()
    canvas.setStrokeColor(LINE_GREY)
    canvas.line(MARGIN, 24 * mm, width - MARGIN, 24 * mm)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(GREY)
    place = _joined((format_postcode(company.postcode, company.country), company.city), " ")
    address = _joined((company.street, place), ", ")
    first = _joined((company.name, address, company.phone, company.email, company.website))
    ids = [
        f"{labels['org_number']} {format_org_or_personal(company.org_number)}"
        if company.org_number
        else "",
        f"{labels['vat_number']} {company.vat_number}" if company.vat_number else "",
        labels["f_tax"] if company.f_tax else "",
    ]
    pay = [
        f"{labels['bankgiro']} {format_bankgiro(company.bankgiro)}" if company.bankgiro else "",
        f"{labels['plusgiro']} {format_plusgiro(company.plusgiro)}" if company.plusgiro else "",
        f"{labels['iban']} {format_iban(company.iban)}" if company.iban else "",
        f"{labels['bic']} {company.bic}" if company.bic else "",
    ]
    canvas.drawString(MARGIN, 19.5 * mm, first)
    canvas.drawString(MARGIN, 15.5 * mm, _joined(ids))
    canvas.drawString(MARGIN, 11.5 * mm, _joined(pay))
    canvas.drawRightString(
        width - MARGIN,
        11.5 * mm,
        labels["page"].format(page=canvas.getPageNumber(), pages=total_pages),
    )
    canvas.restoreState()
