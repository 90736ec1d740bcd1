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

from sqlalchemy import BigInteger, Date, func, select, type_coerce

from kundbok.db.models import Customer, Invoice
from kundbok.db.session import Database
from kundbok.db.types import ExchangeRate
from kundbok.domain.currency import SEK
from kundbok.domain.invoice import InvoiceState
from kundbok.domain.money import format_amount
from kundbok.domain.receivables import (
    AgeBucket,
    AgingReport,
    CurrencyTotal,
    OpenItem,
    age_receivables,
)
from kundbok.domain.sales_report import SaleItem, SalesReport, sales_per_customer
from kundbok.services.files import write_atomically
from kundbok.services.open_amounts import OpenAmounts
from kundbok.services.tables.export import neutralised

RATE_SCALE = Decimal(ExchangeRate.scale)
AGE_HEADINGS = {
    AgeBucket.NOT_DUE: "not yet due",
    AgeBucket.DAYS_1_30: "1-30 days",
    AgeBucket.DAYS_31_60: "31-60 days",
    AgeBucket.DAYS_61_90: "61-90 days",
    AgeBucket.OVER_90: "over 90 days",
}


def receivables_report(db: Database, on: dt.date | None = None) -> AgingReport:
    """What each customer owes now, split by how late it is on `on` (default today): issued
    invoices less their payments; overpayments and what credit notes leave owed back (the
    customer's payments beyond what was open on the credited invoice, less refunds) as
    credits; each currency apart, the totals in kronor at each invoice's rate."""
    on = on or dt.date.today()
    amounts = OpenAmounts()
    # The open amount is summed in integer öre by the database: exact, and one value to read
    # per invoice rather than several (20,000 invoices are read on every refresh of the view).
    open_amount = amounts.open_amount
    due = type_coerce(func.coalesce(Invoice.due_date, Invoice.invoice_date), Date)
    with db.unit_of_work(write=False) as session:
        # Plain rows through the connection: the ORM's row handling would double the time.
        rows = (
            session.connection()
            .execute(
                amounts.joined(
                    select(
                        Invoice.customer_id,
                        Customer.name,
                        due,
                        open_amount,
                        Invoice.currency,
                        # The stored integer: the few rates there are are scaled below, rather
                        # than a conversion of every row's NULL.
                        type_coerce(Invoice.exchange_rate, BigInteger),
                        Customer.number,
                    )
                )
                .join(Customer, Customer.id == Invoice.customer_id)
                .where(
                    Invoice.state.in_((InvoiceState.ISSUED, InvoiceState.PAID)), open_amount != 0
                )
            )
            .all()
        )
    items = [
        OpenItem(
            customer,
            name,
            day or on,
            amount,
            currency,
            None if rate is None else rate / RATE_SCALE,
            number,
        )
        for customer, name, day, amount, currency, rate, number in rows
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
    return format_amount(value, "sv", grouping=False)


def _write(path: Path, rows: Sequence[Sequence[str]]) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows(rows)
    write_atomically(path, buffer.getvalue().encode("utf-8-sig"))


def receivables_rows(report: AgingReport) -> list[list[str]]:
    """The receivables as table rows: a heading, one row per customer and currency (named by
    its number, since names repeat), a total per currency and, when there is more than
    kronor, the total in kronor at each invoice's rate."""
    rows = [["customer number", "customer", "currency", *AGE_HEADINGS.values(), "total"]]
    for aging in report.customers:
        rows.append(
            [
                str(aging.customer_number or ""),
                neutralised(aging.customer_name),
                aging.currency,
                *(_amount(amount) for amount in aging.buckets),
                _amount(aging.total),
            ]
        )
    nothing_open = (CurrencyTotal(SEK, report.bucket_totals, report.total),)
    for total in report.currency_totals or nothing_open:
        amounts = (*total.buckets, total.total)
        rows.append(["", "total", total.currency, *(_amount(a) for a in amounts)])
    if report.in_several_currencies:
        amounts = (*report.bucket_totals, report.total)
        rows.append(["", "total in SEK", SEK, *(_amount(a) for a in amounts)])
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
