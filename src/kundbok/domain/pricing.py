"""The price of an invoice line: the customer's own price, else its price list's, else its
group's list's, else the article's.

An agreed price (one of the first three) holds from a quantity (a volume step: from 10 st 95 kr,
from 100 st 85 kr) and, when dated, from its first to its last day inclusive. A source with no
price for the quantity on the day gives way to the next one, down to the article register's
price, which always holds. Within a source the highest step reached wins; at the same step a
dated price (a campaign) wins over an undated one, and the later start over the earlier.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kundbok.domain.invoice import LineDetails

MAX_PRICE = Decimal("99999999.99")  # kronor: more than any line, well within an öre column


class PriceSource(StrEnum):
    """Where a line's price came from, in the order they are tried."""

    CUSTOMER = "customer"  # the customer's own price for the article
    CUSTOMER_LIST = "customer_list"  # the customer's price list
    GROUP_LIST = "group_list"  # the price list of the customer's group
    ARTICLE = "article"  # the article register's price


PRECEDENCE = (PriceSource.CUSTOMER, PriceSource.CUSTOMER_LIST, PriceSource.GROUP_LIST)


@dataclass(frozen=True)
class AgreedPrice:
    """A price of one article from one source, with its step and its days (None: open)."""

    source: PriceSource
    unit_price: Decimal
    from_quantity: Decimal = Decimal(0)
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    list_name: str = ""  # the price list's name ("" for the customer's own price)

    @property
    def dated(self) -> bool:
        """Whether the price holds for a period rather than until further notice."""
        return self.valid_from is not None or self.valid_to is not None

    def holds(self, quantity: Decimal, day: dt.date) -> bool:
        """Whether the price applies to `quantity` (its size: a credit's too) on `day`."""
        if abs(quantity) < self.from_quantity:
            return False
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day <= self.valid_to


@dataclass(frozen=True)
class LinePrice:
    """A line's price and where it came from; `agreed` prices take no general discount."""

    unit_price: Decimal
    source: PriceSource
    list_name: str = ""
    from_quantity: Decimal = Decimal(0)

    @property
    def agreed(self) -> bool:
        """True for a price agreed with the customer (its own or a list's), not the article's."""
        return self.source is not PriceSource.ARTICLE


def priced_line(line: LineDetails, price: LinePrice, discount: Decimal) -> LineDetails:
    """`line` at `price`, with the customer's general `discount` only where the price is not
    agreed: an agreed price is already the customer's price."""
    return replace(
        line,
        unit_price=price.unit_price,
        discount_percent=Decimal(0) if price.agreed else discount,
    )


def _rank(price: AgreedPrice) -> tuple[Decimal, bool, dt.date]:
    return (price.from_quantity, price.dated, price.valid_from or dt.date.min)


def line_price(
    agreed: Iterable[AgreedPrice], article_price: Decimal, quantity: Decimal, day: dt.date
) -> LinePrice:
    """The price of `quantity` of an article on `day`, from the `agreed` prices of the customer
    (any order, any source) and the article register's `article_price`."""
    holding: dict[PriceSource, AgreedPrice] = {}
    for price in agreed:
        if not price.holds(quantity, day):
            continue
        best = holding.get(price.source)
        if best is None or _rank(price) > _rank(best):
            holding[price.source] = price
    for source in PRECEDENCE:
        found = holding.get(source)
        if found is not None:
            return LinePrice(found.unit_price, source, found.list_name, found.from_quantity)
    return LinePrice(article_price, PriceSource.ARTICLE)


def check_agreed_price(
    unit_price: Decimal,
    from_quantity: Decimal,
    valid_from: dt.date | None,
    valid_to: dt.date | None,
) -> None:
    """Refuse a price that cannot be agreed: negative, more decimals than öre, a negative step,
    or a period that ends before it starts."""
    if not Decimal(0) <= unit_price <= MAX_PRICE or unit_price != unit_price.quantize(
        Decimal("0.01")
    ):
        raise ValidationError(
            "unit_price",
            QT_TRANSLATE_NOOP("messages", "A price is an amount in kronor and öre, 0 or more."),
        )
    if from_quantity < 0 or from_quantity != from_quantity.quantize(Decimal("0.001")):
        raise ValidationError(
            "from_quantity",
            QT_TRANSLATE_NOOP(
                "messages", "A volume step is a quantity of 0 or more, with at most 3 decimals."
            ),
        )
    if valid_from is not None and valid_to is not None and valid_to < valid_from:
        raise ValidationError(
            "valid_to",
            QT_TRANSLATE_NOOP("messages", "The price's last day is before its first."),
        )


def periods_overlap(
    first: tuple[dt.date | None, dt.date | None], second: tuple[dt.date | None, dt.date | None]
) -> bool:
    """Whether two validity periods (None: open at that end) share a day."""
    start = max(first[0] or dt.date.min, second[0] or dt.date.min)
    end = min(first[1] or dt.date.max, second[1] or dt.date.max)
    return start <= end
