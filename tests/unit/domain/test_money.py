"""Money is exact: öre in storage, Decimal in code, öresutjämning to whole kronor."""

from decimal import Decimal

import pytest

from kundbok.domain.errors import ValidationError
from kundbok.domain.money import from_ore, parse_amount, round_to_krona


def test_ore_to_kronor_keeps_two_decimals():
    assert from_ore(123456) == Decimal("1234.56")
    assert str(from_ore(100)) == "1.00"


@pytest.mark.parametrize(
    ("total", "rounded", "rounding"),
    [
        ("100.49", "100.00", "-0.49"),
        ("100.50", "101.00", "0.50"),
        ("100.01", "100.00", "-0.01"),
        ("100.99", "101.00", "0.01"),
        ("100.00", "100.00", "0.00"),
        ("-100.50", "-101.00", "-0.50"),
        ("-100.49", "-100.00", "0.49"),
    ],
)
def test_oresutjamning(total, rounded, rounding):
    assert round_to_krona(Decimal(total)) == (Decimal(rounded), Decimal(rounding))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 234,50", "1234.50"),
        ("1234.5", "1234.5"),
        ("-12", "-12"),
        ("99 kr", "99"),
        ("1\u00a0000", "1000"),
    ],
)
def test_amounts_as_people_type_them(text, value):
    assert parse_amount(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "NaN", "Infinity"])
def test_not_an_amount(text):
    with pytest.raises(ValidationError):
        parse_amount(text)
