"""Invoice arithmetic: line amounts, VAT per rate, öresutjämning, ROT/RUT, due dates.

Everything is Decimal; amounts are rounded to whole öre per line and per VAT rate, as an
invoice prints them, so that the printed figures add up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kundbok.domain.money import round_ore, round_to_krona
from kundbok.domain.rot_rut.rules import NONE_USED, ReductionsUsed, rot_rut_deduction

HUNDRED = Decimal(100)
ZERO = Decimal(0)


@dataclass(frozen=True)
class VatRate:
    """A VAT rate in force for a while: rates are data, since Parliament changes them."""

    percent: Decimal
    category: str
    valid_from: dt.date = dt.date.min
    valid_to: dt.date = dt.date.max


# Food moves from 12 % to 6 % from 2026-04-01 to 2027-12-31 (the temporary food VAT cut).
VAT_RATES = (
    VatRate(Decimal(25), "standard"),
    VatRate(Decimal(12), "reduced"),
    VatRate(Decimal(12), "food", valid_to=dt.date(2026, 3, 31)),
    VatRate(Decimal(6), "food", dt.date(2026, 4, 1), dt.date(2027, 12, 31)),
    VatRate(Decimal(12), "food", valid_from=dt.date(2028, 1, 1)),
    VatRate(Decimal(6), "low"),
    VatRate(Decimal(0), "exempt"),
)
EU_COUNTRIES = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SI SK".split()
)


def vat_rates_on(day: dt.date) -> list[Decimal]:
    """The distinct VAT rates in force on `day`, highest first."""
    rates = {rate.percent for rate in VAT_RATES if rate.valid_from <= day <= rate.valid_to}
    return sorted(rates, reverse=True)


def check_vat_rate(rate: Decimal, day: dt.date, field: str = "vat_rate") -> Decimal:
    """`rate` if it is a VAT rate in force on `day`; else a ValidationError listing those."""
    rates = vat_rates_on(day)
    if rate not in rates:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("messages", "{rate} % is not a VAT rate; the rates are {rates} %."),
            rate=f"{rate.normalize():f}",
            rates=", ".join(f"{r.normalize():f}" for r in rates),
        )
    return rate


def standard_vat_rate() -> Decimal:
    """Today's standard rate: the default of a new article and of the company's settings."""
    return vat_rate_for("standard", dt.date.today())


def vat_rate_for(category: str, day: dt.date) -> Decimal:
    """The rate of a category ("food", "standard"…) on `day`."""
    for rate in VAT_RATES:
        if rate.category == category and rate.valid_from <= day <= rate.valid_to:
            return rate.percent
    raise LookupError(f"no VAT rate for {category} on {day}")


@dataclass(frozen=True)
class Line:
    """What a line's amount is computed from."""

    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal = ZERO
    vat_rate: Decimal = field(default_factory=standard_vat_rate)
    kind: str = "other"  # "labour" or "material" for ROT/RUT, else "other"


def line_amount(line: Line) -> Decimal:
    """Quantity × price less discount, excluding VAT, rounded to öre."""
    gross = line.quantity * line.unit_price
    return round_ore(gross * (HUNDRED - line.discount_percent) / HUNDRED)


@dataclass(frozen=True)
class VatLine:
    rate: Decimal
    base: Decimal
    vat: Decimal


@dataclass(frozen=True)
class Totals:
    """The sums an invoice prints."""

    net: Decimal
    vat_lines: tuple[VatLine, ...]
    vat: Decimal
    rounding: Decimal
    total: Decimal
    labour: Decimal = ZERO  # labour including VAT, the basis of a ROT/RUT deduction
    deduction: Decimal = ZERO
    to_pay: Decimal = field(default=ZERO)


def invoice_totals(
    lines: Iterable[Line],
    currency: str = "SEK",
    rot_rut: str = "",
    used: ReductionsUsed = NONE_USED,
    performed: dt.date | None = None,
    paid: dt.date | None = None,
) -> Totals:
    """Net, VAT per rate, öresutjämning (SEK only), total, and a ROT/RUT deduction if asked:
    for work performed and paid on those days, within the room `used` leaves this year."""
    bases: dict[Decimal, Decimal] = {}
    labour = ZERO
    for line in lines:
        amount = line_amount(line)
        bases[line.vat_rate] = bases.get(line.vat_rate, ZERO) + amount
        if line.kind == "labour":
            labour += amount * (HUNDRED + line.vat_rate) / HUNDRED
    vat_lines = tuple(
        VatLine(rate, base, round_ore(base * rate / HUNDRED))
        for rate, base in sorted(bases.items(), reverse=True)
    )
    net = sum((v.base for v in vat_lines), ZERO)
    vat = sum((v.vat for v in vat_lines), ZERO)
    exact = net + vat
    total, rounding = round_to_krona(exact) if currency == "SEK" else (exact, ZERO)
    labour = round_ore(labour)
    deduction = rot_rut_deduction(labour, rot_rut, used, performed, paid)
    return Totals(net, vat_lines, vat, rounding, total, labour, deduction, total - deduction)


def due_date(invoice_date: dt.date, payment_terms_days: int) -> dt.date:
    """The last day to pay."""
    return invoice_date + dt.timedelta(days=payment_terms_days)


def reverse_charge_applies(
    buyer_country: str, buyer_vat_number: str | None, seller_country: str = "SE"
) -> bool:
    """EU business sale: the buyer in another EU country with a VAT number accounts for the VAT
    ("Omvänd betalningsskyldighet"), so the invoice carries none."""
    country = (buyer_country or seller_country).upper()
    return country != seller_country and country in EU_COUNTRIES and bool(buyer_vat_number)


def credited(lines: Sequence[Line]) -> list[Line]:
    """The lines of a credit note for an invoice: the same lines with negated quantities."""
    return [
        Line(-line.quantity, line.unit_price, line.discount_percent, line.vat_rate, line.kind)
        for line in lines
    ]
