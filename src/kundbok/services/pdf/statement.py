"""A statement of account as PDF: the invoice's page (header, addresses, footer) around, per
currency, the entries of the period with their running balance, the open items on the last
day with their OCR numbers and days late, and what is to pay."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, fields
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from kundbok.db.session import Database
from kundbok.domain.invoice import InvoiceDetails
from kundbok.domain.statement import Statement
from kundbok.services.files import write_atomically
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
from kundbok.services.pdf.statement_labels import entry_text, statement_labels_for
from kundbok.services.settings import CompanySettings, get_company
from kundbok.services.statements import CustomerStatement, statement_of

_TABLE_STYLE: list[Any] = [
    ("FONT", (0, 0), (-1, -1), FONT, 8.5),
    ("FONT", (0, 0), (-1, 0), BOLD, 7.5),
    ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
    ("LINEBELOW", (0, 1), (-1, -1), 0.25, LINE_GREY),
]


@dataclass(frozen=True)
class StatementSheet(Sheet):
    """The invoice's sheet with the statement's title and date in the header."""

    texts: dict[str, str]

    @property
    def title(self) -> str:
        """ "Kontoutdrag"."""
        return self.texts["title"]

    @property
    def date_label(self) -> str:
        """ "Datum"."""
        return self.texts["date"]


def statement_sheet(account: CustomerStatement, company: CompanySettings) -> StatementSheet:
    """The sheet of a statement: dated its last day, addressed to the customer."""
    language = account.language if account.language in LABELS else "sv"
    stand_in = InvoiceDetails(
        customer_id=account.customer_id,
        state="issued",
        invoice_date=account.last_day,
        language=language,
        buyer_name=account.name,
        buyer_number=account.customer_number,
        buyer_billing_address=account.address,
    )
    base = Sheet.of(stand_in, company, None)
    return StatementSheet(
        **{f.name: getattr(base, f.name) for f in fields(base)},
        texts=statement_labels_for(language),
    )


def _entries(sheet: StatementSheet, statement: Statement) -> Table:
    texts = sheet.texts
    rows: list[list[Any]] = [
        [texts["day"], texts["event"], texts["debit"], texts["credit"], texts["balance"]],
        ["", texts["opening"].format(day=day(statement.first_day)), "", "",
         sheet.money(statement.opening_balance)],
    ]  # fmt: skip
    for line in statement.lines:
        amount = line.entry.amount
        rows.append(
            [
                day(line.entry.day),
                entry_text(line.entry, texts, sheet.money(line.entry.fee)),
                sheet.money(amount) if amount > 0 else "",
                sheet.money(-amount) if amount < 0 else "",
                sheet.money(line.balance),
            ]
        )
    rows.append(
        ["", texts["closing"].format(day=day(statement.last_day)), "", "",
         f"{sheet.money(statement.closing_balance)} {statement.currency}"]
    )  # fmt: skip
    table = Table(rows, repeatRows=1, colWidths=[22 * mm, 84 * mm, 22 * mm, 22 * mm, 24 * mm])
    table.setStyle(
        TableStyle(
            [
                *_TABLE_STYLE,
                ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                ("FONT", (0, 1), (-1, 1), BOLD, 8.5),
                ("FONT", (0, -1), (-1, -1), BOLD, 9),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
            ]
        )
    )
    return table


def _open_items(sheet: StatementSheet, statement: Statement) -> list[Flowable]:
    texts = sheet.texts
    heading = sheet.paragraph(texts["open_heading"].format(day=day(statement.last_day)), "bold")
    if not statement.open_items:
        return [heading, Spacer(1, 1.5 * mm), sheet.paragraph(texts["nothing_open"])]
    rows: list[list[Any]] = [
        [texts["invoice"], texts["invoice_date"], texts["due"], texts["days_late"],
         texts["ocr"], texts["open"]],
    ]  # fmt: skip
    for item in statement.open_items:
        rows.append(
            [
                "" if item.number is None else str(item.number),
                day(item.invoice_date),
                day(item.due_date),
                str(item.days_late) if item.days_late else "",
                item.ocr,
                sheet.money(item.open_amount),
            ]
        )
    table = Table(
        rows, repeatRows=1, colWidths=[22 * mm, 26 * mm, 26 * mm, 20 * mm, 40 * mm, 40 * mm]
    )
    table.setStyle(
        TableStyle([*_TABLE_STYLE, ("ALIGN", (3, 0), (3, -1), "RIGHT"),
                    ("ALIGN", (5, 0), (5, -1), "RIGHT")])
    )  # fmt: skip
    return [heading, Spacer(1, 1.5 * mm), table]


def _to_pay(sheet: StatementSheet, statement: Statement) -> Table:
    texts, balance = sheet.texts, statement.closing_balance
    currency = statement.currency
    if balance < 0:
        rows = [[texts["to_your_good"], f"{sheet.money(-balance)} {currency}"]]
    else:
        rows = [[texts["to_pay"], f"{sheet.money(balance)} {currency}"]]
        if statement.overdue > 0:
            rows.append([texts["overdue"], f"{sheet.money(statement.overdue)} {currency}"])
    table = Table(rows, colWidths=[60 * mm, 40 * mm], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("FONT", (0, 0), (-1, 0), BOLD, 11),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
            ]
        )
    )
    return table


def render_statement_pdf(account: CustomerStatement, company: CompanySettings) -> bytes:
    """The customer's statements (one section per currency) as an A4 PDF in its language."""
    register_fonts()
    sheet = statement_sheet(account, company)
    texts = sheet.texts
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=34 * mm,
        bottomMargin=30 * mm,
        title=f"{texts['title']} {account.customer_number}",
        author=company.name,
        creator="Kundbok",
    )
    story: list[Flowable] = [
        blocks.addresses(sheet),
        Spacer(1, 6 * mm),
        sheet.paragraph(
            texts["intro"].format(
                number=account.customer_number,
                first=day(account.first_day),
                last=day(account.last_day),
            )
        ),
    ]
    several = len(account.statements) > 1
    for statement in account.statements:
        story.append(Spacer(1, 5 * mm))
        if several:
            heading = texts["currency"].format(currency=statement.currency)
            story += [sheet.paragraph(heading, "bold"), Spacer(1, 2 * mm)]
        story += [
            _entries(sheet, statement),
            Spacer(1, 5 * mm),
            KeepTogether(
                [*_open_items(sheet, statement), Spacer(1, 4 * mm), _to_pay(sheet, statement)]
            ),
        ]
    story += [Spacer(1, 5 * mm), sheet.paragraph(texts["pay_hint"], "note")]

    def header(canvas: Canvas, _document: SimpleDocTemplate) -> None:
        draw_header(sheet, canvas)

    document.build(
        story,
        onFirstPage=header,
        onLaterPages=header,
        canvasmaker=partial(NumberedCanvas, draw_footer=partial(draw_footer, sheet)),
    )
    return buffer.getvalue()


def save_statement_pdf(
    db: Database, customer_id: int, first_day: dt.date, last_day: dt.date, path: Path
) -> Decimal:
    """Write the customer's statement to `path`, whole or not at all; returns the balance in
    the customer's own currency at the end."""
    account = statement_of(db, customer_id, first_day, last_day)
    write_atomically(Path(path), render_statement_pdf(account, get_company(db)))
    return account.statements[0].closing_balance
