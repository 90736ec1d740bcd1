"""Credit limits (kreditgräns): the most a customer may owe, and whether a new invoice (or an
accepted quote) would take the customer past it.

The limit is in kronor and counts what the customer owes in kronor; None is no limit. Passing
the limit is a warning, never a refusal: the user may go on, and the decision is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_LIMIT = Decimal("999999999.99")


@dataclass(frozen=True)
class CreditCheck:
    """What the customer owes now, what is to be added, and its limit (None: none)."""

    open_amount: Decimal
    extra_amount: Decimal
    limit: Decimal | None

    @property
    def owed_after(self) -> Decimal:
        """What the customer would owe with the new amount."""
        return self.open_amount + self.extra_amount

    @property
    def over_limit(self) -> bool:
        """True when the new amount takes the customer past its limit (reaching it is fine)."""
        return self.limit is not None and self.owed_after > self.limit


def is_over_limit(open_amount: Decimal | None, limit: Decimal | None) -> bool:
    """Whether a customer owing `open_amount` already owes more than its `limit`."""
    return limit is not None and open_amount is not None and open_amount > limit


def check_credit_limit(limit: Decimal | None) -> Decimal | None:
    """`limit` if it can be one: kronor and öre from 0 (None: no limit)."""
    if limit is None:
        return None
    if not Decimal(0) <= limit <= MAX_LIMIT or limit != limit.quantize(Decimal("0.01")):
        raise ValidationError(
            "credit_limit",
            QT_TRANSLATE_NOOP(
                "messages", "A credit limit is an amount in kronor, 0 or more (empty: none)."
            ),
        )
    return limit
