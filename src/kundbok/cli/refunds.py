"""`kundbok refund`: money paid back to a customer, from a credit note or an overpaid invoice."""

from __future__ import annotations

import argparse
import datetime as dt

from kundbok.cli.common import amount_argument, date_argument, document_number, open_database
from kundbok.domain.invoice import PAYMENT_METHODS


def add_refund_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `refund` to the `kundbok` command."""
    refund = commands.add_parser(
        "refund",
        help="register money paid back to the customer on a credit note or an overpaid invoice",
    )
    refund.add_argument(
        "number", type=document_number, metavar="NUMBER", help="the credit note's or invoice's"
    )
    refund.add_argument(
        "amount", type=amount_argument, metavar="AMOUNT", help="kronor paid back, e.g. 1250.50"
    )
    refund.add_argument("--date", type=date_argument, help="the day paid back (default: today)")
    refund.add_argument("--method", choices=PAYMENT_METHODS, default="transfer")
    refund.add_argument("--reference", default="", help="a note, e.g. the customer's account")
    refund.set_defaults(handler=_refund)


def _refund(args: argparse.Namespace) -> int:
    from kundbok.services.invoice_queries import find_invoice_id
    from kundbok.services.payments.refunds import register_refund

    database = open_database(args, create=False)
    try:
        result = register_refund(
            database,
            find_invoice_id(database, args.number),
            args.amount,
            args.date or dt.date.today(),
            args.method,
            args.reference,
        )
    finally:
        database.dispose()
    print(
        f"{result.number}: refunded {result.amount:.2f}, still owed back "
        f"{result.refund_due:.2f} ({result.state})"
    )
    return 0
