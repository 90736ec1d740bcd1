"""The parts of an invoice, top to bottom: addresses, facts, lines, sums, ROT/RUT, payment.

Every cell that holds text someone typed is a paragraph in a table that may split inside a row,
so that no text, however long, makes a part taller than a page that cannot be printed.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from kundbok.domain.identifiers import (
    format_bankgiro,
    format_iban,
    format_org_or_personal,
    format_plusgiro,
)
from kundbok.domain.invoicing import line_amount
from kundbok.domain.swish import format_swish_number
from kundbok.services.pdf.layout import ACCENT, BOLD, FONT, GREY, LINE_GREY, Sheet, day, escape
from kundbok.services.pdf.payment import payment_qr, swish_qr

# A code of about 35 modules with its quiet zone: 0.8 mm a module, easily read by a phone.
QR_SIZE = 34 * mm
CODE_GAP = 4 * mm  # between two codes, so that a phone's frame takes one at a time


def addresses(sheet: Sheet) -> Table:
    """The delivery address on the left, the invoice address (the window) on the right."""
    invoice, labels = sheet.invoice, sheet.labels
    buyer = [
        Paragraph(labels["buyer"], sheet.styles["small"]),
        sheet.paragraph(invoice.buyer_name, "bold"),
        sheet.paragraph(invoice.buyer_billing_address),
    ]
    if invoice.buyer_vat_number and (invoice.reverse_charge or invoice.buyer_country != "SE"):
        buyer.append(sheet.paragraph(f"{labels['buyer_vat']}: {invoice.buyer_vat_number}"))
    delivery = []
    if invoice.buyer_delivery_address:
        delivery = [
            Paragraph(labels["delivery_address"], sheet.styles["small"]),
            sheet.paragraph(invoice.buyer_delivery_address),
        ]
    table = Table([[delivery, buyer]], colWidths=[87 * mm, 87 * mm], splitInRow=1)
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return table


def facts(sheet: Sheet) -> Table:
    """Customer number, references, terms, due and delivery dates and OCR, in two columns (the
    invoice date is in the header, beside the number)."""
    invoice, labels = sheet.invoice, sheet.labels
    rows = [
        (labels["customer_number"], str(invoice.buyer_number or "")),
        (labels["their_reference"], invoice.their_reference),
        (labels["our_reference"], invoice.our_reference),
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
    if sheet.credited_number:
        rows.append(("", labels["credits"].format(number=sheet.credited_number)))
    return fact_table(sheet, rows)


def fact_table(sheet: Sheet, rows: list[tuple[str, str]]) -> Table:
    """Labelled facts in two columns in a shaded box; a fact without a value is left out."""
    cells: list[list[Any]] = [
        [Paragraph(label, sheet.styles["small"]), sheet.paragraph(value)]
        for label, value in rows
        if value
    ]
    half = (len(cells) + 1) // 2
    left, right = cells[:half], cells[half:]
    right += [["", ""]] * (len(left) - len(right))
    table = Table(
        [a + b for a, b in zip(left, right, strict=True)],
        colWidths=[30 * mm, 57 * mm, 30 * mm, 57 * mm],
        splitInRow=1,
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


LINE_HEAD = ("article", "description", "quantity", "unit", "price", "discount", "vat", "amount")


def line_table(sheet: Sheet) -> Table:
    """The invoice lines, the head repeated on every page; a long line goes on over pages."""
    rows: list[list[Any]] = [[sheet.labels[key] for key in LINE_HEAD]]
    for line in sheet.invoice.lines:
        rows.append(
            [
                sheet.paragraph(line.article_number, "cell"),
                sheet.paragraph(line.description, "cell"),
                sheet.number(line.quantity),
                sheet.paragraph(line.unit, "cell"),
                sheet.money(line.unit_price),
                f"{sheet.number(line.discount_percent)} %" if line.discount_percent else "",
                f"{sheet.number(line.vat_rate)} %",
                sheet.money(line_amount(line.as_line())),
            ]
        )
    table = Table(
        rows,
        repeatRows=1,
        colWidths=[16 * mm, 62 * mm, 14 * mm, 12 * mm, 22 * mm, 14 * mm, 12 * mm, 22 * mm],
        splitInRow=1,
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


def summary(sheet: Sheet) -> list[Flowable]:
    """Net, VAT per rate, rounding and the amount to pay; then reverse charge, ROT/RUT and the
    payment box as they apply."""
    invoice, totals, labels = sheet.invoice, sheet.totals, sheet.labels
    rows: list[list[str]] = [[labels["net"], sheet.money(totals.net)]]
    for vat in totals.vat_lines:
        rows.append(
            [
                f"{labels['vat_on'].format(rate=sheet.number(vat.rate))} "
                f"{labels['vat_base'].format(base=sheet.money(vat.base))}",
                sheet.money(vat.vat),
            ]
        )
    if totals.rounding:
        rows.append([labels["rounding"], sheet.money(totals.rounding)])
    if totals.deduction:
        rows.append([labels["total_before"], sheet.money(totals.total)])
        rows.append(
            [
                labels[invoice.rot_rut] if invoice.rot_rut else labels["deduction"],
                sheet.money(-totals.deduction),
            ]
        )
    rows.append(
        [
            labels["total_credit"] if sheet.is_credit_note else labels["total"],
            f"{sheet.money(totals.to_pay)} {invoice.currency}",
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
    parts: list[Flowable] = [table]
    vat_in_kronor = invoice.vat_in_kronor(totals)
    if vat_in_kronor is not None and invoice.exchange_rate is not None:
        # An invoice in another currency states its VAT in kronor too (ML 17 kap. 29 §).
        text = labels["vat_in_sek"].format(
            amount=sheet.money(vat_in_kronor),
            currency=invoice.currency,
            rate=sheet.number(invoice.exchange_rate),
        )
        parts += [Spacer(1, 1.5 * mm), Paragraph(text, sheet.styles["right"])]
    if invoice.reverse_charge:
        parts += [Spacer(1, 3 * mm), Paragraph(labels["reverse_charge"], sheet.styles["bold"])]
    if invoice.rot_rut:
        parts += [Spacer(1, 3 * mm), rot_rut_block(sheet)]
    if not sheet.is_credit_note and invoice.state != "draft":
        parts += [Spacer(1, 4 * mm), payment_box(sheet)]
    return parts


def rot_rut_block(sheet: Sheet) -> Table:
    """What the Swedish Tax Agency needs to pay out a ROT or RUT deduction."""
    invoice, totals, labels = sheet.invoice, sheet.totals, sheet.labels
    rows: list[list[Any]] = [
        [labels[invoice.rot_rut], ""],
        [labels["personal_number"], format_org_or_personal(invoice.buyer_personal_number)],
    ]
    if invoice.buyer_rot_rut_housing_org_number:
        rows += [
            [labels["housing"], format_org_or_personal(invoice.buyer_rot_rut_housing_org_number)],
            [labels["apartment"], sheet.paragraph(invoice.buyer_rot_rut_apartment_number, "cell")],
        ]
    elif invoice.buyer_rot_rut_property:
        rows.append([labels["property"], sheet.paragraph(invoice.buyer_rot_rut_property, "cell")])
    rows += [
        [labels["labour"], sheet.money(totals.labour)],
        [labels["material"], sheet.money(totals.total - totals.labour)],
        [labels["deduction"], sheet.money(totals.deduction)],
        [labels["total"], sheet.money(totals.to_pay)],
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


def payment_box(sheet: Sheet) -> Table:
    """Where to pay, the OCR reference, the due date and the amount, in one box; under it the
    QR code a bank app scans, when there is something to pay to one of our accounts."""
    invoice, company, labels = sheet.invoice, sheet.company, sheet.labels
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
            f"{sheet.money(sheet.totals.to_pay)} {invoice.currency}",
        ],
    ]
    widths = [24 * mm, 34 * mm, 38 * mm, 30 * mm, 48 * mm]
    table = Table(cells, colWidths=widths)
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
    return _with_codes(sheet, table, sum(widths))


def _with_codes(sheet: Sheet, box: Table, width: float) -> Table:
    """The payment box with the QR codes under it at the right, where the amount is, each
    captioned with what reads it; the hint to their left."""
    labels = sheet.labels
    bank, swish = payment_qr(sheet, QR_SIZE), swish_qr(sheet, QR_SIZE)
    number = format_swish_number(sheet.company.swish) if sheet.company.swish else ""
    codes = [
        (code, caption)
        for code, caption in ((bank, labels["qr_bank"]), (swish, f"Swish {number}"))
        if code is not None
    ]
    if not codes:
        return box
    hint = labels["scan_either" if len(codes) == 2 else "scan_swish" if swish else "scan_to_pay"]
    caption = ParagraphStyle("caption", parent=sheet.styles["small"], alignment=1)
    cells: list[Any] = [Paragraph(hint, sheet.styles["right"])]
    cells += [[code, Paragraph(escape(text), caption)] for code, text in codes]
    column = QR_SIZE + CODE_GAP
    return Table(
        [[box, *[""] * len(codes)], cells],
        colWidths=[width - column * len(codes), *[column] * len(codes)],
        style=TableStyle(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("VALIGN", (0, 1), (0, 1), "MIDDLE"),
                ("VALIGN", (1, 1), (-1, 1), "TOP"),
                ("ALIGN", (1, 1), (-1, 1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 2 * mm),
                ("RIGHTPADDING", (0, 1), (0, 1), 3 * mm),
                ("LEFTPADDING", (1, 1), (-1, 1), CODE_GAP),
            ]
        ),
    )
