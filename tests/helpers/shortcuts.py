"""Short ways for tests to reach a state the program reaches through longer paths."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path

from kundbok.db.session import Database
from kundbok.domain.invoice import InvoiceDetails
from kundbok.services.invoices import start_draft
from kundbok.services.listing import CustomerQuery
from kundbok.services.search import search_customers
from kundbok.services.tables import ExistingCustomerKeys, ImportPlan, map_columns, plan_import
from kundbok.services.tables.reading import read_table


def new_draft(db: Database, customer_id: int, today: dt.date | None = None) -> InvoiceDetails:
    """A new, unsaved invoice for a customer, as the editor starts one."""
    return start_draft(db, customer_id, today).invoice


def count_customers(db: Database, query: CustomerQuery) -> int:
    """How many customers the list shows for `query`, counted by paging through them: a check
    of the count the search reports that shares none of its counting."""
    page, count = 5_000, 0
    while rows := search_customers(db, query, count, page):
        count += len(rows)
        if len(rows) < page:
            break
    return count


def plan_file(
    path: Path,
    overrides: Mapping[str, str | None] | None = None,
    existing: Iterable[ExistingCustomerKeys] = (),
) -> ImportPlan:
    """Read a customer table, map its columns (with `overrides`) and plan every row."""
    table = read_table(path)
    return plan_import(table, map_columns(table.header, overrides), existing)
