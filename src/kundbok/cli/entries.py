"""The `kundbok entry` commands (note, list, remove and invoice entries: hours and material on
customers) and `kundbok import-entries`.

`entry add` prints the new entry's id alone on the first line. `entry invoice` prints one line
per invoice made (customer, invoice number or draft id, entries, amount). Bad input is one line
on standard error, exit status 2, and nothing is made.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from kundbok.cli.common import (
    BAD_INPUT,
    UsageError,
    date_argument,
    document_number,
    one_line,
    open_database,
    positive,
    printable,
)


def _quantity_argument(text: str) -> Decimal:
    """A quantity: 2, 1,25 or hours and minutes 1:15."""
    from kundbok.domain.entries import parse_quantity
    from kundbok.domain.errors import KundbokError
    from kundbok.i18n import error_text

    try:
        return parse_quantity(text)
    except KundbokError as error:
        raise argparse.ArgumentTypeError(error_text(error)) from None


def _price_argument(text: str) -> Decimal:
    """A price excluding VAT, 0 or more."""
    from kundbok.domain.errors import KundbokError
    from kundbok.domain.money import parse_amount
    from kundbok.i18n import error_text

    try:
        value = parse_amount(text, "unit_price")
    except KundbokError as error:
        raise argparse.ArgumentTypeError(error_text(error)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"not a price: {text}")
    return value


def add_entry_commands(commands: Any) -> None:
    """Add `entry` and `import-entries` to the `kundbok` command."""
    entry = commands.add_parser(
        "entry", help="hours and material on customers until invoiced (fakturaunderlag)"
    )
    actions = entry.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="note hours or material on a customer (prints its id)")
    add.add_argument("--customer", type=document_number, required=True, metavar="NUMBER")
    add.add_argument("--article", default="", metavar="ARTICLE", help="its number (or --text)")
    add.add_argument("--quantity", type=_quantity_argument, required=True, metavar="Q")
    add.add_argument("--date", type=date_argument, metavar="D", help="default today")
    add.add_argument("--price", type=_price_argument, metavar="P", help="default the article's")
    add.add_argument("--text", default="", metavar="T")
    add.set_defaults(handler=_add)
    listing = actions.add_parser("list", help="entries, oldest first")
    listing.add_argument("--customer", type=document_number, metavar="NUMBER")
    listing.add_argument("--unbilled", action="store_true", help="only those not invoiced")
    listing.set_defaults(handler=_list)
    remove = actions.add_parser("remove", help="remove an entry not invoiced (by its id)")
    remove.add_argument("entry_id", type=positive, metavar="ID")
    remove.set_defaults(handler=_remove)
    invoicing = actions.add_parser(
        "invoice", help="one invoice per customer from its unbilled entries (drafts, or --issue)"
    )
    who = invoicing.add_mutually_exclusive_group(required=True)
    who.add_argument("--customer", type=document_number, metavar="NUMBER")
    who.add_argument("--all", action="store_true", help="every customer with unbilled entries")
    invoicing.add_argument("--to", type=date_argument, metavar="D", help="entries up to D (today)")
    invoicing.add_argument("--issue", action="store_true", help="issue them: numbers are drawn")
    invoicing.set_defaults(handler=_invoice)

    importing = commands.add_parser(
        "import-entries", help="entries from a CSV or Excel (.xlsx) file, all rows or none"
    )
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--dry-run", action="store_true", help="only check the file")
    importing.set_defaults(handler=_import)


def _add(args: argparse.Namespace) -> int:
    from kundbok.services.customers import find_customer_id
    from kundbok.services.entries import NewEntry, add_entry

    if not args.article and not (args.text.strip() and args.price is not None):
        raise UsageError("an entry needs --article, or --text and --price")
    database = open_database(args, create=False)
    try:
        new = NewEntry(
            customer_id=find_customer_id(database, args.customer),
            entry_date=args.date or dt.date.today(),
            quantity=args.quantity,
            article_number=args.article,
            text=args.text,
            unit_price=args.price,
        )
        entry = add_entry(database, new)
    finally:
        database.dispose()
    print(entry.id)
    print(
        one_line(
            f"customer {args.customer}: {entry.entry_date} {entry.quantity.normalize():f} "
            f"{entry.unit} {entry.description}, {entry.amount:.2f}"
        )
    )
    return 0


def _list(args: argparse.Namespace) -> int:
    from kundbok.services.customers import find_customer_id
    from kundbok.services.entries import list_entries

    database = open_database(args, create=False)
    try:
        customer = find_customer_id(database, args.customer) if args.customer else None
        entries = list_entries(database, customer, unbilled=args.unbilled)
    finally:
        database.dispose()
    for entry in entries:
        if entry.invoice_id is None:
            billed = "unbilled"
        elif entry.invoice_number is None:
            billed = f"draft {entry.invoice_id}"
        else:
            billed = f"invoice {entry.invoice_number}"
        fields = (
            entry.id,
            entry.entry_date,
            entry.customer_number,
            entry.article_number or "-",
            f"{entry.quantity.normalize():f} {entry.unit}".strip(),
            f"{entry.unit_price:.2f}",
            f"{entry.amount:.2f}",
            billed,
            entry.text,
        )
        print("\t".join(printable(str(value)) for value in fields))
    return 0


def _remove(args: argparse.Namespace) -> int:
    from kundbok.services.entries import remove_entry

    database = open_database(args, create=False)
    try:
        remove_entry(database, args.entry_id)
    finally:
        database.dispose()
    print(f"entry {args.entry_id} removed")
    return 0


def _invoice(args: argparse.Namespace) -> int:
    from kundbok.services.customers import find_customer_id
    from kundbok.services.entry_invoicing import invoice_entries

    up_to = args.to or dt.date.today()
    database = open_database(args, create=False)
    try:
        customers = None if args.all else [find_customer_id(database, args.customer)]
        made = invoice_entries(database, customers, up_to, issue=args.issue)
    finally:
        database.dispose()
    if not made:
        print(f"nothing unbilled up to {up_to}")
    for invoice in made:
        what = (
            f"invoice {invoice.invoice_number}"
            if invoice.invoice_number is not None
            else f"draft {invoice.invoice_id}"
        )
        print(
            one_line(
                f"customer {invoice.customer_number} {invoice.customer_name}: {what}, "
                f"{invoice.entry_count} entries, {invoice.total:.2f} {invoice.currency}"
            )
        )
    return 0


def _import(args: argparse.Namespace) -> int:
    from kundbok.i18n import error_text, load_translator, system_language
    from kundbok.services.entry_import import import_entries, plan_entry_import

    database = open_database(args, create=False)
    try:
        plan = plan_entry_import(database, Path(args.file))
        if plan.errors:
            load_translator(system_language())
            print(
                f"kundbok: {len(plan.errors)} rows of {printable(plan.file_name)} have errors: "
                "nothing was imported",
                file=sys.stderr,
            )
            for row in plan.errors:
                assert row.error is not None
                print(f"  row {row.row_number}: {one_line(error_text(row.error))}", file=sys.stderr)
            return BAD_INPUT
        if args.dry_run:
            if plan.imported_on is not None:
                print(f"the file was imported on {plan.imported_on} already")
            print(f"{len(plan.rows)} entries, {plan.amount:.2f} excluding VAT; nothing changed")
            return 0
        count = import_entries(database, plan)
    finally:
        database.dispose()
    print(f"{count} entries imported, {plan.amount:.2f} excluding VAT")
    return 0
