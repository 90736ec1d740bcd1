"""The totals box of the invoice editor: net, VAT per rate, rounding, reduction, to pay."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from kundbok.domain.invoice import InvoiceDetails
from kundbok.ui.formatting import display_money


def totals_html(invoice: InvoiceDetails) -> str:
    """The totals as a small right-aligned table, in the user's language and locale."""

    rows: list[tuple[str, Decimal]] = []
    totals = invoice.totals()
    rows.append((QCoreApplication.translate("InvoiceEditor", "Net"), totals.net))
    rows += [
        (
            QCoreApplication.translate("InvoiceEditor", "VAT {rate} %").format(
                rate=f"{v.rate.normalize():f}"
            ),
            v.vat,
        )
        for v in totals.vat_lines
    ]
    vat_in_kronor = invoice.vat_in_kronor(totals)
    if vat_in_kronor is not None:
        rows.append((QCoreApplication.translate("InvoiceEditor", "VAT in SEK"), vat_in_kronor))
    if totals.rounding:
        rows.append((QCoreApplication.translate("InvoiceEditor", "Rounding"), totals.rounding))
    if totals.deduction:
        rows.append(
            (QCoreApplication.translate("InvoiceEditor", "Tax reduction"), -totals.deduction)
        )
    table = "".join(
        f"<tr><td>{label}</td><td align='right'>{display_money(value)}</td></tr>"
        for label, value in rows
    )
    total_label = QCoreApplication.translate("InvoiceEditor", "Total to pay")
    table += (
        f"<tr><td><b>{total_label}</b></td><td align='right'><b>"
        f"{display_money(totals.to_pay)} {invoice.currency}</b></td></tr>"
    )
    return f"<table cellspacing='4'>{table}</table>"
