"""A line's price: precedence of the sources, validity dates at their edges, volume steps."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kundbok.domain.errors import ValidationError
from kundbok.domain.pricing import (
    AgreedPrice,
    PriceSource,
    check_agreed_price,
    line_price,
    periods_overlap,
)

CUSTOMER, OWN_LIST, GROUP_LIST, ARTICLE = (
    PriceSource.CUSTOMER,
    PriceSource.CUSTOMER_LIST,
    PriceSource.GROUP_LIST,
    PriceSource.ARTICLE,
)
DAY = dt.date(2026, 6, 15)


def price(
    source: PriceSource,
    amount: str,
    step: str = "0",
    first: str | None = None,
    last: str | None = None,
    name: str = "",
) -> AgreedPrice:
    return AgreedPrice(
        source,
        Decimal(amount),
        Decimal(step),
        dt.date.fromisoformat(first) if first else None,
        dt.date.fromisoformat(last) if last else None,
        name,
    )


# The customer's own 900, its list "Bygg" 950, its group's list "Privat" 980; the article 1000.
ALL = [price(GROUP_LIST, "980", name="Privat"), price(OWN_LIST, "950", name="Bygg")]
ALL.append(price(CUSTOMER, "900"))
# The own list's volume steps: 100 kr, from 10 st 95 kr.
STEPS = [price(OWN_LIST, "100"), price(OWN_LIST, "95", "10")]


@pytest.mark.parametrize(
    ("agreed", "quantity", "day", "expected"),
    [
        # precedence: own price, own list, group's list, article
        (ALL, "1", DAY, ("900", CUSTOMER, "")),
        (ALL[:2], "1", DAY, ("950", OWN_LIST, "Bygg")),
        (ALL[:1], "1", DAY, ("980", GROUP_LIST, "Privat")),
        ([], "1", DAY, ("1000", ARTICLE, "")),
        # a period holds from its first to its last day inclusive
        ([price(OWN_LIST, "800", first="2026-06-15")], "1", DAY, ("800", OWN_LIST, "")),
        ([price(OWN_LIST, "800", first="2026-06-16")], "1", DAY, ("1000", ARTICLE, "")),
        ([price(OWN_LIST, "800", last="2026-06-15")], "1", DAY, ("800", OWN_LIST, "")),
        ([price(OWN_LIST, "800", last="2026-06-14")], "1", DAY, ("1000", ARTICLE, "")),
        (
            [price(OWN_LIST, "800", first="2026-06-01", last="2026-06-30")],
            "1",
            dt.date(2026, 7, 1),
            ("1000", ARTICLE, ""),
        ),
        # an own price out of its period falls through to the list, the list's to the group's
        (
            [price(CUSTOMER, "700", last="2026-05-31"), price(OWN_LIST, "950")],
            "1",
            DAY,
            ("950", OWN_LIST, ""),
        ),
        (
            [price(OWN_LIST, "950", first="2027-01-01"), price(GROUP_LIST, "980")],
            "1",
            DAY,
            ("980", GROUP_LIST, ""),
        ),
        # volume steps: the highest step reached, from its quantity on
        (STEPS, "9", DAY, ("100", OWN_LIST, "")),
        (STEPS, "10", DAY, ("95", OWN_LIST, "")),
        ([*STEPS, price(OWN_LIST, "85", "100")], "99.5", DAY, ("95", OWN_LIST, "")),
        ([*STEPS, price(OWN_LIST, "85", "100")], "100", DAY, ("85", OWN_LIST, "")),
        ([*STEPS, price(OWN_LIST, "85", "100")], "-250", DAY, ("85", OWN_LIST, "")),
        # an own price only from 50 st: below that, the list
        ([price(CUSTOMER, "80", "50"), *STEPS], "12", DAY, ("95", OWN_LIST, "")),
        ([price(CUSTOMER, "80", "50"), *STEPS], "50", DAY, ("80", CUSTOMER, "")),
        # a step above every quantity leaves the article's price
        ([price(GROUP_LIST, "90", "10")], "3", DAY, ("1000", ARTICLE, "")),
        # at one step a dated (campaign) price wins over the standing one, the later start first
        (
            [
                price(OWN_LIST, "100"),
                price(OWN_LIST, "75", first="2026-06-01", last="2026-06-30"),
            ],
            "1",
            DAY,
            ("75", OWN_LIST, ""),
        ),
        (
            [
                price(OWN_LIST, "90", first="2026-01-01"),
                price(OWN_LIST, "88", first="2026-06-01"),
            ],
            "1",
            DAY,
            ("88", OWN_LIST, ""),
        ),
        # an agreed price of 0 is a price (free of charge), not a missing one
        ([price(CUSTOMER, "0")], "1", DAY, ("0", CUSTOMER, "")),
    ],
)
def test_line_price(agreed, quantity, day, expected):
    found = line_price(agreed, Decimal(1000), Decimal(quantity), day)
    assert found.unit_price == Decimal(expected[0])
    if len(expected) > 1:
        assert found.source is expected[1]
        assert found.list_name == expected[2]
    assert found.agreed == (found.source is not ARTICLE)


def test_the_step_reached_is_reported():
    found = line_price(
        [price(OWN_LIST, "100"), price(OWN_LIST, "95", "10")], Decimal(1000), Decimal(12), DAY
    )
    assert found.from_quantity == Decimal(10)


def test_the_order_of_the_candidates_does_not_matter():
    candidates = [price(OWN_LIST, "95", "10"), price(CUSTOMER, "90"), price(OWN_LIST, "100")]
    for shift in range(len(candidates)):
        turned = candidates[shift:] + candidates[:shift]
        assert line_price(turned, Decimal(1000), Decimal(20), DAY).unit_price == Decimal(90)


@pytest.mark.parametrize(
    ("amount", "step", "first", "last", "field"),
    [
        ("-1", "0", None, None, "unit_price"),
        ("1.005", "0", None, None, "unit_price"),
        ("100000000", "0", None, None, "unit_price"),
        ("10", "-1", None, None, "from_quantity"),
        ("10", "0.0001", None, None, "from_quantity"),
        ("10", "0", "2026-06-02", "2026-06-01", "valid_to"),
    ],
)
def test_prices_that_cannot_be_agreed(amount, step, first, last, field):
    with pytest.raises(ValidationError) as raised:
        check_agreed_price(
            Decimal(amount),
            Decimal(step),
            dt.date.fromisoformat(first) if first else None,
            dt.date.fromisoformat(last) if last else None,
        )
    assert raised.value.field == field


def test_a_one_day_period_and_a_free_price_are_accepted():
    check_agreed_price(Decimal(0), Decimal("2.5"), DAY, DAY)


@pytest.mark.parametrize(
    ("first", "second", "overlap"),
    [
        ((None, None), (DAY, DAY), True),
        ((DAY, None), (None, DAY), True),
        ((DAY, DAY), (DAY + dt.timedelta(days=1), None), False),
        ((None, DAY - dt.timedelta(days=1)), (DAY, None), False),
    ],
)
def test_periods_overlap(first, second, overlap):
    assert periods_overlap(first, second) is overlap
