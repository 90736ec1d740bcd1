"""A contract's prices through adjustments, its status, and the lines of a period's invoice."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from kundbok.domain.contract import (
    ContractDetails,
    ContractStatus,
    PriceAdjustment,
    Rounding,
    adjust,
    adjusted_price,
    check_contract,
    check_percent,
    invoice_lines,
)
from kundbok.domain.contract_periods import Period
from kundbok.domain.errors import ValidationError
from kundbok.domain.invoice import LineDetails

LINE = LineDetails(description="Service", quantity=D(2), unit_price=D("499.90"), vat_rate=D(25))


@pytest.mark.parametrize(
    ("price", "percent", "rounding", "adjusted"),
    [
        (D("100.00"), D("3.5"), Rounding.ORE, D("103.50")),
        (D("99.99"), D("2.25"), Rounding.ORE, D("102.24")),  # 102.239775 rounds down
        (D("99.99"), D("2.25"), Rounding.KRONA, D("102")),
        (D("1000"), D("-50"), Rounding.ORE, D("500.00")),
        (D("10.50"), D("0"), Rounding.KRONA, D("11")),  # half a krona rounds up
    ],
)
def test_adjust_rounds_as_chosen(price, percent, rounding, adjusted):
    assert adjust(price, percent, rounding) == adjusted


def test_adjustments_apply_from_their_date_in_date_order():
    later = PriceAdjustment(dt.date(2028, 1, 1), D(10))
    earlier = PriceAdjustment(dt.date(2027, 1, 1), D(5))
    adjustments = (later, earlier)
    assert adjusted_price(D(100), adjustments, dt.date(2026, 12, 31)) == D(100)
    assert adjusted_price(D(100), adjustments, dt.date(2027, 1, 1)) == D("105.00")
    assert adjusted_price(D(100), adjustments, dt.date(2028, 6, 1)) == D("115.50")


@pytest.mark.parametrize("percent", [D("-50.01"), D("100.01"), D(-100), D(1000)])
def test_percent_outside_the_range_is_refused(percent):
    with pytest.raises(ValidationError):
        check_percent(percent)


def test_percent_at_the_limits_is_taken():
    assert check_percent(D(-50)) == D(-50)
    assert check_percent(D(100)) == D(100)


def test_status_by_day():
    contract = ContractDetails(
        customer_id=1, start_date=dt.date(2027, 1, 1), end_date=dt.date(2027, 12, 31)
    )
    assert contract.status(dt.date(2027, 6, 1)) == ContractStatus.ACTIVE
    assert contract.status(dt.date(2028, 1, 1)) == ContractStatus.ENDED
    paused = ContractDetails(
        customer_id=1, start_date=dt.date(2027, 1, 1), paused_from=dt.date(2027, 3, 1)
    )
    assert paused.status(dt.date(2027, 2, 28)) == ContractStatus.ACTIVE
    assert paused.status(dt.date(2027, 3, 1)) == ContractStatus.PAUSED


def test_invoice_lines_carry_the_period_and_its_prices():
    contract = ContractDetails(
        customer_id=1,
        start_date=dt.date(2027, 1, 1),
        interval_months=3,
        lines=(LINE,),
        adjustments=(PriceAdjustment(dt.date(2027, 4, 1), D(10)),),
    )
    first = Period(dt.date(2027, 1, 1), dt.date(2027, 3, 31), dt.date(2027, 1, 1))
    second = Period(dt.date(2027, 4, 1), dt.date(2027, 6, 30), dt.date(2027, 4, 1))
    (line,) = invoice_lines(contract, first, "sv")
    assert line.description == "Service\nPeriod 2027-01-01 – 2027-03-31"
    assert line.unit_price == D("499.90")
    assert invoice_lines(contract, second, "en")[0].unit_price == D("549.89")
    assert contract.amount_for(second.start) == D("1099.78")


def test_a_contract_without_lines_is_refused():
    with pytest.raises(ValidationError) as refused:
        check_contract(ContractDetails(customer_id=1, start_date=dt.date(2027, 1, 1)))
    assert refused.value.field == "lines"
