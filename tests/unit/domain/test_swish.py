"""The Swish number and the prefilled Swish payment code."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kundbok.domain.errors import ValidationError
from kundbok.domain.swish import format_swish_number, normalize_swish_number, swish_payload


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("123 118 11 89", "1231181189"),
        ("1231181189", "1231181189"),
        ("123-118 11 89", "1231181189"),
        ("900 123 45 67", "9001234567"),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_swish_numbers_as_typed(typed, stored):
    assert normalize_swish_number(typed) == stored


@pytest.mark.parametrize(
    "typed", ["123 118 11 8", "123 118 11 890", "070-123 45 67", "4671234567", "12311811a9"]
)
def test_what_is_no_business_swish_number(typed):
    with pytest.raises(ValidationError) as raised:
        normalize_swish_number(typed)
    assert raised.value.field == "swish"


def test_the_number_as_written():
    assert format_swish_number("1231181189") == "123 118 11 89"


@pytest.mark.parametrize(
    ("amount", "message", "payload"),
    [
        (Decimal("2613"), "21550", "C1231181189;2613,00;21550;0"),
        (Decimal("2613.004"), "21550", "C1231181189;2613,00;21550;0"),
        (Decimal("0.5"), "1234567897", "C1231181189;0,50;1234567897;0"),
        (Decimal("1250000.10"), "1", "C1231181189;1250000,10;1;0"),
        # a ";" would end the field early: it never reaches the code
        (Decimal(10), "Faktura; 12", "C1231181189;10,00;Faktura 12;0"),
        (Decimal(10), "x" * 60, "C1231181189;10,00;" + "x" * 50 + ";0"),
    ],
)
def test_the_prefilled_payment(amount, message, payload):
    assert swish_payload("123 118 11 89", amount, message) == payload


@pytest.mark.parametrize(("number", "amount"), [("", Decimal(10)), ("1231181189", Decimal(0))])
def test_no_code_without_a_number_or_an_amount(number, amount):
    with pytest.raises(ValidationError):
        swish_payload(number, amount, "21550")
