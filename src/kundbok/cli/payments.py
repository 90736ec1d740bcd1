"""The `kundbok` commands for money received and what follows from it: register a payment,
import a bank file, report receivables and sales, export SIE for the bookkeeping."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING

from kundbok.cli.common import (
    UsageError,
    amount_argument,
    date_argument,
    document_number,
    exchange_rate_argument,
    open_database,
    printable,
)
from kundbok.domain.invoice import PAYMENT_METHODS

if TYPE_CHECKING:
    from kundbok.domain.payment_matching import PaymentMatch


def add_payment_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `pay` and `import-payments` to the `kundbok` command."""
    pay = commands.add_parser("pay", help="register a payment received on an issued invoice")
    pay.add_argument("number", type=document_number, metavar="NUMBER", help="the invoice's number")
    pay.add_argument(
        "amount",
        type=amount_argument,
        metavar="AMOUNT",
        help="in the invoice's currency, e.g. 1250.50",
    )
    pay.add_argument("--date", type=date_argument, help="payment date (default: today)")
    pay.add_argument("--method", choices=PAYMENT_METHODS, default="transfer")
    pay.add_argument("--reference", default="", help="the payer's reference or a note")
    pay.add_argument(
        "--exchange-rate",
        type=exchange_rate_argument,
        metavar="RATE",
        help="an invoice in another currency: kronor for 1 unit on the payment's day "
        "(default: the invoice's rate)",
    )
    pay.set_defaults(handler=_pay)

    bank = commands.add_parser(
        "import-payments", help="book the payments of a camt.054 or BgMax bank file"
    )
    bank.add_argument("file", metavar="FILE")
    bank.add_argument(
        "--dry-run", action="store_true", help="only show what would be booked; change nothing"
    )
    bank.add_argument(
        "--accept-suggestions",
        action="store_true",
        help="also book payments matched by invoice number or by amount and payer name",
    )
    bank.add_argument(
        "--accept-duplicates",
        action="store_true",
        help="also book likely duplicates: payments with the OCR or invoice, amount and date "
        "of one booked before (the same payment in another bank's file)",
    )
    bank.set_defaults(handler=_import_payments)
    add_report_commands(commands)
    add_export_commands(commands)


def _pay(args: argparse.Namespace) -> int:
    from kundbok.services.invoice_queries import find_invoice_id
    from kundbok.services.payments.booking import register_payment

    database = open_database(args, create=False)
    try:
        invoice_id = find_invoice_id(database, args.number)
        result = register_payment(
            database,
            invoice_id,
            args.amount,
            args.date or dt.date.today(),
            args.method,
            args.reference,
            exchange_rate=args.exchange_rate,
        )
    finally:
        database.dispose()
    print(
        f"invoice {result.invoice_number}: paid {result.paid:.2f} of {result.amount_due:.2f}, "
        f"open {result.open_amount:.2f} ({result.state})"
    )
    return 0


def _describe(match: PaymentMatch, numbers: dict[int, int]) -> str:
    payment = match.payment
    what = f"{payment.booking_date} {payment.amount:.2f} {payment.currency} {payment.payer_name}"
    reference = payment.reference or payment.unstructured
    if match.invoice_id is None:
        return f"  {what} ({reference})"
    outcome = f"{match.outcome}" + (f" {match.difference:+.2f}" if match.difference else "")
    return f"  {what} -> invoice {numbers.get(match.invoice_id)} ({match.kind}, {outcome})"


def _import_payments(args: argparse.Namespace) -> int:
    from pathlib import Path

    from kundbok.services.payments.bank_files import apply_payment_import, preview_payment_import

    path = Path(args.file)
    database = open_database(args, create=False)
    try:
        preview = preview_payment_import(database, path)
        chosen = (preview.suggested if args.accept_suggestions else []) + (
            preview.likely_duplicates if args.accept_duplicates else []
        )
        accepted = {match.payment.transaction_id for match in chosen}
        result = (
            None if args.dry_run else apply_payment_import(database, path, accepted, preview.digest)
        )
    finally:
        database.dispose()
    print(f"{preview.source_format} {preview.version} {preview.message_id}")
    for title, matches in (
        ("matched", preview.matched),
        ("suggested", preview.suggested),
        ("likely duplicates", preview.likely_duplicates),
        ("unmatched", preview.unmatched),
        ("seen before", preview.duplicates),
    ):
        print(f"{title}: {len(matches)}")
        for match in matches:
            print(printable(_describe(match, preview.invoice_numbers)))
    if result is None:
        print("dry run: nothing booked")
    else:
        print(f"booked {result.booked} payments, {result.amount:.2f}")
    if preview.likely_duplicates and not args.accept_duplicates:
        print(
            f"{len(preview.likely_duplicates)} likely duplicates not booked "
            "(--accept-duplicates books them)"
        )
    return 0


def add_report_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `report receivables` and `report sales` to the `kundbok` command."""
    report = commands.add_parser("report", help="receivables by age, or sales per customer")
    kinds = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    receivables = kinds.add_parser("receivables", help="what each customer owes, by age")
    receivables.add_argument("--date", type=date_argument, help="aged as of (default: today)")
    receivables.add_argument("--csv", metavar="OUT", help="also write a CSV file")
    receivables.set_defaults(handler=_report_receivables)
    sales = kinds.add_parser("sales", help="sales per customer in a period")
    sales.add_argument("--from", dest="first_day", type=date_argument, required=True)
    sales.add_argument("--to", dest="last_day", type=date_argument, required=True)
    sales.add_argument("--csv", metavar="OUT", help="also write a CSV file")
    sales.set_defaults(handler=_report_sales)


def _print_table(rows: list[list[str]], texts: tuple[int, ...] = (0,)) -> None:
    """The rows as aligned columns: the `texts` columns to the left, numbers to the right."""
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        cells = [
            cell.ljust(width) if column in texts else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        print(printable("  ".join(cells).rstrip()))


def _report_receivables(args: argparse.Namespace) -> int:
    from pathlib import Path

    from kundbok.services.reports import (
        receivables_report,
        receivables_rows,
        write_receivables_csv,
    )

    database = open_database(args, create=False)
    try:
        report = receivables_report(database, args.date)
    finally:
        database.dispose()
    if args.csv:
        write_receivables_csv(Path(args.csv), report)
    print(f"receivables on {report.on}")
    _print_table(receivables_rows(report), texts=(1, 2))
    if report.without_rate:
        print(
            f"{report.without_rate} open invoices in another currency have no exchange rate "
            "and are left out of the total in SEK: record their rates (kundbok invoice rate)",
            file=sys.stderr,
        )
    return 0


def _report_sales(args: argparse.Namespace) -> int:
    from pathlib import Path

    from kundbok.services.reports import sales_report, sales_rows, write_sales_csv

    if args.last_day < args.first_day:
        raise UsageError("--to is before --from")
    database = open_database(args, create=False)
    try:
        report = sales_report(database, args.first_day, args.last_day)
    finally:
        database.dispose()
    if args.csv:
        write_sales_csv(Path(args.csv), report)
    print(f"sales {report.first_day} - {report.last_day}")
    _print_table(sales_rows(report))
    return 0


def add_export_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `export-sie` to the `kundbok` command."""
    sie = commands.add_parser("export-sie", help="write a period's vouchers as SIE 4I")
    sie.add_argument("--from", dest="first_day", type=date_argument, required=True)
    sie.add_argument("--to", dest="last_day", type=date_argument, required=True)
    sie.add_argument("output", metavar="OUT.se")
    sie.set_defaults(handler=_export_sie)


def _export_sie(args: argparse.Namespace) -> int:
    from pathlib import Path

    from kundbok.services.sie_export import export_sie

    if args.last_day < args.first_day:
        raise UsageError("--to is before --from")
    database = open_database(args, create=False)
    try:
        count = export_sie(database, args.first_day, args.last_day, Path(args.output))
    finally:
        database.dispose()
    print(f"{count} vouchers written to {args.output}")
    return 0
