"""Part invoices of a quote (delfakturor): what the next part bills of each of the quote's lines.

A part bills, line by line, a net amount (excluding VAT) of what remains of each line. Three
ways to ask: a percentage of the quote, chosen lines (what remains of them), or the rest. The
last part of every line bills exactly what remains of it, so the parts' nets add up to the
quote's, line by line and per VAT rate, to the öre.

A percentage part rounds each line's share to a step of whole kronor chosen so that the part's
VAT, its total and (on a ROT/RUT quote) its labour's tax reduction come out in whole kronor with
nothing to round: 4 kr at 25 % VAT (8 kr for ROT labour at 30 %), 25 kr at 12 %, 50 kr at 6 %.
Then every part before the last has no rounding of its own, and the last part's VAT, öresutjämning
and deduction are the quote's less the earlier parts': the parts add up to the quote to the öre
and the rounding difference is the last part's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from kundbok.domain import limits
from kundbok.domain.errors import QT_TRANSLATE_NOOP, RefusedError, ValidationError
from kundbok.domain.invoice import LineDetails
from kundbok.domain.invoicing import Line, line_amount

HUNDRED = Decimal(100)
ZERO = Decimal(0)
_MAX_STEP = 10_000
SLACK = Decimal("0.5")


@dataclass(frozen=True)
class QuoteLineBilling:
    """One line of the quote: its net amount and what part invoices have billed of it."""

    line: LineDetails
    billed: Decimal = ZERO

    @property
    def remaining(self) -> Decimal:
        return self.line.amount - self.billed


def _whole(value: Decimal) -> bool:
    return value == value.to_integral_value()


def rounding_step(vat_rate: Decimal, deduction_share: Decimal = ZERO) -> Decimal:
    """The smallest whole number of kronor whose VAT, amount with VAT and (with a share) tax
    reduction on that amount are whole kronor."""
    for step in range(1, _MAX_STEP):
        gross = Decimal(step) * (HUNDRED + vat_rate) / HUNDRED
        if _whole(gross) and _whole(gross * deduction_share / HUNDRED):
            return Decimal(step)
    return Decimal(1)


def _to_step(amount: Decimal, step: Decimal, rounding: str) -> Decimal:
    """`amount` as a multiple of `step`, its magnitude rounded with `rounding`."""
    steps = (abs(amount) / step).quantize(Decimal(1), rounding=rounding)
    return (steps * step).copy_sign(amount) if amount else ZERO


def remaining_percent(lines: Sequence[QuoteLineBilling]) -> Decimal:
    """How much of the quote's net is not yet invoiced, in percent (two decimals)."""
    whole = sum((line.line.amount for line in lines), ZERO)
    if whole == ZERO:
        return ZERO
    left = sum((line.remaining for line in lines), ZERO)
    return (left * HUNDRED / whole).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _refuse_nothing_left(quote_number: int) -> RefusedError:
    return RefusedError(
        QT_TRANSLATE_NOOP("messages", "Quote {number} is invoiced in full: nothing remains."),
        number=quote_number,
    )


def part_amounts(
    quote_number: int,
    lines: Sequence[QuoteLineBilling],
    percent: Decimal | None = None,
    chosen: Sequence[int] = (),
    rot_rut_share: Decimal = ZERO,
) -> list[Decimal]:
    """What the next part bills of each line (net): `percent` of the quote, the rest of the
    `chosen` lines (numbered from 1), or with neither the rest of every line. A part beyond what
    remains, or of nothing, is refused. `rot_rut_share` is the quote's share for labour lines."""
    left = remaining_percent(lines)
    if left == ZERO or all(line.remaining == ZERO for line in lines):
        raise _refuse_nothing_left(quote_number)
    if chosen:
        return _chosen_lines(quote_number, lines, chosen)
    if percent is None or percent >= left - SLACK:
        # The parts before were rounded to whole kronor: what remains may read 29,85 % after
        # 70 %. Asking for what remains give or take half a point is asking for the rest.
        if percent is not None and percent > left + SLACK:
            raise ValidationError(
                "percent",
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Only {left} % of quote {number} remains to invoice, not {percent} %.",
                ),
                left=f"{left.normalize():f}",
                number=quote_number,
                percent=f"{percent.normalize():f}",
            )
        return [line.remaining for line in lines]
    if percent <= ZERO:
        raise ValidationError(
            "percent",
            QT_TRANSLATE_NOOP("messages", "A part must be more than 0 %."),
        )
    amounts = []
    for billing in lines:
        line = billing.line
        share = rot_rut_share if line.kind == "labour" else ZERO
        step = rounding_step(line.vat_rate, share)
        wanted = _to_step(line.amount * percent / HUNDRED, step, ROUND_HALF_UP)
        most = _to_step(billing.remaining, step, ROUND_DOWN)
        amounts.append(wanted if abs(wanted) <= abs(most) else most)
    if all(amount == ZERO for amount in amounts):
        raise ValidationError(
            "percent",
            QT_TRANSLATE_NOOP(
                "messages", "{percent} % of quote {number} is too little to invoice."
            ),
            percent=f"{percent.normalize():f}",
            number=quote_number,
        )
    return amounts


def _chosen_lines(
    quote_number: int, lines: Sequence[QuoteLineBilling], chosen: Sequence[int]
) -> list[Decimal]:
    for position in chosen:
        if not 1 <= position <= len(lines):
            raise ValidationError(
                "lines",
                QT_TRANSLATE_NOOP("messages", "Quote {number} has no line {line}."),
                number=quote_number,
                line=position,
            )
        if lines[position - 1].remaining == ZERO:
            raise RefusedError(
                QT_TRANSLATE_NOOP("messages", "Line {line} of quote {number} is already invoiced."),
                number=quote_number,
                line=position,
            )
    return [
        line.remaining if position in chosen else ZERO
        for position, line in enumerate(lines, start=1)
    ]


def _share_of_quantity(line: LineDetails, amount: Decimal) -> tuple[Decimal, Decimal] | None:
    """The quantity and price that bill `amount` of `line` in its own unit (4 of 10 hours),
    when such a pair comes to `amount` exactly; else None."""
    if line.amount == ZERO or line.quantity == ZERO:
        return None
    quantity = (line.quantity * amount / line.amount).quantize(Decimal("0.001"))
    if quantity <= ZERO:
        return None
    price = (amount / quantity).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if line_amount(Line(quantity, price, ZERO, line.vat_rate)) != amount:
        return None
    return quantity, price


def part_lines(
    lines: Sequence[QuoteLineBilling], amounts: Sequence[Decimal], percent_label: str
) -> list[tuple[int, LineDetails]]:
    """The invoice lines of a part, each with the position (from 1) of its quote line: a line
    billed whole at once is the quote's line as it is; a share of one bills its amount in the
    line's own unit where that comes out exact (4 of 10 hours, which the ROT/RUT claim counts),
    else as one of the amount; its description is followed by `percent_label` ("40 %")."""
    made = []
    for position, (billing, amount) in enumerate(zip(lines, amounts, strict=True), start=1):
        if amount == ZERO:
            continue
        line = billing.line
        if amount == line.amount and billing.billed == ZERO:
            made.append((position, line))
            continue
        exact = _share_of_quantity(line, amount)
        quantity, unit, price = (exact[0], line.unit, exact[1]) if exact else (
            Decimal(1), "", amount)  # fmt: skip
        whole = f"{line.quantity.normalize():f} {line.unit}".strip()
        description = f"{line.description} ({whole}), {percent_label}"
        made.append(
            (
                position,
                LineDetails(
                    description=description[: limits.LINE_DESCRIPTION],
                    quantity=quantity,
                    unit=unit,
                    unit_price=price,
                    vat_rate=line.vat_rate,
                    kind=line.kind,
                    work_type=line.work_type,
                    article_id=line.article_id,
                    article_number=line.article_number,
                ),
            )
        )
    return made


def part_percent(lines: Sequence[QuoteLineBilling], amounts: Sequence[Decimal]) -> Decimal:
    """The share of the quote's net that `amounts` bill, in percent (two decimals)."""
    whole = sum((line.line.amount for line in lines), ZERO)
    if whole == ZERO:
        return ZERO
    return (sum(amounts, ZERO) * HUNDRED / whole).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
