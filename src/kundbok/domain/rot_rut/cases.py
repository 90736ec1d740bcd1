"""One paid ROT/RUT invoice as one case of a claim."""

from __future__ import annotations

from decimal import Decimal

from kundbok.domain.invoice import InvoiceDetails
from kundbok.domain.invoicing import line_amount
from kundbok.domain.money import round_ore
from kundbok.domain.rot_rut.claim import ClaimCase, ClaimLine, whole_kronor, work_done
from kundbok.domain.rot_rut.work_types import work_type_or_none

HUNDRED = Decimal(100)


def claim_lines(invoice: InvoiceDetails) -> list[ClaimLine]:
    """The invoice's lines as a claim needs them, amounts including VAT."""
    return [
        ClaimLine(
            line.kind,
            work_type_or_none(line.work_type),
            line.quantity,
            line.unit,
            round_ore(line_amount(line.as_line()) * (HUNDRED + line.vat_rate) / HUNDRED),
        )
        for line in invoice.lines
    ]


def case_of(invoice: InvoiceDetails, deduction: Decimal) -> ClaimCase:
    """The case for an issued, paid invoice whose ROT/RUT `deduction` (as issued) is claimed.
    The buyer paid the invoice in full, so paid for the work = price for the work − deduction."""
    assert invoice.id is not None and invoice.paid_date is not None
    lines = claim_lines(invoice)
    price = whole_kronor(invoice.totals().labour)
    requested = whole_kronor(deduction)
    other = sum((line.amount_including_vat for line in lines if line.kind == "other"), Decimal(0))
    return ClaimCase(
        invoice_id=invoice.id,
        invoice_number=str(invoice.number or ""),
        buyer_name=invoice.buyer_name,
        buyer=invoice.buyer_personal_number or "",
        payment_date=invoice.paid_date,
        price_for_work=price,
        paid=price - requested,
        requested=requested,
        other_costs=max(0, whole_kronor(other)),
        property_designation=invoice.buyer_rot_rut_property,
        housing_org_number=invoice.buyer_rot_rut_housing_org_number or "",
        apartment_number=invoice.buyer_rot_rut_apartment_number,
        work=work_done(lines),
        work_date=invoice.delivery_date or invoice.invoice_date,
    )
