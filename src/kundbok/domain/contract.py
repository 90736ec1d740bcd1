"""A contract (avtal): the lines a customer is invoiced for every period, and how its prices
are raised (indexuppräkning).

A contract line keeps the price it was given when the contract was made or last edited; a
price adjustment raises (or lowers) it by a percentage from a date, rounded to öre or whole
kronor, and applies to the periods that begin on or after that date, so that a period caught up
later still carries the price of its time. Adjustments are applied in the order of their dates,
each on the price the earlier ones left.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from functools import cached_property

from kundbok.domain.contract_periods import Period, Schedule, check_schedule
from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kundbok.domain.invoice import LineDetails
from kundbok.domain.invoicing import line_amount
from kundbok.domain.limits import check_invoice_texts
from kundbok.domain.money import ORE
from kundbok.domain.text import cleaned

LOWEST_PERCENT = Decimal(-50)
HIGHEST_PERCENT = Decimal(100)


class Rounding(StrEnum):
    """How an adjusted price is rounded; what is stored in contract_adjustment.rounding."""

    ORE = "ore"
    KRONA = "krona"


class ContractStatus(StrEnum):
    """What the contract list shows: the state of a contract on a given day."""

    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


@dataclass(frozen=True)
class PriceAdjustment:
    """Prices raised by `percent` for the periods beginning on or after `from_date`."""

    from_date: dt.date
    percent: Decimal
    rounding: Rounding = Rounding.ORE


@dataclass(frozen=True, kw_only=True)
class ContractDetails:
    """A contract with its lines, as the editor and the run read it."""

    customer_id: int
    start_date: dt.date
    interval_months: int = 1
    id: int | None = None
    number: int | None = None
    end_date: dt.date | None = None
    in_arrears: bool = False
    days_before: int = 0
    our_reference: str = ""
    their_reference: str = ""
    buyer_reference: str = ""
    order_reference: str = ""
    text: str = ""
    rot_rut: str = ""
    paused_from: dt.date | None = None
    lines: tuple[LineDetails, ...] = ()
    adjustments: tuple[PriceAdjustment, ...] = ()
    version: int | None = None

    @cached_property
    def schedule(self) -> Schedule:
        """When the contract invoices."""
        return Schedule(
            self.start_date, self.interval_months, self.end_date, self.in_arrears, self.days_before
        )

    def status(self, today: dt.date) -> ContractStatus:
        """Ended once past its end date, paused while a pause runs, else active."""
        if self.end_date is not None and self.end_date < today:
            return ContractStatus.ENDED
        if self.paused_from is not None and self.paused_from <= today:
            return ContractStatus.PAUSED
        return ContractStatus.ACTIVE

    def lines_for(self, period_start: dt.date) -> tuple[LineDetails, ...]:
        """The lines at the prices of the period beginning on `period_start`."""
        adjustments = self.adjustments
        if all(adjustment.from_date > period_start for adjustment in adjustments):
            return self.lines  # no raise yet: the run's list asks this of thousands
        return tuple(
            replace(line, unit_price=adjusted_price(line.unit_price, adjustments, period_start))
            for line in self.lines
        )

    def amount_for(self, period_start: dt.date) -> Decimal:
        """What the period beginning on `period_start` costs, excluding VAT."""
        return sum(
            (line_amount(line.as_line()) for line in self.lines_for(period_start)), Decimal(0)
        )


def check_percent(percent: Decimal) -> Decimal:
    """`percent` if it lies between −50 and 100; else a ValidationError."""
    if not LOWEST_PERCENT <= percent <= HIGHEST_PERCENT:
        raise ValidationError(
            "percent",
            QT_TRANSLATE_NOOP(
                "messages", "Prices are adjusted by {lowest} to {highest} %, not {percent} %."
            ),
            lowest=LOWEST_PERCENT,
            highest=HIGHEST_PERCENT,
            percent=f"{percent.normalize():f}",
        )
    return percent


def adjust(price: Decimal, percent: Decimal, rounding: Rounding) -> Decimal:
    """`price` changed by `percent`, rounded half up to öre or whole kronor."""
    raised = price * (Decimal(100) + percent) / Decimal(100)
    step = Decimal(1) if rounding == Rounding.KRONA else ORE
    return raised.quantize(step, rounding=ROUND_HALF_UP)


def adjusted_price(
    price: Decimal, adjustments: tuple[PriceAdjustment, ...], period_start: dt.date
) -> Decimal:
    """The price of a period: `price` through every adjustment dated on or before its start."""
    for adjustment in sorted(adjustments, key=lambda found: found.from_date):
        if adjustment.from_date <= period_start:
            price = adjust(price, adjustment.percent, adjustment.rounding)
    return price


def check_contract(contract: ContractDetails) -> ContractDetails:
    """The contract cleaned of control characters, with its schedule, texts and lines checked
    (at least one line)."""
    contract = replace(
        cleaned(contract, frozenset({"text"})),
        lines=tuple(cleaned(line, frozenset({"description"})) for line in contract.lines),
    )
    check_schedule(contract.schedule)
    check_invoice_texts(contract.their_reference, contract.our_reference, contract.text)
    if not contract.lines:
        raise ValidationError(
            "lines", QT_TRANSLATE_NOOP("messages", "A contract needs at least one line.")
        )
    return contract


# The period as the invoice's lines show it, in the customer's language.
_PERIOD_TEXT = {"sv": "Period {start} – {end}", "en": "Period {start} – {end}"}
_CONTRACT_TEXT = {"sv": "Avtal {number}", "en": "Contract {number}"}


def period_text(found: Period, language: str) -> str:
    """ "Period 2027-01-01 – 2027-03-31" in the customer's language."""
    template = _PERIOD_TEXT.get(language, _PERIOD_TEXT["en"])
    return template.format(start=found.start.isoformat(), end=found.end.isoformat())


def contract_text(number: int, language: str) -> str:
    """ "Avtal 12" in the customer's language: what an invoice from the contract refers to."""
    return _CONTRACT_TEXT.get(language, _CONTRACT_TEXT["en"]).format(number=number)


def invoice_lines(
    contract: ContractDetails, found: Period, language: str
) -> tuple[LineDetails, ...]:
    """The invoice lines of one period: the contract's lines at the period's prices, each
    description followed by the period."""
    when = period_text(found, language)
    return tuple(
        replace(line, description=f"{line.description}\n{when}".strip())
        for line in contract.lines_for(found.start)
    )
