"""An invoice and its life cycle: what it holds, what may happen to it next, what its status is.

A draft may change and be deleted; issuing gives it a number and freezes it; an issued invoice
is paid or credited. A credit note is issued at once and settles what is open on its invoice;
what the customer paid beyond that is owed back (state issued, "refund due") until refunds
(payments of a negative amount on the credit note) cover it (state paid, "settled").

What is open on a document is always its amount due less its payments, refunds counting
negative; a credit note adds what was open on its invoice when it was credited (`open_amount`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
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
from kundbok.domain.rot_rut.rules import NONE_USED, ReductionsUsed
from kundbok.domain.text import cleaned


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


def can_refund(invoice: Stage) -> bool:
    """Money may go back to the customer from a credit note with a refund due, or from an
    invoice that was paid (the service checks that it was paid too much)."""
    if invoice.kind == InvoiceKind.CREDIT_NOTE:
        return invoice.state == InvoiceState.ISSUED
    return invoice.state == InvoiceState.PAID


def open_amount(
    kind: str,
    state: str,
    amount_due: Decimal,
    paid: Decimal,
    credited_open: Decimal = Decimal(0),
) -> Decimal:
    """What is still owed on an issued invoice or credit note (negative: owed to the customer):
    its amount due less its payments (refunds count negative). A credit note settles
    `credited_open`, what was open on its invoice: what the customer had paid beyond that is
    owed back. A draft and a credited invoice (its credit note carries it) owe nothing."""
    if state in (InvoiceState.DRAFT, InvoiceState.CREDITED):
        return Decimal(0)
    if kind == InvoiceKind.CREDIT_NOTE:
        return amount_due + credited_open - paid
    return amount_due - paid


def days_late(due_date: dt.date | None, today: dt.date) -> int:
    """Days past `due_date` on `today`: 0 on the due date itself, before it, or without one."""
    return 0 if due_date is None else max(0, (today - due_date).days)


def is_overdue(due_date: dt.date | None, open_now: Decimal, today: dt.date) -> bool:
    """Late and something still owed: what puts an invoice on the overdue list and a reminder."""
    return open_now > 0 and days_late(due_date, today) > 0


def status(
    invoice: Stage,
    today: dt.date,
    paid: Decimal = Decimal(0),
    amount_due: Decimal | None = None,
) -> InvoiceStatus:
    """The status a user reads on `today`, given what was `paid` of the `amount_due`: overdue
    once an unpaid (or partly paid) invoice is past its due date; partly paid or overpaid by its
    payments; a credit note settled or with a refund due. `OpenAmounts.status_is` (services)
    repeats this rule in SQL for the list's filter (a test compares the two)."""
    if invoice.kind == InvoiceKind.CREDIT_NOTE and invoice.state != InvoiceState.DRAFT:
        if invoice.state == InvoiceState.ISSUED:
            return InvoiceStatus.REFUND_DUE
        return InvoiceStatus.SETTLED
    if invoice.state == InvoiceState.ISSUED:
        # Issued means something is still open (`state_after_payments`).
        if days_overdue(invoice, today) > 0:
            return InvoiceStatus.OVERDUE
        return InvoiceStatus.PARTLY_PAID if paid > 0 else InvoiceStatus.UNPAID
    if invoice.state == InvoiceState.PAID and amount_due is not None and paid > amount_due:
        return InvoiceStatus.OVERPAID
    return InvoiceStatus(invoice.state)


def days_overdue(invoice: Stage, today: dt.date) -> int:
    """Days an issued, unpaid invoice is past its due date on `today` (0 when not late)."""
    if invoice.state != InvoiceState.ISSUED or invoice.kind != InvoiceKind.INVOICE:
        return 0
    return days_late(invoice.due_date, today)


def state_after_payments(invoice: Stage, open_now: Decimal) -> InvoiceState:
    """An issued document follows what is open on it: an invoice is paid once nothing is owed
    and issued again when a reversal leaves part of it open; a credit note is settled (paid)
    once nothing is owed back. Drafts and credited invoices are left as they are."""
    if invoice.state not in (InvoiceState.ISSUED, InvoiceState.PAID):
        return InvoiceState(invoice.state)
    if invoice.kind == InvoiceKind.CREDIT_NOTE:
        return InvoiceState.PAID if open_now >= 0 else InvoiceState.ISSUED
    return InvoiceState.PAID if open_now <= 0 else InvoiceState.ISSUED


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
    # The ROT/RUT deduction as issued (a credit note's is its invoice's, negated); a draft's
    # is worked out by `totals`.
    rot_rut_deduction: Decimal = Decimal(0)
    lines: tuple[LineDetails, ...] = ()
    # The row's version when it was read; a save from an older one is refused (None: no check).
    version: int | None = None

    def totals(self, used: ReductionsUsed = NONE_USED) -> Totals:
        """The sums the invoice prints. An issued one keeps the deduction it was issued with; a
        draft's is the share for work performed on its delivery date and paid on its invoice
        date (both today when not set), within the room `used` leaves of this year's ceilings."""
        paid = self.invoice_date or dt.date.today()
        totals = invoice_totals(
            (line.as_line() for line in self.lines),
            self.currency,
            self.rot_rut,
            used,
            self.delivery_date or paid,
            paid,
        )
        if self.state == InvoiceState.DRAFT:
            return totals
        return replace(
            totals,
            deduction=self.rot_rut_deduction,
            to_pay=totals.total - self.rot_rut_deduction,
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


# Texts of an invoice that may run over several lines: they keep tabs and line breaks.
MULTI_LINE_FIELDS = frozenset({"text", "buyer_billing_address", "buyer_delivery_address"})
MULTI_LINE_LINE_FIELDS = frozenset({"description"})


def cleaned_invoice(invoice: InvoiceDetails) -> InvoiceDetails:
    """The invoice without control characters in its texts or its lines' texts (a paste from
    Word brings vertical tabs, some systems NUL or ESC): as a customer's texts are cleaned."""
    lines = tuple(cleaned(line, MULTI_LINE_LINE_FIELDS) for line in invoice.lines)
    return replace(cleaned(invoice, MULTI_LINE_FIELDS), lines=lines)
