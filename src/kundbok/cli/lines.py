"""The lines of a document on the command line, shared by the commands that make documents
(`kundbok invoice new`, and the quotes and contracts that take its shape).

`--line ARTICLE:QUANTITY[:PRICE]` takes an article of the register by its number, at its own
price unless one is given; an ARTICLE that is no article is an error, never a line of free text
(a mistyped article number must not become a line). Free text has an option of its own,
`--text-line DESCRIPTION:QUANTITY:PRICE[:VAT%]`, read from the right so that the description
may hold colons. Both keep their order on the command line. Quantities and prices are read as
people type them ("1,5", "1 250,50"); a quantity has at most three decimals, a price two.
"""

from __future__ import annotations

import argparse
from decimal import Decimal

from kundbok.domain.errors import KundbokError
from kundbok.domain.line_orders import LineOrder
from kundbok.domain.money import parse_decimal

LINE = "ARTICLE:QUANTITY[:PRICE]"
TEXT_LINE = "DESCRIPTION:QUANTITY:PRICE[:VAT%]"


def _number(text: str, what: str, decimals: int) -> Decimal:
    try:
        return parse_decimal(text, what, decimals)
    except KundbokError as error:
        raise argparse.ArgumentTypeError(f"{what}: {error}") from None


def _quantity(text: str) -> Decimal:
    quantity = _number(text, "quantity", 3)
    if quantity <= 0:
        raise argparse.ArgumentTypeError(f"the quantity must be more than 0, not {text.strip()}")
    return quantity


def line_argument(text: str) -> LineOrder:
    """`--line ARTICLE:QUANTITY[:PRICE]`: an article by its number."""
    parts = text.split(":")
    if len(parts) not in (2, 3) or not parts[0].strip():
        raise argparse.ArgumentTypeError(f"write a line as {LINE}, not {text!r}")
    price = _number(parts[2], "price", 2) if len(parts) == 3 else None
    return LineOrder(_quantity(parts[1]), article_number=parts[0].strip(), unit_price=price)


def text_line_argument(text: str) -> LineOrder:
    """`--text-line DESCRIPTION:QUANTITY:PRICE[:VAT%]`: free text, at the customer's VAT
    unless a rate is given."""
    rest, _, last = text.rpartition(":")
    vat = None
    if last.strip().endswith("%"):
        vat = _number(last.strip()[:-1], "VAT", 2)
        text = rest
    parts = text.rsplit(":", 2)
    if len(parts) != 3 or not parts[0].strip():
        raise argparse.ArgumentTypeError(f"write a line of free text as {TEXT_LINE}, not {text!r}")
    description, quantity, price = parts
    return LineOrder(
        _quantity(quantity),
        description=description.strip(),
        unit_price=_number(price, "price", 2),
        vat_rate=vat,
    )


def add_line_options(parser: argparse.ArgumentParser) -> None:
    """Add `--line` and `--text-line` to a command; both append to `args.lines` in order."""
    parser.add_argument(
        "--line",
        dest="lines",
        action="append",
        type=line_argument,
        default=[],
        metavar=LINE,
        help="an article by its number; the price defaults to the article's",
    )
    parser.add_argument(
        "--text-line",
        dest="lines",
        action="append",
        type=text_line_argument,
        metavar=TEXT_LINE,
        help="a line of free text (VAT: the customer's unless given, e.g. 12%%)",
    )
