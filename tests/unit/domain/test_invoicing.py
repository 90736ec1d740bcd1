"""Invoice arithmetic by table: discounts, mixed VAT, rounding edges, credit, ROT/RUT."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from kundbok.domain.invoicing import (
    Line,
    credited,
    due_date,
    invoice_totals,
    line_amount,
    reverse_charge_applies,
    vat_rate_for,
    vat_rates_on,
)
from kundbok.domain.rot_rut.rules import ReductionsUsed, rot_rut_deduction


@pytest.mark.parametrize(
    ("line", "amount"),
    [
        (Line(D(3), D("650")), D("1950.00")),
        (Line(D("1.5"), D("99.99")), D("149.99")),  # 149.985 rounds half up
        (Line(D(2), D("100"), D(10)), D("180.00")),
        (Line(D("0.333"), D("10")), D("3.33")),
        (Line(D(-2), D("100"), D(10)), D("-180.00")),
    ],
)
def test_line_amount(line, amount):
    assert line_amount(line) == amount


def test_mixed_rates_and_rounding():
    totals = invoice_totals([Line(D(3), D(650)), Line(D(1), D("99.90"), vat_rate=D(6))])
    assert [(v.rate, v.base, v.vat) for v in totals.vat_lines] == [
        (D(25), D("1950.00"), D("487.50")),
        (D(6), D("99.90"), D("5.99")),
    ]
    assert (totals.net, totals.vat) == (D("2049.90"), D("493.49"))
    assert (totals.rounding, totals.total) == (D("-0.39"), D("2543.00"))


@pytest.mark.parametrize(
    ("price", "rounding", "total"),
    [("80.39", "-0.49", "100.00"), ("80.40", "0.50", "101.00"), ("80.79", "0.01", "101.00")],
)
def test_oresutjamning_edges(price, rounding, total):
    totals = invoice_totals([Line(D(1), D(price))])
    assert (totals.rounding, totals.total) == (D(rounding), D(total))
    assert totals.total - (totals.net + totals.vat) == totals.rounding


def test_half_krona_rounds_up():
    totals = invoice_totals([Line(D(1), D("80.40"))])  # 100.50 including VAT
    assert (totals.rounding, totals.total) == (D("0.50"), D("101.00"))


def test_no_rounding_in_foreign_currency():
    totals = invoice_totals([Line(D(1), D("80.39"))], currency="EUR")
    assert totals.rounding == 0
    assert totals.total == D("100.49")


def test_credit_note_mirrors_the_invoice():
    lines = [Line(D(3), D(650)), Line(D(1), D("99.90"), D(5), D(6))]
    invoice, credit = invoice_totals(lines), invoice_totals(credited(lines))
    assert credit.total == -invoice.total
    assert credit.vat == -invoice.vat
    assert credit.rounding == -invoice.rounding


def test_rot_and_rut():
    lines = [Line(D(10), D(800), kind="labour"), Line(D(1), D(4000), kind="material")]
    totals = invoice_totals(lines, rot_rut="rot")
    assert totals.labour == D("10000.00")  # 8 000 + 25 % VAT
    assert totals.deduction == D(3000)
    assert totals.to_pay == totals.total - D(3000)
    assert rot_rut_deduction(D(10000), "rut") == D(5000)
    assert rot_rut_deduction(D(1_000_000), "rot") == D(50_000)
    assert rot_rut_deduction(D(1_000_000), "rut", ReductionsUsed(rut=D(60_000))) == D(15_000)
    assert rot_rut_deduction(D(10000), "") == 0


def test_vat_rates_are_data_with_validity():
    assert vat_rate_for("food", dt.date(2026, 3, 31)) == D(12)
    assert vat_rate_for("food", dt.date(2026, 4, 1)) == D(6)
    assert vat_rate_for("food", dt.date(2028, 1, 1)) == D(12)
    assert vat_rates_on(dt.date(2026, 11, 23)) == [D(25), D(12), D(6), D(0)]


def test_due_date_and_reverse_charge():
    assert due_date(dt.date(2026, 12, 15), 30) == dt.date(2027, 1, 14)
    assert reverse_charge_applies("DE", "DE136695976")
    assert not reverse_charge_applies("SE", "SE556036079301")
    assert not reverse_charge_applies("DE", None)
    assert not reverse_charge_applies("NO", "NO123")
