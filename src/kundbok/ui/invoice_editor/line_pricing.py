"""The editor's prices: an article's line priced as the customer's agreements say (its own price,
its list's, its group's list's, else the article's), priced again when its quantity reaches
another volume step, and where each price came from, in words for the lines table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from kundbok.db.session import Database
from kundbok.domain.invoice import LineDetails
from kundbok.domain.pricing import LinePrice, PriceSource, priced_line
from kundbok.services.invoice_queries import article_line
from kundbok.services.pricing import prices_for


def source_text(price: LinePrice | None) -> str:
    """Where a line's price came from, short, for the column beside the price ("" when it
    was typed or the line has no article)."""
    if price is None:
        return ""
    translate = QCoreApplication.translate
    match price.source:
        case PriceSource.CUSTOMER:
            text = translate("LinePricing", "customer's price")
        case PriceSource.CUSTOMER_LIST:
            text = translate("LinePricing", "list {name}").format(name=price.list_name)
        case PriceSource.GROUP_LIST:
            text = translate("LinePricing", "group's list {name}").format(name=price.list_name)
        case _:
            text = translate("LinePricing", "article price")
    if price.from_quantity:
        step = f"{price.from_quantity.normalize():f}"
        text += translate("LinePricing", ", from {quantity}").format(quantity=step)
    return text


ARTICLE_SEPARATOR = " — "


def article_choice(number: str, description: str) -> str:
    """An article as the article cell's completer offers it; its number is before the dash."""
    return f"{number}{ARTICLE_SEPARATOR}{description}"


class LinePricing:
    """Prices lines for the invoice's customer on its invoice date; the customer's general
    discount goes only on lines without an agreed price."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self.customer_id: int | None = None
        self.day = dt.date.today()
        self.discount = Decimal(0)  # the customer's general discount

    def priced(self, line: LineDetails, price: LinePrice) -> LineDetails:
        """`line` at `price`, with the general discount only where the price is not agreed."""
        return priced_line(line, price, self.discount)

    def article(
        self, number: str, quantity: Decimal
    ) -> tuple[LineDetails, LinePrice | None] | None:
        """The line of the active article `number` for `quantity`, priced for the customer
        (the article's own line, unpriced, before a customer is chosen); None: no such article."""
        found = article_line(self._db, number)
        if found is None or found.article_id is None:
            return None
        line = replace(found, quantity=quantity)
        if self.customer_id is None:
            return line, None
        [price] = prices_for(self._db, self.customer_id, [(found.article_id, quantity)], self.day)
        return self.priced(line, price), price

    def article_choices(self) -> list[str]:
        """The active articles as the article cell offers them: "number — description"."""
        from kundbok.services.articles import list_articles

        return [article_choice(a.number, a.description) for a in list_articles(self._db)]

    def repriced(self, line: LineDetails) -> tuple[LineDetails, LinePrice] | None:
        """The line priced again (its quantity changed); None for a line without article."""
        if self.customer_id is None or line.article_id is None:
            return None
        [price] = prices_for(
            self._db, self.customer_id, [(line.article_id, line.quantity)], self.day
        )
        return self.priced(line, price), price

    def sources(self, lines: Sequence[LineDetails]) -> list[LinePrice | None]:
        """For a draft read back: each line's price source where its price is still what the
        agreements give (None where it was typed, or the line has no article)."""
        wanted = [(n, line) for n, line in enumerate(lines) if line.article_id is not None]
        found: list[LinePrice | None] = [None] * len(lines)
        if self.customer_id is None or not wanted:
            return found
        prices = prices_for(
            self._db,
            self.customer_id,
            [(line.article_id, line.quantity) for _, line in wanted if line.article_id],
            self.day,
        )
        for (position, line), price in zip(wanted, prices, strict=True):
            if price.unit_price == line.unit_price:
                found[position] = price
        return found
