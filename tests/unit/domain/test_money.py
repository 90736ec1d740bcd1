"""Money is exact: öre in storage, Decimal in code, öresutjämning to whole kronor; amounts are
read as people type them and written as they read them, and what is written reads back."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kundbok.domain.errors import ValidationError
from kundbok.domain.money import (
    format_amount,
    format_number,
    from_ore,
    parse_amount,
    parse_decimal,
    round_to_krona,
)


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
        ("1.234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("1 234,50 kr", "1234.50"),
        ("1234.5", "1234.5"),
        ("1234,5", "1234.5"),
        ("-12", "-12"),
        ("\u221212", "-12"),  # a real minus sign
        ("\u2013 12,50", "-12.50"),  # the en dash Swedish typesetting uses as one
        ("+12", "12"),
        ("99 kr", "99"),
        ("99kr", "99"),
        ("99 SEK", "99"),
        ("100:-", "100"),
        ("1\u00a0000", "1000"),  # no-break space
        ("1\u202f234\u202f567,89", "1234567.89"),  # narrow no-break spaces
        ("1.234.567", "1234567"),
        ("1,234,567", "1234567"),
        ("1'234.50", "1234.50"),
        (",50", "0.50"),
        ("  12  ", "12"),
        ("-0", "0"),
        ("0,05", "0.05"),
    ],
)
def test_amounts_as_people_type_them(text, value):
    assert parse_amount(text) == Decimal(value)


@pytest.mark.parametrize(
    "text",
    ["", "abc", "1,2,3", "NaN", "Infinity", "1e5", "1E+30", "12 34", "1 234.567,8", "kr", "-", "٣"],
)
def test_not_an_amount(text):
    with pytest.raises(ValidationError, match="is not an amount"):
        parse_amount(text)


@pytest.mark.parametrize("text", ["12,345", "1,234", "0.001", "12.5000", "1 234,567 kr"])
def test_three_decimals_are_refused_never_rounded(text):
    with pytest.raises(ValidationError) as refused:
        parse_amount(text, "unit_price")
    assert refused.value.field == "unit_price"
    assert "more than 2 decimals" in str(refused.value)


def test_a_quantity_may_have_three_decimals_and_a_rate_six():
    assert parse_decimal("1,125", "quantity", 3) == Decimal("1.125")
    assert parse_decimal("11,435712", "exchange_rate", 6) == Decimal("11.435712")
    with pytest.raises(ValidationError, match="more than 3 decimals"):
        parse_decimal("1,1255", "quantity", 3)


def test_absurdly_large_amounts_are_refused():
    assert parse_amount("999 999 999 999,99") == Decimal("999999999999.99")
    with pytest.raises(ValidationError, match="too large"):
        parse_amount("99999999999999999999.99")


@pytest.mark.parametrize(
    ("value", "language", "text"),
    [
        ("1234.5", "sv", "1\u00a0234,50"),
        ("1234.5", "en", "1,234.50"),
        ("-1234567.891", "sv", "-1\u00a0234\u00a0567,89"),
        ("0", "sv", "0,00"),
        ("-0.004", "sv", "0,00"),
        ("999", "en", "999.00"),
        ("1000", "en", "1,000.00"),
    ],
)
def test_amounts_as_people_read_them(value, language, text):
    assert format_amount(Decimal(value), language) == text


def test_an_amount_for_a_spreadsheet_has_no_thousands_separator():
    assert format_amount(Decimal("-1234.5"), "sv", grouping=False) == "-1234,50"


def test_an_amount_in_a_locales_marks():
    assert format_amount(Decimal("1234.5"), decimal_mark=",", group_mark=".") == "1.234,50"


@pytest.mark.parametrize(
    ("value", "language", "text"),
    [
        ("1.500", "sv", "1,5"),
        ("25.00", "sv", "25"),
        ("100", "en", "100"),
        ("11.4357", "en", "11.4357"),
    ],
)
def test_numbers_without_trailing_zeros(value, language, text):
    assert format_number(Decimal(value), language) == text


amounts = st.decimals(
    min_value=Decimal("-999999999999.99"),
    max_value=Decimal("999999999999.99"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)


@given(amounts, st.sampled_from(["sv", "en"]), st.booleans(), st.sampled_from(["", " kr"]))
def test_what_is_written_reads_back(amount, language, grouping, suffix):
    text = format_amount(amount, language, grouping=grouping) + suffix
    assert parse_amount(text) == amount


@given(amounts, st.sampled_from([(",", "\u202f"), (",", " "), (".", ","), (",", ".")]))
def test_what_a_locale_writes_reads_back(amount, marks):
    decimal_mark, group_mark = marks
    text = format_amount(amount, decimal_mark=decimal_mark, group_mark=group_mark)
    assert parse_amount(text) == amount


@given(
    st.decimals(min_value=Decimal("-99999"), max_value=Decimal("99999"), places=3),
    st.sampled_from(["sv", "en"]),
)
def test_a_number_written_reads_back(value, language):
    assert parse_decimal(format_number(value, language), "quantity", 3) == value
