"""Sales per customer in a period: only invoices dated within it, credit notes subtracted."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kundbok.domain.sales_report import SaleItem, sales_per_customer

D = Decimal


def sale(customer: int, name: str, day: str, net: str, vat: str) -> SaleItem:
    return SaleItem(customer, name, dt.date.fromisoformat(day), D(net), D(vat))


def test_sales_per_customer_in_the_period():
    report = sales_per_customer(
        [
            sale(1, "Åsa", "2026-01-01", "1000.00", "250.00"),
            sale(1, "Åsa", "2026-03-31", "200.00", "50.00"),
            sale(1, "Åsa", "2026-02-10", "-100.00", "-25.00"),  # credit note
            sale(2, "Bo", "2026-02-01", "5000.00", "1250.00"),
            sale(2, "Bo", "2025-12-31", "9999.00", "0.00"),  # before the period
            sale(3, "Cilla", "2026-04-01", "10.00", "2.50"),  # after it
        ],
        dt.date(2026, 1, 1),
        dt.date(2026, 3, 31),
    )
    assert [(c.customer_name, c.invoices, c.net, c.vat, c.total) for c in report.customers] == [
        ("Bo", 1, D("5000.00"), D("1250.00"), D("6250.00")),
        ("Åsa", 3, D("1100.00"), D("275.00"), D("1375.00")),
    ]
    assert (report.net, report.vat) == (D("6100.00"), D("1525.00"))
