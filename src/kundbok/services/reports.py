"""Reports on invoices: receivables by age (kundreskontra) and sales per customer, and their CSV.

The sums are the domain's (`receivables`, `sales_report`); this module reads the figures they
need in one query each and writes the CSV files an accountant opens in a spreadsheet.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from kundbok.db.models import Invoice
from kundbok.db.session import Database
from kundbok.domain.invoice import InvoiceState
from kundbok.domain.receivables import AgeBucket, AgingReport, OpenItem, age_receivables
from kundbok.domain.sales_report import SaleItem, SalesReport, sales_per_customer
from kundbok.services.open_amounts import open_invoices
from kundbok.services.tables.export import neutralised

AGE_HEADINGS = {
    AgeBucket.NOT_DUE: "not yet due",
    AgeBucket.DAYS_1_30: "1-30 days",
    AgeBucket.DAYS_31_60: "31-60 days",
    AgeBucket.DAYS_61_90: "61-90 days",
    AgeBucket.OVER_90: "over 90 days",
}


def receivables_report(db: Database, on: dt.date | None = None) -> AgingReport:
    """What each customer owes now, split by how late it is on `on` (default today): issued
    invoices less their payments, overpayments and refunds due on credit notes as credits."""
    on = on or dt.date.today()
    with db.unit_of_work(write=False) as session:
        # Plain rows through the connection: the ORM's row handling would double the time.
        rows = session.connection().execute(open_invoices()).all()
    # Unpacked, not read by name: 20,000 rows are read on every refresh of the view.
    items = [
        OpenItem(customer, name, day or on, amount)
        for _invoice, customer, name, day, _currency, amount in rows
    ]
    return age_receivables(items, on)


def sales_report(db: Database, first_day: dt.date, last_day: dt.date) -> SalesReport:
    """Sales excluding VAT, and the VAT, per customer from invoices and credit notes dated
    `first_day` to `last_day` inclusive."""
    with db.unit_of_work(write=False) as session:
        rows = session.execute(
            select(
                Invoice.customer_id,
                Invoice.buyer_name,
                Invoice.invoice_date,
                Invoice.net_total,
                Invoice.vat_total,
            ).where(
                Invoice.state != InvoiceState.DRAFT,
                Invoice.invoice_date >= first_day,
                Invoice.invoice_date <= last_day,
            )
        ).all()
    # The query keeps only dated invoices; `or first_day` is for the type checker alone.
    items = (SaleItem(row[0], row[1], row[2] or first_day, row[3], row[4]) for row in rows)
    return sales_per_customer(items, first_day, last_day)


def _amount(value: Decimal) -> str:
    """Two decimals with a decimal comma, as a Swedish spreadsheet reads a number."""
    return f"{value:.2f}".replace(".", ",")


def _write(path: Path, rows: Sequence[Sequence[str]]) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows(rows)
    Path(path).write_bytes(buffer.getvalue().encode("utf-8-sig"))


def receivables_rows(report: AgingReport) -> list[list[str]]:
    """The receivables as table rows: a heading, one row per customer, the totals."""
    rows = [["customer", *AGE_HEADINGS.values(), "total"]]
    for aging in report.customers:
        rows.append(
            [
                neutralised(aging.customer_name),
                *(_amount(amount) for amount in aging.buckets),
                _amount(aging.total),
            ]
        )
    rows.append(["total", *(_amount(a) for a in report.bucket_totals), _amount(report.total)])
    return rows


def sales_rows(report: SalesReport) -> list[list[str]]:
    """The sales as table rows: a heading, one row per customer, the totals."""
    rows = [["customer", "invoices", "net", "vat", "total"]]
    for sales in report.customers:
        rows.append(
            [
                neutralised(sales.customer_name),
                str(sales.invoices),
                _amount(sales.net),
                _amount(sales.vat),
                _amount(sales.total),
            ]
        )
    count = str(sum(sales.invoices for sales in report.customers))
    total = report.net + report.vat
    rows.append(["total", count, _amount(report.net), _amount(report.vat), _amount(total)])
    return rows


def write_receivables_csv(path: Path, report: AgingReport) -> None:
    """The receivables as a semicolon-separated UTF-8 file a spreadsheet opens as it is."""
    _write(path, receivables_rows(report))


def write_sales_csv(path: Path, report: SalesReport) -> None:
    """The sales as a semicolon-separated UTF-8 file a spreadsheet opens as it is."""
    _write(path, sales_rows(report))
