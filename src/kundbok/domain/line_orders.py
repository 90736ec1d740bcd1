"""A document line as a script asks for it: an article by its number with a quantity (at the
article's price unless another is given), or free text with a quantity and a price.

The command line's `--line` and `--text-line` make these for invoices (and for the quotes and
contracts that follow their shape); a service turns them into the document's lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError


@dataclass(frozen=True)
class LineOrder:
    """One line asked for: `article_number` names an article, else `description` is free text
    (which then needs its `unit_price`); `vat_rate` None is the customer's default."""

    quantity: Decimal
    article_number: str = ""
    description: str = ""
    unit_price: Decimal | None = None
    vat_rate: Decimal | None = None


def check_line_order(position: int, order: LineOrder) -> LineOrder:
    """`order` if it can become line `position`: a quantity above zero, and a free-text line
    with a description and a price; else a ValidationError naming the line."""
    if order.quantity <= 0:
        raise ValidationError(
            "lines",
            QT_TRANSLATE_NOOP("messages", "Line {line}: the quantity must be more than 0."),
            line=position,
        )
    if not order.article_number and (not order.description.strip() or order.unit_price is None):
        raise ValidationError(
            "lines",
            QT_TRANSLATE_NOOP(
                "messages", "Line {line}: a line of free text needs a description and a price."
            ),
            line=position,
        )
    return order
