"""Exact money: Decimal kronor in code, integer öre in the database; amounts read as people type
them and written as they read them.

`parse_decimal` is the one reader of a typed amount, quantity, percentage or rate and
`format_amount`/`format_number` the one writer; the GUI, the command line and the files use them
with the marks of their language. A value with more decimals than its field keeps is refused,
never rounded.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError

ORE = Decimal("0.01")
KRONA = Decimal("1")
NBSP = "\u00a0"
# Space, no-break space, narrow no-break space (Swedish typesetting), thin and figure space.
_SPACES = " \u00a0\u202f\u2009\u2007"
# Hyphen-minus, the real minus sign and the en dash Swedish typography writes as a minus.
_MINUSES = "-\u2212\u2013"
# The decimal mark and the thousands separator of each language an invoice speaks.
MARKS = {"sv": (",", NBSP), "en": (".", ",")}
# An amount larger than this many whole digits is no amount anyone means (and would not fit
# the database's integer öre).
MAX_WHOLE_DIGITS = 12

_SUFFIX = re.compile(r"\s*(?:kr\.?|kronor|sek|:-)$", re.IGNORECASE)
# The whole part: digits, or groups of three after one to three digits, separated by spaces,
# points, commas or apostrophes (Swiss) throughout.
_WHOLE = re.compile(
    rf"[0-9]+|[0-9]{{1,3}}(?:(?:[{_SPACES}][0-9]{{3}})+|(?:\.[0-9]{{3}})+|(?:,[0-9]{{3}})+"
    r"|(?:['\u2019][0-9]{3})+)"
)
_FRACTION = re.compile(r"[0-9]*")


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


NOT_AN_AMOUNT = QT_TRANSLATE_NOOP("messages", "'{text}' is not an amount.")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("messages", "'{text}' is not a number.")
NOT_A_PERCENTAGE = QT_TRANSLATE_NOOP("messages", "'{text}' is not a percentage.")


def _split(body: str) -> tuple[str, str]:
    """The whole part and the decimals of `body` (digits, spaces, "," and "."): with both
    marks the last is the decimal mark; a mark that occurs more than once groups thousands."""
    commas, points = body.count(","), body.count(".")
    if commas and points:
        mark = "," if body.rfind(",") > body.rfind(".") else "."
    elif commas == 1 or points == 1:
        mark = "," if commas else "."
    else:
        return body, ""
    whole, _, fraction = body.rpartition(mark)
    return whole, fraction


def parse_decimal(
    text: str, field: str = "amount", decimals: int = 2, not_a_number: str = NOT_A_NUMBER
) -> Decimal:
    """Read a number as people type it, with at most `decimals` decimals: "1 234,50",
    "1.234,50", "1,234.50", "1234.5", "−12", "99 kr", "100:-", no-break and narrow no-break
    spaces between the thousands. More decimals are refused (ValidationError), never rounded;
    text that is no number is refused with `not_a_number` (a message with {text})."""
    body = _SUFFIX.sub("", text.strip())
    negative = bool(body) and body[0] in _MINUSES
    if body[:1] in _MINUSES or body[:1] == "+":
        body = body[1:].lstrip(_SPACES)
    whole, fraction = _split(body)
    whole = whole.strip(_SPACES)
    if not (whole or fraction) or not _FRACTION.fullmatch(fraction):
        raise ValidationError(field, not_a_number, text=text)
    if whole and not _WHOLE.fullmatch(whole):
        raise ValidationError(field, not_a_number, text=text)
    digits = "".join(char for char in whole if char.isdigit())
    if len(digits.lstrip("0")) > MAX_WHOLE_DIGITS:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("messages", "'{text}' is too large."), text=text
        )
    if len(fraction) > decimals:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "messages",
                "'{text}' has more than {decimals} decimals; nothing is rounded: write it with "
                "at most {decimals}.",
            ),
            text=text,
            decimals=decimals,
        )
    value = Decimal(f"{digits or '0'}.{fraction}" if fraction else digits)
    return -value if negative and value else value


def parse_amount(text: str, field: str = "amount") -> Decimal:
    """Read an amount in kronor and öre as people type it (see `parse_decimal`)."""
    return parse_decimal(text, field, 2, NOT_AN_AMOUNT)


def _grouped(whole: str, group_mark: str) -> str:
    head = len(whole) % 3 or 3
    groups = [whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)]
    return group_mark.join(groups)


def format_amount(
    amount: Decimal,
    language: str = "sv",
    *,
    grouping: bool = True,
    decimal_mark: str | None = None,
    group_mark: str | None = None,
) -> str:
    """An amount with two decimals as `language` writes it ("1 234,50", "1,234.50"), exact
    from its digits; the marks of a locale may be given instead. `parse_amount` reads it back."""
    default_decimal, default_group = MARKS.get(language, MARKS["sv"])
    rounded = round_ore(amount)
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    if grouping:
        whole = _grouped(whole, default_group if group_mark is None else group_mark)
    sign = "-" if rounded < 0 else ""
    return f"{sign}{whole}{default_decimal if decimal_mark is None else decimal_mark}{fraction}"


def format_number(value: Decimal, language: str = "sv", *, decimal_mark: str | None = None) -> str:
    """A quantity, percentage or rate without trailing zeros and without thousands
    separators ("1,5", "25", "11,4357" in Swedish); `parse_decimal` reads it back."""
    text = f"{value.normalize():f}"
    mark = MARKS.get(language, MARKS["sv"])[0] if decimal_mark is None else decimal_mark
    return text.replace(".", mark)
