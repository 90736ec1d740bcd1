"""What the customer list asks for and what it gets back: plain values, no database.

Kept apart from the search itself so the window can be built before the data layer has loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple


class CustomerRow(NamedTuple):
    """One line of the customer list: plain values, cheap to keep by the thousand."""

    id: int
    number: int
    name: str
    kind: str
    org_number: str | None
    personal_number: str | None
    reference: str
    city: str | None
    phone: str
    email: str
    active: bool
    group: str | None = None  # the customer group's name
    open_amount: Decimal | None = None  # what it owes in kronor, as the customer ledger counts
    credit_limit: Decimal | None = None


@dataclass(frozen=True)
class CustomerQuery:
    """What the list shows: a search text, whether passive customers count, the sort order, and
    the customer group it is limited to (None: every customer)."""

    text: str = ""
    include_inactive: bool = False
    sort: str = "name"
    descending: bool = False
    group_id: int | None = None
