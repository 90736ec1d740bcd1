"""An invoice and its life cycle: what it holds, what may happen to it next, what its status is.

A draft may change and be deleted; issuing gives it a number and freezes it; an issued invoice
is paid or credited. A credit note is issued at once: against an unpaid invoice it settles the
debt (state paid), against a paid one it leaves money to refund (state issued until refunded).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from kundbok.domain.currency import in_kronor, to_sek
from kundbok.domain.invoicing import (
    Line,
    Totals,
    invoice_totals,
    line_amount,
    reverse_charge_applies,
    vat_rate_for,
)


class InvoiceState(StrEnum):
    """What is stored in invoice.state."""

    DRAFT = "draft"
    ISSUED = "issued"
    PAID = "paid"
    CREDITED = "credited"


# How money was received; what is stored in payment.method.
PAYMENT_METHODS = ("bankgiro", "plusgiro", "transfer", "swish", "cash", "card")


class InvoiceKind(StrEnum):
    """What is stored in invoice.kind."""

    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class InvoiceStatus(StrEnum):
    """What a user reads in the status column: the state seen on a given day."""

    DRAFT = "draft"
    UNPAID = "issued"
    OVERDUE = "overdue"
    PARTLY_PAID = "partly_paid"  # payments cover part of it, not yet due
    PAID = "paid"
    OVERPAID = "overpaid"  # payments exceed it: money to refund or set off
    CREDITED = "credited"
    SETTLED = "settled"  # a credit note that cancelled an unpaid invoice, or was refunded
    REFUND_DUE = "refund_due"  # a credit note for a paid invoice: money goes back to the buyer


class Stage(Protocol):
    """What the life cycle looks at: an invoice's kind, state and due date."""

    @property
    def kind(self) -> str: ...

    @property
    def state(self) -> str: ...

    @property
    def due_date(self) -> dt.date | None: ...


def can_edit(invoice: Stage) -> bool:
    """Only a draft may change; an issued invoice is corrected by a credit note."""
    return invoice.state == InvoiceState.DRAFT


def can_delete(invoice: Stage) -> bool:
    """Only a draft may be thrown away: issued numbers are kept for ever."""
    return invoice.state == InvoiceState.DRAFT


def can_issue(invoice: Stage) -> bool:
    """A draft may be issued (given a number and frozen)."""
    return invoice.state == InvoiceState.DRAFT


def can_credit(invoice: Stage) -> bool:
    """An issued invoice, paid or not, may be credited; a credit note may not."""
    return invoice.kind == InvoiceKind.INVOICE and invoice.state in (
        InvoiceState.ISSUED,
        InvoiceState.PAID,
    )


def can_mark_paid(invoice: Stage) -> bool:
    """An issued, unpaid invoice may be marked paid; a credit note whose refund is due may be
    marked refunded the same way."""
    return invoice.state == InvoiceState.ISSUED


def can_register_payment(invoice: Stage) -> bool:
    """Money may be received on an issued invoice, paid or not (an overpayment is noted)."""
    return invoice.kind == InvoiceKind.INVOICE and invoice.state in (
        InvoiceState.ISSUED,
        InvoiceState.PAID,
    )


def status(
    invoice: Stage,
    today: dt.date,
    paid: Decimal = Decimal(0),
    amount_due: Decimal | None = None,
) -> InvoiceStatus:
    """The status a user reads on `today`, given what was `paid` of the `amount_due`: overdue
    once an unpaid (or partly paid) invoice is past its due date; partly paid or overpaid by its
    payments; a credit note settled or with a refund due."""
    if invoice.kind == InvoiceKind.CREDIT_NOTE and invoice.state != InvoiceState.DRAFT:
        if invoice.state == InvoiceState.ISSUED:
            return InvoiceStatus.REFUND_DUE
        return InvoiceStatus.SETTLED
    if invoice.state == InvoiceState.ISSUED:
        if days_overdue(invoice, today) > 0:
            return InvoiceStatus.OVERDUE
        return InvoiceStatus.PARTLY_PAID if paid > 0 else InvoiceStatus.UNPAID
    if invoice.state == InvoiceState.PAID and amount_due is not None and paid > amount_due:
        return InvoiceStatus.OVERPAID
    return InvoiceStatus(invoice.state)


def days_overdue(invoice: Stage, today: dt.date) -> int:
    """Days an issued, unpaid invoice is past its due date on `today` (0 when not late)."""
    if invoice.state != InvoiceState.ISSUED or invoice.due_date is None:
        return 0
    return max(0, (today - invoice.due_date).days)


def state_after_payments(invoice: Stage, paid: Decimal, amount_due: Decimal) -> InvoiceState:
    """An issued invoice is paid once its payments cover it, and issued again when a reversal
    leaves part of it open; any other state is left as it is."""
    if invoice.kind != InvoiceKind.INVOICE or invoice.state not in (
        InvoiceState.ISSUED,
        InvoiceState.PAID,
    ):
        return InvoiceState(invoice.state)
    return InvoiceState.PAID if paid >= amount_due else InvoiceState.ISSUED


@dataclass(frozen=True, kw_only=True)
class LineDetails:
    """One invoice line as the editor shows it."""

    description: str = ""
    quantity: Decimal = Decimal(1)
    unit: str = ""
    unit_price: Decimal = Decimal(0)
    discount_percent: Decimal = Decimal(0)
    vat_rate: Decimal = field(default_factory=lambda: vat_rate_for("standard", dt.date.today()))
    kind: str = "other"
    # The ROT/RUT work type of a labour or material line (schema V6 code, "" for none).
    work_type: str = ""
    article_id: int | None = None
    article_number: str = ""

    def as_line(self) -> Line:
        """The figures the amount is computed from."""
        return Line(self.quantity, self.unit_price, self.discount_percent, self.vat_rate, self.kind)

    @property
    def amount(self) -> Decimal:
        """Excluding VAT, after discount, in öre."""
        return line_amount(self.as_line())


@dataclass(frozen=True, kw_only=True)
class InvoiceDetails:
    """An invoice or credit note with its lines; the buyer fields are frozen at issue."""

    customer_id: int
    id: int | None = None
    number: int | None = None
    kind: str = InvoiceKind.INVOICE
    state: str = InvoiceState.DRAFT
    invoice_date: dt.date | None = None
    due_date: dt.date | None = None
    delivery_date: dt.date | None = None
    paid_date: dt.date | None = None
    payment_terms_days: int = 30
    currency: str = "SEK"
    # Kronor for one unit of `currency` on the delivery date; None for an invoice in kronor.
    exchange_rate: Decimal | None = None
    language: str = "sv"
    their_reference: str = ""
    our_reference: str = ""
    order_reference: str = ""  # the buyer's purchase order (BT-13 of an e-invoice)
    text: str = ""
    ocr: str | None = None
    rot_rut: str = ""
    credited_invoice_id: int | None = None
    # A räntefaktura: the late invoice it charges interest and reminder charges for.
    interest_for_invoice_id: int | None = None
    buyer_name: str = ""
    buyer_number: int | None = None
    buyer_org_number: str | None = None
    buyer_personal_number: str | None = None
    buyer_vat_number: str | None = None
    buyer_country: str = "SE"
    buyer_billing_address: str = ""
    buyer_delivery_address: str = ""
    buyer_rot_rut_property: str = ""
    buyer_rot_rut_housing_org_number: str | None = None
    buyer_rot_rut_apartment_number: str = ""
    # The reference code the buyer routes e-invoices by (BT-10), from the customer's card.
    buyer_reference: str = ""
    # When the invoice was last e-mailed, and to which address (None: never).
    sent_at: dt.datetime | None = None
    sent_to: str | None = None
    # Reminders sent so far, and the last one's date (None: never reminded).
    reminder_level: int = 0
    reminded_on: dt.date | None = None
    # The ROT/RUT claim: when and in which file; Skatteverket's decision, entered by hand.
    rot_rut_claimed_at: dt.datetime | None = None
    rot_rut_claim_file: str = ""
    rot_rut_decided_on: dt.date | None = None
    rot_rut_granted: Decimal = Decimal(0)
    lines: tuple[LineDetails, ...] = ()
    # The row's version when it was read; a save from an older one is refused (None: no check).
    version: int | None = None

    def totals(self, used_deduction: Decimal = Decimal(0)) -> Totals:
        """The sums the invoice prints, less ROT/RUT already used this year."""
        return invoice_totals(
            (line.as_line() for line in self.lines), self.currency, self.rot_rut, used_deduction
        )

    def vat_in_kronor(self, totals: Totals | None = None) -> Decimal | None:
        """The VAT in kronor at the invoice's rate, which an invoice in another currency shows
        beside its own (ML 17 kap. 29 §); None in kronor or while the rate is missing."""
        if in_kronor(self.currency) or self.exchange_rate is None:
            return None
        return to_sek((totals or self.totals()).vat, self.exchange_rate)

    def status(self, today: dt.date) -> InvoiceStatus:
        """The status a user reads on `today` (see `status`)."""
        return status(self, today)

    @property
    def reverse_charge(self) -> bool:
        """True when the buyer, not the seller, accounts for the VAT."""
        return reverse_charge_applies(self.buyer_country, self.buyer_vat_number)
