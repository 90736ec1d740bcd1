"""Receivables by age: each open amount in its bucket, per customer and in total."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kundbok.domain.receivables import AgeBucket, OpenItem, age_bucket, age_receivables

ON = dt.date(2026, 6, 30)


@pytest.mark.parametrize(
    ("due", "bucket"),
    [
        ("2026-07-15", AgeBucket.NOT_DUE),
        ("2026-06-30", AgeBucket.NOT_DUE),
        ("2026-06-29", AgeBucket.DAYS_1_30),
        ("2026-05-31", AgeBucket.DAYS_1_30),
        ("2026-05-30", AgeBucket.DAYS_31_60),
        ("2026-05-01", AgeBucket.DAYS_31_60),
        ("2026-04-30", AgeBucket.DAYS_61_90),
        ("2026-04-01", AgeBucket.DAYS_61_90),
        ("2026-03-31", AgeBucket.OVER_90),
        ("2020-01-01", AgeBucket.OVER_90),
    ],
)
def test_bucket_edges(due, bucket):
    assert age_bucket(dt.date.fromisoformat(due), ON) is bucket


def item(customer: int, name: str, due: str, amount: str) -> OpenItem:
    return OpenItem(customer, name, dt.date.fromisoformat(due), Decimal(amount))


def test_report_per_customer_with_totals():
    report = age_receivables(
        [
            item(2, "Bo Berg AB", "2026-07-10", "1000.00"),
            item(2, "Bo Berg AB", "2026-06-01", "250.00"),
            item(1, "Åsa Öberg", "2026-03-01", "99.50"),
            item(1, "Åsa Öberg", "2026-04-15", "400.00"),
            item(3, "Cilla", "2026-06-20", "0.00"),  # paid: left out
            item(4, "Dag Dahl", "2026-06-20", "-50.00"),  # overpaid: shows as credit
            item(5, "Eva", "2026-06-20", "100.00"),
            item(5, "Eva", "2026-06-25", "-100.00"),  # nets to nothing: left out
        ],
        ON,
    )
    rows = [(c.customer_name, c.buckets, c.total) for c in report.customers]
    d = Decimal
    zero = d("0.00")
    assert rows == [
        ("Bo Berg AB", (d("1000.00"), d("250.00"), zero, zero, zero), d("1250.00")),
        ("Dag Dahl", (zero, d("-50.00"), zero, zero, zero), d("-50.00")),
        ("Åsa Öberg", (zero, zero, zero, d("400.00"), d("99.50")), d("499.50")),
    ]
    assert report.bucket_totals == (d("1000.00"), d("200.00"), zero, d("400.00"), d("99.50"))
    assert report.total == d("1699.50")
    assert report.on == ON


def test_nothing_open_gives_an_empty_report():
    report = age_receivables([], ON)
    assert report.customers == ()
    assert report.total == Decimal("0.00")
    assert len(report.bucket_totals) == len(AgeBucket)


def test_each_currency_stands_apart_and_the_total_is_in_kronor():
    d = Decimal
    zero = d("0.00")
    report = age_receivables(
        [
            OpenItem(1, "Nordljus", dt.date(2026, 7, 1), d("1000.00"), "SEK", None, 12),
            OpenItem(1, "Nordljus", dt.date(2026, 7, 1), d("100.00"), "EUR", d("11.435"), 12),
            OpenItem(1, "Nordljus", dt.date(2026, 6, 1), d("10.00"), "EUR", d("11"), 12),
            OpenItem(2, "Alm", dt.date(2026, 7, 1), d("50.00"), "USD", None, 7),  # no rate
        ],
        ON,
    )
    rows = [(c.customer_number, c.currency, c.buckets[:2], c.total) for c in report.customers]
    assert rows == [
        (7, "USD", (d("50.00"), zero), d("50.00")),
        (12, "SEK", (d("1000.00"), zero), d("1000.00")),
        (12, "EUR", (d("100.00"), d("10.00")), d("110.00")),
    ]
    assert [(t.currency, t.total) for t in report.currency_totals] == [
        ("SEK", d("1000.00")),
        ("EUR", d("110.00")),
        ("USD", d("50.00")),
    ]
    # 1 000 kr + EUR 100 at 11.435 + EUR 10 at 11: never euros added to kronor.
    assert report.bucket_totals[:2] == (d("2143.50"), d("110.00"))
    assert report.total == d("2253.50")
    assert report.without_rate == 1 and report.in_several_currencies
