"""Sales per customer over a chosen period, from plain invoice rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class SaleItem:
    """An issued invoice (credit notes negative), excluding VAT in `net`."""

    customer_id: int
    customer_name: str
    invoice_date: dt.date
    net: Decimal
    vat: Decimal


@dataclass(frozen=True)
class CustomerSales:
    """One customer's sales in the period."""

    customer_id: int
    customer_name: str
    invoices: int
    net: Decimal
    vat: Decimal

    @property
    def total(self) -> Decimal:
        return self.net + self.vat


@dataclass(frozen=True)
class SalesReport:
    """Sales per customer from `first_day` to `last_day` inclusive, largest first, and the sums."""

    first_day: dt.date
    last_day: dt.date
    customers: tuple[CustomerSales, ...]
    net: Decimal
    vat: Decimal


def sales_per_customer(
    items: Iterable[SaleItem], first_day: dt.date, last_day: dt.date
) -> SalesReport:
    """Sum the invoices dated within the period per customer."""
    sums: dict[int, list[Decimal]] = {}
    counts: dict[int, int] = {}
    names: dict[int, str] = {}
    for item in items:
        if not first_day <= item.invoice_date <= last_day:
            continue
        row = sums.setdefault(item.customer_id, [ZERO, ZERO])
        row[0] += item.net
        row[1] += item.vat
        counts[item.customer_id] = counts.get(item.customer_id, 0) + 1
        names[item.customer_id] = item.customer_name
    customers = tuple(
        sorted(
            (
                CustomerSales(cid, names[cid], counts[cid], row[0], row[1])
                for cid, row in sums.items()
            ),
            key=lambda sales: (-sales.net, sales.customer_name.casefold(), sales.customer_id),
        )
    )
    return SalesReport(
        first_day,
        last_day,
        customers,
        sum((c.net for c in customers), ZERO),
        sum((c.vat for c in customers), ZERO),
    )
