"""Exact money: Decimal kronor in code, integer öre in the database."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError

ORE = Decimal("0.01")
KRONA = Decimal("1")


def from_ore(ore: int) -> Decimal:
    """Whole öre to kronor with two decimals."""
    return (Decimal(ore) / 100).quantize(ORE)


def round_ore(amount: Decimal) -> Decimal:
    """Round to whole öre (half away from zero)."""
    return amount.quantize(ORE, rounding=ROUND_HALF_UP)


def round_to_krona(total: Decimal) -> tuple[Decimal, Decimal]:
    """Öresutjämning: (total rounded to whole kronor, the rounding line added to get there).

    01–49 öre go down and 50–99 up; negative totals (credit notes) mirror that.
    """
    rounded = total.quantize(KRONA, rounding=ROUND_HALF_UP)
    return rounded.quantize(ORE), (rounded - total).quantize(ORE)


def parse_amount(text: str, field: str = "amount") -> Decimal:
    """Read an amount as people type it: "1 234,50", "1234.5", "-12"."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if cleaned.lower().endswith("kr"):
        cleaned = cleaned[:-2]
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("messages", "'{text}' is not an amount."), text=text
        ) from None
    if not value.is_finite():
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("messages", "'{text}' is not an amount."), text=text
        )
    return value
