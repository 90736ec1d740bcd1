"""Invoices as PDF (reportlab, A4) in Swedish or English, by the customer's language.

Rendering works on plain values only; `save_invoice_pdf` reads them and writes the file whole
or not at all. The invoice's language follows the customer, not the program, so its labels live
here rather than in the program's translation catalogue.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from kundbok.db.session import Database
from kundbok.domain.identifiers import (
    format_bankgiro,
    format_iban,
    format_org_or_personal,
    format_plusgiro,
    format_postcode,
)
from kundbok.domain.invoice import InvoiceDetails
from kundbok.domain.invoicing import line_amount
from kundbok.services.files import write_atomically
from kundbok.services.invoice_queries import find_invoice_id, get_invoice
from kundbok.services.settings import CompanySettings, get_company

FONT, BOLD = "KundbokSans", "KundbokSans-Bold"
NBSP = "\u00a0"  # keeps "1 234,50" on one line
LABELS = {
    "sv": {
        "invoice": "Faktura",
        "credit_note": "Kreditfaktura",
        "draft": "UTKAST",
        "number": "Fakturanummer",
        "credit_number": "Kreditfakturanummer",
        "date": "Fakturadatum",
        "due": "Förfallodatum",
        "delivery": "Leveransdatum",
        "customer_number": "Kundnummer",
        "their_reference": "Er referens",
        "our_reference": "Vår referens",
        "terms": "Betalningsvillkor",
        "days": "dagar netto",
        "interest": "Dröjsmålsränta",
        "ocr": "OCR-nummer",
        "buyer": "Fakturaadress",
        "delivery_address": "Leveransadress",
        "article": "Art.nr",
        "description": "Benämning",
        "quantity": "Antal",
        "unit": "Enhet",
        "price": "À-pris",
        "discount": "Rabatt",
        "vat": "Moms",
        "amount": "Belopp",
        "net": "Summa exkl. moms",
        "vat_on": "Moms {rate} %",
        "vat_base": "på {base}",
        "rounding": "Öresutjämning",
        "total": "Att betala",
        "total_credit": "Att återbetala",
        "bankgiro": "Bankgiro",
        "plusgiro": "Plusgiro",
        "iban": "IBAN",
        "bic": "BIC",
        "org_number": "Org.nr",
        "vat_number": "Momsreg.nr",
        "f_tax": "Godkänd för F-skatt",
        "buyer_vat": "Köparens momsreg.nr",
        "reverse_charge": "Omvänd betalningsskyldighet (reverse charge), "
        "artikel 196 i direktiv 2006/112/EG.",
        "credits": "Krediterar faktura {number}",
        "page": "Sida {page} av {pages}",
        "rot": "ROT-avdrag",
        "rut": "RUT-avdrag",
        "labour": "Arbetskostnad inkl. moms",
        "material": "Material och övrigt",
        "deduction": "Skattereduktion som begärs",
        "personal_number": "Personnummer",
        "property": "Fastighetsbeteckning",
        "housing": "Bostadsrättsförening (org.nr)",
        "apartment": "Lägenhetsnummer",
        "phone": "Telefon",
        "email": "E-post",
        "pay_to": "Betalning",
        "total_before": "Summa inkl. moms",
    },
    "en": {
        "invoice": "Invoice",
        "credit_note": "Credit note",
        "draft": "DRAFT",
        "number": "Invoice number",
        "credit_number": "Credit note number",
        "date": "Invoice date",
        "due": "Due date",
        "delivery": "Delivery date",
        "customer_number": "Customer number",
        "their_reference": "Your reference",
        "our_reference": "Our reference",
        "terms": "Payment terms",
        "days": "days net",
        "interest": "Late payment interest",
        "ocr": "OCR reference",
        "buyer": "Invoice address",
        "delivery_address": "Delivery address",
        "article": "Item",
        "description": "Description",
        "quantity": "Qty",
        "unit": "Unit",
        "price": "Unit price",
        "discount": "Discount",
        "vat": "VAT",
        "amount": "Amount",
        "net": "Total excl. VAT",
        "vat_on": "VAT {rate} %",
        "vat_base": "on {base}",
        "rounding": "Rounding",
        "total": "Amount due",
        "total_credit": "Amount to refund",
        "bankgiro": "Bankgiro",
        "plusgiro": "Plusgiro",
        "iban": "IBAN",
        "bic": "BIC",
        "org_number": "Reg. no.",
        "vat_number": "VAT no.",
        "f_tax": "Approved for F-tax",
        "buyer_vat": "Buyer's VAT no.",
        "reverse_charge": "Reverse charge: VAT to be accounted for by the recipient, "
        "Article 196 of Directive 2006/112/EC.",
        "credits": "Credits invoice {number}",
        "page": "Page {page} of {pages}",
        "rot": "ROT deduction",
        "rut": "RUT deduction",
        "labour": "Labour incl. VAT",
        "material": "Materials and other",
        "deduction": "Tax reduction requested",
        "personal_number": "Personal ID number",
        "property": "Property designation",
        "housing": "Housing co-operative (reg. no.)",
        "apartment": "Apartment number",
        "phone": "Phone",
        "email": "E-mail",
        "pay_to": "Payment",
        "total_before": "Total incl. VAT",
    },
}
GREY = colors.HexColor("#5f6b76")
LINE_GREY = colors.HexColor("#c9d1d9")
ACCENT = colors.HexColor("#2c5d8f")


def _register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources.files("kundbok.resources") / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))


def money(amount: Decimal, language: str) -> str:
    """ "1 234,50" in Swedish, "1,234.50" in English; exact, from the Decimal's digits."""
    sign = "-" if amount < 0 else ""
    whole, _, fraction = f"{abs(amount):.2f}".partition(".")
    groups = f"{int(whole):,}"
    if language == "sv":
        return sign + groups.replace(",", NBSP) + "," + fraction
    return f"{sign}{groups}.{fraction}"


def number(value: Decimal, language: str) -> str:
    text = f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}".rstrip("0")
    return text.replace(".", ",") if language == "sv" else text


def day(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


class _NumberedCanvas(Canvas):
    """A canvas that knows the page count when it draws "page x of y" (two passes)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.page_footer(total)  # type: ignore[attr-defined]
            super().showPage()
        super().save()


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11.5)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, textColor=GREY),
        "bold": ParagraphStyle("bold", parent=base, fontName=BOLD),
        "right": ParagraphStyle("right", parent=base, alignment=2),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=18, leading=22),
        "note": ParagraphStyle("note", parent=base, fontSize=8.5, leading=11),
    }


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _lines_text(text: str) -> str:
    return "<br/>".join(_escape(line) for line in text.splitlines())


def render_invoice_pdf(
    invoice: InvoiceDetails, company: CompanySettings, credited_number: int | None = None
) -> bytes:
    """The invoice as an A4 PDF document."""
    _register_fonts()
    language = invoice.language if invoice.language in LABELS else "sv"
    labels = LABELS[language]
    styles = _styles()
    totals = invoice.totals()
    credit = invoice.kind == "credit_note"
    title = labels["credit_note"] if credit else labels["invoice"]
    if invoice.state == "draft":
        title = f"{title} – {labels['draft']}"
    buffer = io.BytesIO()

    def header(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        width, height = A4
        canvas.saveState()
        top = height - 18 * mm
        left = 18 * mm
        if company.logo:
            try:
                image = ImageReader(io.BytesIO(company.logo))
                w, h = image.getSize()
                scale = min(45 * mm / w, 18 * mm / h)
                canvas.drawImage(
                    image, left, top - h * scale + 4 * mm, w * scale, h * scale, mask="auto"
                )
            except (OSError, ValueError):
                pass  # a broken logo never stops an invoice
        else:
            canvas.setFont(BOLD, 14)
            canvas.setFillColor(ACCENT)
            canvas.drawString(left, top, company.name or "")
        canvas.setFillColor(colors.black)
        canvas.setFont(BOLD, 16)
        canvas.drawRightString(width - 18 * mm, top, title)
        canvas.setFont(FONT, 9)
        if invoice.number is not None:
            key = "credit_number" if credit else "number"
            canvas.drawRightString(
                width - 18 * mm, top - 6 * mm, f"{labels[key]}: {invoice.number}"
            )
        canvas.drawRightString(
            width - 18 * mm, top - 10.5 * mm, f"{labels['date']}: {day(invoice.invoice_date)}"
        )
        canvas.restoreState()

    def footer(canvas: Canvas, total_pages: int) -> None:
        width, _ = A4
        canvas.saveState()
        canvas.setStrokeColor(LINE_GREY)
        canvas.line(18 * mm, 24 * mm, width - 18 * mm, 24 * mm)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(GREY)
        address = ", ".join(
            p
            for p in (
                company.street,
                " ".join(
                    p
                    for p in (format_postcode(company.postcode, company.country), company.city)
                    if p
                ),
            )
            if p
        )
        first = " · ".join(
            p for p in (company.name, address, company.phone, company.email, company.website) if p
        )
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
        canvas.drawString(18 * mm, 19.5 * mm, first)
        canvas.drawString(18 * mm, 15.5 * mm, " · ".join(p for p in ids if p))
        canvas.drawString(18 * mm, 11.5 * mm, " · ".join(p for p in pay if p))
        canvas.drawRightString(
            width - 18 * mm,
            11.5 * mm,
            labels["page"].format(page=canvas.getPageNumber(), pages=total_pages),
        )
        canvas.restoreState()

    class Canvas_(_NumberedCanvas):
        def page_footer(self, total_pages: int) -> None:
            footer(self, total_pages)

    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=34 * mm,
        bottomMargin=30 * mm,
        title=f"{title} {invoice.number or ''}".strip(),
        author=company.name,
        creator="Kundbok",
    )
    story: list[Any] = []
    story.append(_addresses(invoice, labels, styles))
    story.append(Spacer(1, 6 * mm))
    story.append(_facts(invoice, labels, styles, credited_number))
    story.append(Spacer(1, 6 * mm))
    story.append(_line_table(invoice, labels, styles, language))
    story.append(Spacer(1, 4 * mm))
    story.append(KeepTogether(_summary(invoice, totals, labels, styles, language, company)))
    if invoice.text:
        story += [Spacer(1, 4 * mm), Paragraph(_lines_text(invoice.text), styles["note"])]
    document.build(story, onFirstPage=header, onLaterPages=header, canvasmaker=Canvas_)
    return buffer.getvalue()


def _addresses(invoice: InvoiceDetails, labels: dict, styles: dict) -> Table:
    buyer = [
        Paragraph(labels["buyer"], styles["small"]),
        Paragraph(f"<b>{_escape(invoice.buyer_name)}</b>", styles["bold"]),
        Paragraph(_lines_text(invoice.buyer_billing_address), styles["base"]),
    ]
    if invoice.buyer_vat_number and (invoice.reverse_charge or invoice.buyer_country != "SE"):
        buyer.append(
            Paragraph(f"{labels['buyer_vat']}: {invoice.buyer_vat_number}", styles["base"])
        )
    delivery = []
    if invoice.buyer_delivery_address:
        delivery = [
            Paragraph(labels["delivery_address"], styles["small"]),
            Paragraph(_lines_text(invoice.buyer_delivery_address), styles["base"]),
        ]
    table = Table([[delivery, buyer]], colWidths=[87 * mm, 87 * mm])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return table


def _facts(invoice: InvoiceDetails, labels: dict, styles: dict, credited: int | None) -> Table:
    rows = [
        (labels["customer_number"], str(invoice.buyer_number or "")),
        (labels["their_reference"], invoice.their_reference),
        (labels["our_reference"], invoice.our_reference),
        (labels["date"], day(invoice.invoice_date)),
    ]
    if invoice.kind == "invoice":
        rows += [
            (labels["terms"], f"{invoice.payment_terms_days} {labels['days']}"),
            (labels["due"], day(invoice.due_date)),
        ]
    if invoice.delivery_date and invoice.delivery_date != invoice.invoice_date:
        rows.append((labels["delivery"], day(invoice.delivery_date)))
    if invoice.ocr and invoice.kind == "invoice":
        rows.append((labels["ocr"], invoice.ocr))
    if credited:
        rows.append(("", labels["credits"].format(number=credited)))
    cells = [
        [Paragraph(label, styles["small"]), Paragraph(_escape(value), styles["base"])]
        for label, value in rows
        if value
    ]
    half = (len(cells) + 1) // 2
    left, right = cells[:half], cells[half:]
    right += [["", ""]] * (len(left) - len(right))
    table = Table(
        [a + b for a, b in zip(left, right, strict=True)],
        colWidths=[30 * mm, 57 * mm, 30 * mm, 57 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, LINE_GREY),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f5f7f9")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _line_table(invoice: InvoiceDetails, labels: dict, styles: dict, language: str) -> Table:
    head = [
        labels[k]
        for k in (
            "article",
            "description",
            "quantity",
            "unit",
            "price",
            "discount",
            "vat",
            "amount",
        )
    ]
    rows: list[list[Any]] = [head]
    for line in invoice.lines:
        rows.append(
            [
                line.article_number,
                Paragraph(_escape(line.description), styles["base"]),
                number(line.quantity, language),
                line.unit,
                money(line.unit_price, language),
                f"{number(line.discount_percent, language)} %" if line.discount_percent else "",
                f"{number(line.vat_rate, language)} %",
                money(line_amount(line.as_line()), language),
            ]
        )
    table = Table(
        rows,
        repeatRows=1,
        colWidths=[16 * mm, 62 * mm, 14 * mm, 12 * mm, 22 * mm, 14 * mm, 12 * mm, 22 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                ("FONT", (0, 0), (-1, 0), BOLD, 8),
                ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, LINE_GREY),
                ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                ("ALIGN", (4, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _summary(
    invoice: InvoiceDetails,
    totals: Any,
    labels: dict,
    styles: dict,
    language: str,
    company: CompanySettings,
) -> list[Any]:
    rows: list[list[str]] = [[labels["net"], money(totals.net, language)]]
    for vat in totals.vat_lines:
        rows.append(
            [
                f"{labels['vat_on'].format(rate=number(vat.rate, language))} "
                f"{labels['vat_base'].format(base=money(vat.base, language))}",
                money(vat.vat, language),
            ]
        )
    if totals.rounding:
        rows.append([labels["rounding"], money(totals.rounding, language)])
    credit = invoice.kind == "credit_note"
    if totals.deduction:
        rows.append([labels["total_before"], money(totals.total, language)])
        rows.append(
            [
                labels[invoice.rot_rut] if invoice.rot_rut else labels["deduction"],
                money(-totals.deduction, language),
            ]
        )
    rows.append(
        [
            labels["total_credit"] if credit else labels["total"],
            f"{money(totals.to_pay, language)} {invoice.currency}",
        ]
    )
    table = Table(rows, colWidths=[70 * mm, 35 * mm], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("FONT", (0, -1), (-1, -1), BOLD, 11),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
                ("TOPPADDING", (0, -1), (-1, -1), 4),
            ]
        )
    )
    parts: list[Any] = [table]
    if invoice.reverse_charge:
        parts += [Spacer(1, 3 * mm), Paragraph(labels["reverse_charge"], styles["bold"])]
    if invoice.rot_rut:
        parts += [Spacer(1, 3 * mm), _rot_rut_block(invoice, totals, labels, styles, language)]
    if not credit and invoice.state != "draft":
        parts += [
            Spacer(1, 4 * mm),
            _payment_box(invoice, totals, labels, styles, language, company),
        ]
    return parts


def _rot_rut_block(
    invoice: InvoiceDetails, totals: Any, labels: dict, styles: dict, language: str
) -> Table:
    rows = [
        [labels[invoice.rot_rut], ""],
        [labels["personal_number"], format_org_or_personal(invoice.buyer_personal_number)],
    ]
    if invoice.buyer_rot_rut_housing_org_number:
        rows += [
            [labels["housing"], format_org_or_personal(invoice.buyer_rot_rut_housing_org_number)],
            [labels["apartment"], invoice.buyer_rot_rut_apartment_number],
        ]
    elif invoice.buyer_rot_rut_property:
        rows.append([labels["property"], invoice.buyer_rot_rut_property])
    rows += [
        [labels["labour"], money(totals.labour, language)],
        [labels["material"], money(totals.total - totals.labour, language)],
        [labels["deduction"], money(totals.deduction, language)],
        [labels["total"], money(totals.to_pay, language)],
    ]
    table = Table(rows, colWidths=[70 * mm, 50 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                ("FONT", (0, 0), (0, 0), BOLD, 9),
                ("BOX", (0, 0), (-1, -1), 0.5, LINE_GREY),
                ("ALIGN", (1, 1), (1, -1), "RIGHT"),
            ]
        )
    )
    return table


def _payment_box(
    invoice: InvoiceDetails,
    totals: Any,
    labels: dict,
    styles: dict,
    language: str,
    company: CompanySettings,
) -> Table:
    account = (
        (labels["bankgiro"], format_bankgiro(company.bankgiro))
        if company.bankgiro
        else (labels["plusgiro"], format_plusgiro(company.plusgiro))
        if company.plusgiro
        else (labels["iban"], format_iban(company.iban))
        if company.iban
        else ("", "")
    )
    cells = [
        [labels["pay_to"], account[0], labels["ocr"], labels["due"], labels["total"]],
        [
            "",
            account[1],
            invoice.ocr or "",
            day(invoice.due_date),
            f"{money(totals.to_pay, language)} {invoice.currency}",
        ],
    ]
    table = Table(cells, colWidths=[24 * mm, 34 * mm, 38 * mm, 30 * mm, 48 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), FONT, 7.5),
                ("TEXTCOLOR", (0, 0), (-1, 0), GREY),
                ("FONT", (0, 1), (-1, 1), BOLD, 10),
                ("BOX", (0, 0), (-1, -1), 1, ACCENT),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef3f8")),
                ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    return table


def invoice_pdf(db: Database, invoice_id: int) -> bytes:
    """Render an invoice (or draft) of the database."""
    invoice = get_invoice(db, invoice_id)
    credited = (
        get_invoice(db, invoice.credited_invoice_id).number
        if (invoice.credited_invoice_id)
        else None
    )
    return render_invoice_pdf(invoice, get_company(db), credited)


def save_invoice_pdf(db: Database, number_: int, path: Path) -> Path:
    """Write the issued invoice `number_` to `path` as PDF, whole or not at all."""
    data = invoice_pdf(db, find_invoice_id(db, number_))
    write_atomically(Path(path), data)
    return Path(path)
