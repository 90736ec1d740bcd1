"""What a reminder contains, and what a räntefaktura charges, for one customer on one day.

The rules of `late_payment` applied to a customer's invoices: the overdue ones are listed with
what is open and how many days late; the reminder fee is charged once per reminder,
förseningsersättning once per invoice and only to a business, interest per day on what was open
each day (part payments lower it from their date). Fees and interest carry no VAT. No interest
is counted on a räntefaktura itself (no interest on interest), nor compensation for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from kundbok.domain.invoice import days_late
from kundbok.domain.invoice import is_overdue as invoice_is_overdue
from kundbok.domain.late_payment import (
    REFERENCE_RATES,
    STATUTORY_MARGIN,
    ZERO,
    ReferenceRate,
    interest_on,
    late_payment_compensation,
    reminder_fee,
)
from kundbok.domain.money import round_ore


@dataclass(frozen=True)
class InterestTerms:
    """How interest is counted: the margin over the reference rate, or a fixed agreed rate."""

    margin: Decimal = STATUTORY_MARGIN
    agreed_percent: Decimal | None = None
    rates: tuple[ReferenceRate, ...] = REFERENCE_RATES


@dataclass(frozen=True)
class ReminderTerms:
    """What the company (or the customer's card) says a reminder to this customer may charge."""

    fee: Decimal = ZERO  # the agreed reminder fee; 0 when none was agreed
    is_business: bool = True
    charges_compensation: bool = False
    interest: InterestTerms = field(default_factory=InterestTerms)


def agreed_fee(
    customer_fee: Decimal | None, group_fee: Decimal | None, company_fee: Decimal
) -> Decimal:
    """The reminder fee agreed with a customer: its own, else its group's, else the company's
    (None: no fee of that level; 0 is an agreement to charge none)."""
    for fee in (customer_fee, group_fee):
        if fee is not None:
            return fee
    return company_fee


@dataclass(frozen=True)
class Receivable:
    """An issued invoice as a reminder looks at it: its amount, due date and payments."""

    invoice_id: int
    number: int
    ocr: str
    due_date: dt.date
    amount_due: Decimal
    payments: tuple[tuple[dt.date, Decimal], ...] = ()  # (date, amount), none reversed
    level: int = 0  # reminders sent so far
    reminded_on: dt.date | None = None
    compensation_charged: bool = False  # on an earlier reminder
    is_interest_invoice: bool = False
    currency: str = "SEK"

    def open_on(self, day: dt.date) -> Decimal:
        """What is still owed at the end of `day`."""
        return self.amount_due - sum((a for d, a in self.payments if d <= day), ZERO)

    def days_late(self, day: dt.date) -> int:
        """Days past the due date on `day` (0 when not late)."""
        return days_late(self.due_date, day)

    @property
    def settled_on(self) -> dt.date | None:
        """The day the payments first covered the invoice (None while open)."""
        paid = ZERO
        for day, amount in sorted(self.payments):
            paid += amount
            if paid >= self.amount_due:
                return day
        return None


def interest_until(receivable: Receivable, day: dt.date, terms: InterestTerms) -> Decimal:
    """Dröjsmålsränta from the due date up to and including `day` on what was open each day,
    rounded to öre once; nothing on a räntefaktura."""
    if receivable.is_interest_invoice:
        return ZERO
    balance = receivable.open_on(receivable.due_date)
    start = receivable.due_date
    total = ZERO
    later = sorted((d, a) for d, a in receivable.payments if receivable.due_date < d <= day)
    for paid_day, amount in [*later, (day, ZERO)]:
        total += interest_on(
            balance,
            start,
            paid_day,
            margin=terms.margin,
            agreed_percent=terms.agreed_percent,
            rates=terms.rates,
        )
        balance -= amount
        start = paid_day
    return round_ore(total)


@dataclass(frozen=True)
class ReminderLine:
    """One overdue invoice on a reminder."""

    receivable: Receivable
    open_amount: Decimal
    days_late: int
    interest: Decimal
    compensation: Decimal

    @property
    def level(self) -> int:
        """This reminder's level for the invoice: 1 for the first, then 2, 3, ..."""
        return self.receivable.level + 1


@dataclass(frozen=True)
class ReminderContent:
    """A reminder to one customer on `day`: its invoices, the fee and what they add up to."""

    day: dt.date
    lines: tuple[ReminderLine, ...]
    fee: Decimal
    currency: str = "SEK"  # every invoice of a reminder is in it: amounts are never mixed

    @property
    def open_total(self) -> Decimal:
        """The invoices' open amounts: what is paid with their OCR references now."""
        return sum((line.open_amount for line in self.lines), ZERO)

    @property
    def interest_total(self) -> Decimal:
        """Interest to `day` on all the invoices."""
        return sum((line.interest for line in self.lines), ZERO)

    @property
    def compensation_total(self) -> Decimal:
        """Förseningsersättning charged on this reminder."""
        return sum((line.compensation for line in self.lines), ZERO)

    @property
    def charges_total(self) -> Decimal:
        """Fee, compensation and interest: invoiced later on a räntefaktura."""
        return self.fee + self.compensation_total + self.interest_total

    @property
    def total(self) -> Decimal:
        """Everything the customer owes on `day`."""
        return self.open_total + self.charges_total

    @property
    def level(self) -> int:
        """The highest level among the invoices (what the reminder's heading says)."""
        return max((line.level for line in self.lines), default=0)


def is_overdue(receivable: Receivable, day: dt.date) -> bool:
    """True when something is still open on `day` after the due date (the invoice's rule,
    `domain.invoice.is_overdue`, on what was open that day)."""
    return invoice_is_overdue(receivable.due_date, receivable.open_on(day), day)


def reminder_content(
    receivables: Iterable[Receivable], terms: ReminderTerms, day: dt.date
) -> ReminderContent:
    """What a reminder to one customer contains on `day`: the overdue invoices not already
    reminded that day, each with its interest to `day` and its compensation (once per invoice,
    businesses only, when the company charges it), and the fee once (when agreed)."""
    lines = tuple(
        ReminderLine(
            receivable,
            receivable.open_on(day),
            receivable.days_late(day),
            interest_until(receivable, day, terms.interest),
            ZERO
            if receivable.is_interest_invoice
            else late_payment_compensation(
                is_business=terms.is_business,
                charged_before=receivable.compensation_charged,
                company_charges_it=terms.charges_compensation,
            ),
        )
        for receivable in sorted(receivables, key=lambda r: (r.due_date, r.number))
        if is_overdue(receivable, day) and receivable.reminded_on != day
    )
    fee = reminder_fee(terms.fee, agreed_in_advance=terms.fee > 0) if lines else ZERO
    return ReminderContent(day, lines, fee)


def reminder_contents(
    receivables: Iterable[Receivable], terms: ReminderTerms, day: dt.date
) -> list[ReminderContent]:
    """The reminders to one customer on `day`: one per currency of its overdue invoices (SEK
    first), so that no document adds kronor to euros. The reminder fee and förseningsersättning
    are amounts in kronor set by Swedish law; with no exchange rate to convert them, a reminder
    in another currency charges neither, only interest (a percentage, in its own currency)."""
    by_currency: dict[str, list[Receivable]] = {}
    for receivable in receivables:
        by_currency.setdefault(receivable.currency, []).append(receivable)
    contents = []
    for currency in sorted(by_currency, key=lambda code: (code != "SEK", code)):
        in_kronor = currency == "SEK"
        charged = terms if in_kronor else replace(terms, fee=ZERO, charges_compensation=False)
        content = reminder_content(by_currency[currency], charged, day)
        if content.lines:
            contents.append(replace(content, currency=currency))
    return contents


def reminder_due_date(day: dt.date, terms_days: int) -> dt.date:
    """The date a reminder asks to be paid by."""
    return day + dt.timedelta(days=terms_days)


@dataclass(frozen=True)
class InterestCharge:
    """What a räntefaktura for one late invoice charges: interest from the due date to the day
    it was paid, and the reminder fees and compensation not yet invoiced."""

    receivable: Receivable
    paid_on: dt.date
    interest: Decimal
    fees: Decimal
    compensation: Decimal

    @property
    def total(self) -> Decimal:
        """What the räntefaktura asks, before öresutjämning."""
        return self.interest + self.fees + self.compensation


def interest_charge(
    receivable: Receivable,
    terms: InterestTerms,
    fees: Sequence[Decimal] = (),
    compensation: Sequence[Decimal] = (),
) -> InterestCharge | None:
    """The räntefaktura of a paid invoice; None while it is open or when nothing is owed
    (paid on time, and no fee or compensation waiting)."""
    paid_on = receivable.settled_on
    if paid_on is None:
        return None
    charge = InterestCharge(
        receivable,
        paid_on,
        interest_until(receivable, paid_on, terms),
        sum(fees, ZERO),
        sum(compensation, ZERO),
    )
    return charge if charge.total > 0 else None
