"""A reminder as PDF: the invoice's page (header, addresses, footer, payment box) around the
overdue invoices, the fee, compensation and interest, and what to pay by when.

The slip asks for the overdue amount, paid with the invoice's OCR reference when there is one
invoice (and so matched by the bank file like the invoice); with several, each invoice is paid
with its own reference, as listed. The charges are invoiced later on a räntefaktura.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from functools import partial
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from kundbok.db.session import Database
from kundbok.domain.invoice import InvoiceDetails
from kundbok.domain.invoicing import Totals
from kundbok.services.pdf import blocks
from kundbok.services.pdf.labels import LABELS
from kundbok.services.pdf.layout import (
    ACCENT,
    BOLD,
    FONT,
    LINE_GREY,
    MARGIN,
    NumberedCanvas,
    Sheet,
    day,
    draw_footer,
    draw_header,
    register_fonts,
)
from kundbok.services.pdf.reminder_labels import reminder_labels_for
from kundbok.services.reminders.overdue import ReminderDetails, get_reminder
from kundbok.services.reminders.settings import ReminderSettings, get_reminder_settings
from kundbok.services.settings import CompanySettings, get_company


@dataclass(frozen=True)
class ReminderSheet(Sheet):
    """The invoice's sheet with a reminder's title, number and date in the header."""

    reminder: ReminderDetails
    texts: dict[str, str]

    @property
    def title(self) -> str:
        """ "Påminnelse", "Påminnelse 2" from the second reminder on."""
        level = self.reminder.level
        return (
            self.texts["reminder_level"].format(level=level)
            if level > 1
            else self.texts["reminder"]
        )

    def with_totals(self, totals: Totals) -> ReminderSheet:
        """The sheet asking for `totals.to_pay` (the overdue amount) on its slip."""
        return replace(self, totals=totals)

    @property
    def number_label(self) -> str:
        """ "Påminnelsenummer"."""
        return self.texts["reminder_number"]

    @property
    def date_label(self) -> str:
        """ "Datum"."""
        return self.texts["reminder_date"]


def reminder_sheet(reminder: ReminderDetails, company: CompanySettings) -> ReminderSheet:
    """The sheet of a reminder: an issued "invoice" of the overdue amount, due on the
    reminder's date to pay by, with the one invoice's OCR reference (or none)."""
    language = reminder.language if reminder.language in LABELS else "sv"
    stand_in = InvoiceDetails(
        customer_id=reminder.customer_id,
        number=reminder.id,
        state="issued",
        invoice_date=reminder.reminder_date,
        due_date=reminder.due_date,
        currency=reminder.currency,
        language=language,
        ocr=reminder.ocr or None,
        buyer_name=reminder.buyer_name,
        buyer_number=reminder.customer_number,
        buyer_billing_address=reminder.buyer_address,
    )
    base = Sheet.of(stand_in, company, None)
    open_total = reminder.open_total
    return ReminderSheet(
        **{f.name: getattr(base, f.name) for f in fields(base)},
        reminder=reminder,
        texts=reminder_labels_for(language),
    ).with_totals(Totals(open_total, (), Decimal(0), Decimal(0), open_total, to_pay=open_total))


def _invoice_table(sheet: ReminderSheet) -> Table:
    texts, labels = sheet.texts, sheet.labels
    head = [
        texts["invoice_number"],
        texts["invoice_date"],
        labels["due"],
        texts["days_late"],
        labels["ocr"],
        texts["open"],
        texts["interest_column"],
        texts["compensation_column"],
    ]
    rows: list[list[Any]] = [head]
    for line in sheet.reminder.lines:
        rows.append(
            [
                str(line.invoice_number),
                day(line.invoice_date),
                day(line.due_date),
                str(line.days_late),
                line.ocr,
                sheet.money(line.open_amount),
                sheet.money(line.interest),
                sheet.money(line.compensation) if line.compensation else "",
            ]
        )
    table = Table(
        rows,
        repeatRows=1,
        colWidths=[15 * mm, 24 * mm, 26 * mm, 18 * mm, 23 * mm, 27 * mm, 20 * mm, 21 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                ("FONT", (0, 0), (-1, 0), BOLD, 7.5),
                ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, LINE_GREY),
                ("ALIGN", (3, 0), (3, -1), "RIGHT"),
                ("ALIGN", (5, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    return table


def _summary(sheet: ReminderSheet) -> Table:
    reminder, texts = sheet.reminder, sheet.texts
    rows: list[list[str]] = [[texts["open_total"], sheet.money(reminder.open_total)]]
    if reminder.fee:
        rows.append([texts["fee"], sheet.money(reminder.fee)])
    if reminder.compensation_total:
        rows.append([texts["compensation"], sheet.money(reminder.compensation_total)])
    rows.append(
        [
            texts["interest_until"].format(day=day(reminder.reminder_date)),
            sheet.money(reminder.interest_total),
        ]
    )
    rows.append([texts["debt_total"], f"{sheet.money(reminder.total)} {reminder.currency}"])
    rows.append(
        [
            texts["pay_now"].format(due=day(reminder.due_date)),
            f"{sheet.money(reminder.open_total)} {reminder.currency}",
        ]
    )
    table = Table(rows, colWidths=[75 * mm, 35 * mm], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("FONT", (0, -2), (-1, -2), BOLD, 9.5),
                ("LINEABOVE", (0, -2), (-1, -2), 0.5, LINE_GREY),
                ("FONT", (0, -1), (-1, -1), BOLD, 11),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
                ("TOPPADDING", (0, -1), (-1, -1), 4),
            ]
        )
    )
    return table


def _rate_text(sheet: ReminderSheet, settings: ReminderSettings) -> str:
    if settings.agreed_interest_percent is not None:
        return sheet.texts["rate_agreed"].format(
            percent=sheet.number(settings.agreed_interest_percent)
        )
    return sheet.texts["rate_statutory"].format(margin=sheet.number(settings.interest_margin))


def render_reminder_pdf(
    reminder: ReminderDetails,
    company: CompanySettings,
    settings: ReminderSettings,
    agreed_percent: Decimal | None = None,
) -> bytes:
    """The reminder as an A4 PDF document in its customer's language."""
    register_fonts()
    sheet = reminder_sheet(reminder, company)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=34 * mm,
        bottomMargin=30 * mm,
        title=f"{sheet.title} {reminder.id}",
        author=company.name,
        creator="Kundbok",
    )
    if agreed_percent is not None:
        settings = replace(settings, agreed_interest_percent=agreed_percent)
    payment: list[Flowable] = (
        [blocks.payment_box(sheet)]
        if reminder.ocr
        else [sheet.paragraph(sheet.texts["several_ocr"], "bold")]
    )
    story: list[Flowable] = [
        blocks.addresses(sheet),
        Spacer(1, 6 * mm),
        sheet.paragraph(sheet.texts["intro"].format(due=day(reminder.due_date))),
        Spacer(1, 5 * mm),
        _invoice_table(sheet),
        Spacer(1, 5 * mm),
        KeepTogether([_summary(sheet), Spacer(1, 4 * mm), *payment]),
        Spacer(1, 4 * mm),
        sheet.paragraph(sheet.texts["charges_note"], "note"),
        sheet.paragraph(_rate_text(sheet, settings), "note"),
    ]

    def header(canvas: Canvas, _document: SimpleDocTemplate) -> None:
        draw_header(sheet, canvas)

    document.build(
        story,
        onFirstPage=header,
        onLaterPages=header,
        canvasmaker=partial(NumberedCanvas, draw_footer=partial(draw_footer, sheet)),
    )
    return buffer.getvalue()


def reminder_pdf(db: Database, reminder_id: int) -> bytes:
    """Render a stored reminder."""
    reminder = get_reminder(db, reminder_id)
    settings = get_reminder_settings(db)
    return render_reminder_pdf(
        reminder, get_company(db), settings, agreed_percent=reminder.agreed_interest_percent
    )
