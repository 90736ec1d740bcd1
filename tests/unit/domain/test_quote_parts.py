"""Part invoices of a quote: the kronor steps, and parts that add up to the quote to the öre
(net, VAT, öresutjämning, total and ROT deduction) whatever the lines and percentages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kundbok.domain.errors import RefusedError, ValidationError
from kundbok.domain.invoice import LineDetails
from kundbok.domain.invoicing import invoice_totals
from kundbok.domain.quote import QuoteStatus, quote_status
from kundbok.domain.quote_parts import (
    QuoteLineBilling,
    part_amounts,
    part_lines,
    rounding_step,
)

DAY = dt.date(2026, 3, 2)


@pytest.mark.parametrize(
    ("vat", "share", "step"),
    [(25, 0, 4), (25, 30, 8), (25, 50, 8), (12, 0, 25), (6, 0, 50), (0, 0, 1), (0, 30, 10)],
)
def test_the_kronor_step_makes_vat_total_and_deduction_whole(vat, share, step):
    assert rounding_step(D(vat), D(share)) == D(step)


def _totals(lines, rot_rut=""):
    return invoice_totals(
        (line.as_line() for line in lines), "SEK", rot_rut, performed=DAY, paid=DAY
    )


line_strategy = st.builds(
    lambda quantity, price, discount, vat, kind: LineDetails(
        description="Rad",
        quantity=quantity,
        unit="tim",
        unit_price=price,
        discount_percent=discount,
        vat_rate=vat,
        kind=kind,
    ),
    st.decimals(D("0.5"), D(200), places=1),
    st.decimals(D(1), D(5000), places=2),
    st.sampled_from([D(0), D(10), D("7.5")]),
    st.sampled_from([D(25), D(12), D(6)]),
    st.sampled_from(["labour", "material", "other"]),
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(line_strategy, min_size=1, max_size=6),
    st.lists(st.decimals(D(1), D(45), places=2), min_size=0, max_size=3),
    st.sampled_from(["", "rot", "rut"]),
)
def test_parts_add_up_to_the_quote(lines, percents, rot_rut):
    share = {"": D(0), "rot": D(30), "rut": D(50)}[rot_rut]
    billing = [QuoteLineBilling(line) for line in lines]
    parts = []
    for percent in percents:
        try:
            amounts = part_amounts(1, billing, percent, rot_rut_share=share)
        except (ValidationError, RefusedError):
            continue  # too little for the steps, or beyond what remains
        parts.append(amounts)
        billing = [
            QuoteLineBilling(b.line, b.billed + a) for b, a in zip(billing, amounts, strict=True)
        ]
    last = part_amounts(1, billing, None, rot_rut_share=share)
    parts.append(last)
    for position, line in enumerate(lines):
        assert sum(part[position] for part in parts) == line.amount
    billed = [QuoteLineBilling(line) for line in lines]
    sums = []
    for amounts in parts:
        made = [made for _, made in part_lines(billed, amounts, "x %")]
        sums.append(_totals(made, rot_rut))
        billed = [
            QuoteLineBilling(b.line, b.billed + a) for b, a in zip(billed, amounts, strict=True)
        ]
    whole = _totals(lines, rot_rut)
    assert sum(t.net for t in sums) == whole.net
    assert sum(t.vat for t in sums) == whole.vat
    assert sum(t.total for t in sums) == whole.total
    assert sum(t.labour for t in sums) == whole.labour
    if whole.deduction < D(50_000):  # within one year's ROT ceiling, each part alone
        assert sum(t.deduction for t in sums) == whole.deduction


def test_a_part_beyond_what_remains_or_of_nothing_is_refused():
    line = LineDetails(description="Tak", quantity=D(1), unit_price=D(1000), vat_rate=D(25))
    with pytest.raises(ValidationError):
        part_amounts(7, [QuoteLineBilling(line, D(700))], D(31))
    with pytest.raises(RefusedError):
        part_amounts(7, [QuoteLineBilling(line, D(1000))], None)
    with pytest.raises(ValidationError):
        part_amounts(7, [QuoteLineBilling(line)], D(0))


@pytest.mark.parametrize(
    ("state", "day", "billed", "remaining", "status"),
    [
        ("draft", DAY, 0, 100, QuoteStatus.DRAFT),
        ("sent", DAY + dt.timedelta(days=31), 0, 100, QuoteStatus.EXPIRED),
        ("accepted", DAY + dt.timedelta(days=31), 0, 100, QuoteStatus.ACCEPTED),
        ("accepted", DAY, 40, 60, QuoteStatus.INVOICED_IN_PART),
        ("accepted", DAY, 100, 0, QuoteStatus.INVOICED),
        ("declined", DAY + dt.timedelta(days=31), 0, 100, QuoteStatus.DECLINED),
    ],
)
def test_the_status_a_user_reads(state, day, billed, remaining, status):
    assert quote_status(state, DAY + dt.timedelta(days=30), day, D(billed), D(remaining)) == status
