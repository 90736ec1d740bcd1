"""Entries (fakturaunderlag): hours and material noted on a customer as the work is done, and
the invoice lines they become when the job is invoiced.

An entry is an article (labour or material) or free text, a quantity, a price and a text. Its
hours may be typed as a decimal ("1,25") or as hours and minutes ("1:15"); a running timer is
rounded up to a chosen step of minutes. Invoiced, an entry is one line with its date and text,
or, summed, its article's entries of one price make one line.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kundbok.domain.invoice import LineDetails
from kundbok.domain.invoicing import Line, line_amount
from kundbok.domain.limits import ARTICLE_DESCRIPTION, check_length
from kundbok.domain.money import parse_decimal

# The text of an entry: printed after its date on an itemised invoice line.
TEXT_LIMIT = ARTICLE_DESCRIPTION
QUANTITY_DECIMALS = 3
# Units that count as hours on Att fakturera and the card (a consultant's hours are not ROT
# labour, yet hours); compared in lower case.
HOUR_UNITS = ("tim", "timmar", "timme", "h", "hour", "hours", "hr")
_THOUSANDTH = Decimal("0.001")
_HOURS_AND_MINUTES = re.compile(r"\s*(\d{1,5}):([0-5]\d)\s*")
NOT_A_QUANTITY = QT_TRANSLATE_NOOP(
    "messages", "'{text}' is not a quantity (write hours as 1,25 or 1:15)."
)


def parse_quantity(text: str) -> Decimal:
    """A quantity as people type it: "2", "1,25", "1.5" or hours and minutes "1:15" (1.25 h;
    minutes that give more than three decimals of an hour are rounded to the thousandth)."""
    timed = _HOURS_AND_MINUTES.fullmatch(text)
    if timed:
        hours, minutes = int(timed[1]), int(timed[2])
        quantity = (Decimal(hours) + Decimal(minutes) / 60).quantize(_THOUSANDTH, ROUND_HALF_UP)
    else:
        quantity = parse_decimal(text, "quantity", QUANTITY_DECIMALS, NOT_A_QUANTITY)
    check_quantity(quantity)
    return quantity


def check_quantity(quantity: Decimal) -> None:
    """A quantity is not zero and keeps at most three decimals (a minus: a correction)."""
    if quantity == 0:
        raise ValidationError(
            "quantity", QT_TRANSLATE_NOOP("messages", "The quantity cannot be zero.")
        )
    if quantity != quantity.quantize(_THOUSANDTH):
        raise ValidationError(
            "quantity",
            QT_TRANSLATE_NOOP("messages", "'{text}' has more than 3 decimals."),
            text=f"{quantity:f}",
        )


def timed_hours(seconds: float, step_minutes: int) -> Decimal:
    """The hours of a timer that ran `seconds`, rounded up to whole steps of `step_minutes`
    (at least one step: a started job is charged)."""
    if step_minutes <= 0:
        raise ValidationError(
            "step", QT_TRANSLATE_NOOP("messages", "The step must be at least one minute.")
        )
    steps = max(1, math.ceil(max(seconds, 0) / 60 / step_minutes - 1e-9))
    minutes = steps * step_minutes
    return (Decimal(minutes) / 60).quantize(_THOUSANDTH, ROUND_HALF_UP)


@dataclass(frozen=True, kw_only=True)
class EntryDetails:
    """One entry as the screens and the command line show it; `invoice_id` is the invoice it
    is on (None: unbilled, and it may still change)."""

    customer_id: int
    entry_date: dt.date
    quantity: Decimal
    unit_price: Decimal
    vat_rate: Decimal
    id: int | None = None
    article_id: int | None = None
    article_number: str = ""
    description: str = ""  # the article's description, or the line's for free text
    text: str = ""
    unit: str = ""
    kind: str = "other"  # labour, material or other: the article's ROT/RUT kind
    work_type: str = ""
    invoice_id: int | None = None
    invoice_number: int | None = None
    customer_number: int | None = None
    created_by: str = ""
    version: int | None = None

    @property
    def amount(self) -> Decimal:
        """Quantity × price, excluding VAT, in öre."""
        return line_amount(Line(self.quantity, self.unit_price, Decimal(0), self.vat_rate))

    @property
    def hours(self) -> Decimal:
        """The hours of a labour entry or one counted in hours (0 for material)."""
        is_hours = self.kind == "labour" or self.unit.lower() in HOUR_UNITS
        return self.quantity if is_hours else Decimal(0)


def check_entry(entry: EntryDetails) -> None:
    """What an entry needs before it is kept: a quantity, and a text when it has no article."""
    check_quantity(entry.quantity)
    check_length("text", entry.text, TEXT_LIMIT)
    if not entry.article_number and not (entry.description.strip() or entry.text.strip()):
        raise ValidationError(
            "text", QT_TRANSLATE_NOOP("messages", "An entry without an article needs a text.")
        )


def entry_lines(
    entries: Iterable[EntryDetails],
    summed: bool,
    discount: Decimal = Decimal(0),
    agreed: Collection[int] = (),
) -> tuple[LineDetails, ...]:
    """The invoice lines of `entries`, oldest first: one per entry with its date and text, or
    with `summed` one per article, price, VAT and work type with the quantities added up. The
    customer's general `discount` goes on every line but those of the articles in `agreed`
    (priced by an agreement with the customer, which is its price already)."""
    ordered = sorted(entries, key=lambda entry: (entry.entry_date, entry.id or 0))

    zero = Decimal(0)

    def discount_of(entry: EntryDetails) -> Decimal:
        return Decimal(0) if entry.article_id in agreed else discount

    if not summed:
        return tuple(
            _line(entry, _itemised_text(entry), entry.quantity, discount_of(entry))
            for entry in ordered
        )
    groups: dict[tuple[object, ...], list[EntryDetails]] = {}
    for entry in ordered:
        key = (
            entry.article_number,
            entry.description if entry.article_number else entry.text or entry.description,
            entry.unit,
            entry.unit_price,
            entry.vat_rate,
            entry.kind,
            entry.work_type,
        )
        groups.setdefault(key, []).append(entry)
    return tuple(
        _line(group[0], str(key[1]), sum((e.quantity for e in group), zero), discount_of(group[0]))
        for key, group in groups.items()
    )


def _itemised_text(entry: EntryDetails) -> str:
    what = entry.text.strip() or entry.description
    if entry.article_number and entry.text.strip():
        what = f"{entry.description}: {entry.text.strip()}"
    return f"{entry.entry_date.isoformat()} {what}"


def _line(
    entry: EntryDetails, description: str, quantity: Decimal, discount: Decimal
) -> LineDetails:
    return LineDetails(
        description=description,
        quantity=quantity,
        unit=entry.unit,
        unit_price=entry.unit_price,
        discount_percent=discount,
        vat_rate=entry.vat_rate,
        kind=entry.kind,
        work_type=entry.work_type,
        article_id=entry.article_id,
        article_number=entry.article_number,
    )


_EXCEL_EPOCH = dt.date(1899, 12, 30)  # day 0 of Excel's 1900 date system (after its leap bug)
_DATE_AND_TIME = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")


def parse_entry_date(text: str) -> dt.date:
    """A date from a file: 2026-11-02 (a time after it is ignored), 2026/11/02, or a
    spreadsheet's day number (46328)."""
    text = text.strip()
    written = _DATE_AND_TIME.fullmatch(text)
    try:
        if written:
            return dt.date(int(written[1]), int(written[2]), int(written[3]))
        if text.isdigit() and 0 < int(text) < 2_958_466:
            return _EXCEL_EPOCH + dt.timedelta(days=int(text))
    except ValueError:
        pass
    raise ValidationError(
        "entry_date", QT_TRANSLATE_NOOP("messages", "'{text}' is not a date."), text=text
    )
