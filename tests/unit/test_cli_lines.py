"""`--line ARTICLE:QUANTITY[:PRICE]` and `--text-line DESCRIPTION:QUANTITY:PRICE[:VAT%]`, the
shared options of the commands that make documents."""

from __future__ import annotations

import argparse
from decimal import Decimal as D

import pytest

from kundbok.cli.lines import add_line_options, line_argument, text_line_argument
from kundbok.domain.line_orders import LineOrder


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("T1:3", LineOrder(D(3), article_number="T1")),
        ("T1:1,5", LineOrder(D("1.5"), article_number="T1")),
        (" 1001 : 2 : 1 250,50 ", LineOrder(D(2), article_number="1001", unit_price=D("1250.50"))),
        ("T1:0,125:0", LineOrder(D("0.125"), article_number="T1", unit_price=D(0))),
        ("RABATT:1:-500", LineOrder(D(1), article_number="RABATT", unit_price=D(-500))),
    ],
)
def test_an_article_line(text, order):
    assert line_argument(text) == order


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("Resa:1:450", LineOrder(D(1), description="Resa", unit_price=D(450))),
        (
            "Resa: Umeå–Luleå:2:450,50:12%",
            LineOrder(D(2), description="Resa: Umeå–Luleå", unit_price=D("450.50"), vat_rate=D(12)),
        ),
        ("Kl. 10:00:1:100", LineOrder(D(1), description="Kl. 10:00", unit_price=D(100))),
    ],
)
def test_a_line_of_free_text(text, order):
    assert text_line_argument(text) == order


@pytest.mark.parametrize(
    "text", ["T1", ":3", "T1:x", "T1:0", "T1:-1", "T1:1,0001", "T1:1:9,999", "T1:1:2:3"]
)
def test_a_bad_article_line(text):
    with pytest.raises(argparse.ArgumentTypeError):
        line_argument(text)


@pytest.mark.parametrize("text", ["Resa", "Resa:1", ":1:450", "Resa:0:450", "Resa:1:450:x%"])
def test_a_bad_line_of_free_text(text):
    with pytest.raises(argparse.ArgumentTypeError):
        text_line_argument(text)


def test_both_options_keep_their_order():
    parser = argparse.ArgumentParser()
    add_line_options(parser)
    args = parser.parse_args(["--text-line", "Resa:1:450", "--line", "T1:2", "--line", "M1:1"])
    assert [order.article_number or order.description for order in args.lines] == [
        "Resa",
        "T1",
        "M1",
    ]
    assert parser.parse_args([]).lines == []
