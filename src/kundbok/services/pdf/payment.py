"""The payment slip's QR codes: what a bank app reads to pay the invoice being drawn, and
beside it, when the company has a Swish number and the invoice is in kronor, what the Swish app
reads."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing

from kundbok.domain.payment_qr import (
    PaymentSlip,
    payment_account,
    payment_qr_payload,
    vat_by_field,
)
from kundbok.domain.swish import swish_payload
from kundbok.services.payments.qr import qr_drawing
from kundbok.services.pdf.layout import Sheet


def payment_slip(sheet: Sheet) -> PaymentSlip | None:
    """The slip of an issued invoice with an amount to pay to one of our accounts; None for a
    draft, a credit note, nothing to pay, or a seller without an account or a name."""
    invoice, company, totals = sheet.invoice, sheet.company, sheet.totals
    if sheet.is_credit_note or invoice.state == "draft" or totals.to_pay <= 0:
        return None
    if invoice.invoice_date is None or invoice.due_date is None or not company.name.strip():
        return None
    account = payment_account(
        invoice.currency, company.bankgiro or "", company.plusgiro or "", company.iban or ""
    )
    if account is None:
        return None
    method, number = account
    vat_high, vat_middle, vat_low = vat_by_field({line.rate: line.vat for line in totals.vat_lines})
    return PaymentSlip(
        seller_name=company.name,
        seller_org_number=company.org_number or "",
        invoice_date=invoice.invoice_date,
        due_date=invoice.due_date,
        amount_due=totals.to_pay,
        currency=invoice.currency,
        reference=invoice.ocr or str(invoice.number or ""),
        method=method,
        account=number,
        bic=company.bic or "",
        vat_high=vat_high,
        vat_middle=vat_middle,
        vat_low=vat_low,
    )


def payment_qr(sheet: Sheet, size: float) -> Drawing | None:
    """The slip's QR code, `size` points square: EPC for euros to an IBAN, UsingQR otherwise;
    None when the invoice has no slip (see `payment_slip`)."""
    slip = payment_slip(sheet)
    return None if slip is None else qr_drawing(payment_qr_payload(slip), size)


def swish_qr(sheet: Sheet, size: float) -> Drawing | None:
    """The Swish code paying what the slip asks, with the OCR number as the message: for an
    issued invoice (or a reminder) in kronor with something to pay, when the company has a
    Swish number; None otherwise."""
    invoice, company, to_pay = sheet.invoice, sheet.company, sheet.totals.to_pay
    if not company.swish or invoice.currency != "SEK" or sheet.is_credit_note:
        return None
    if invoice.state == "draft" or to_pay <= 0:
        return None
    reference = invoice.ocr or str(invoice.number or "")
    return qr_drawing(swish_payload(company.swish, to_pay, reference), size)
