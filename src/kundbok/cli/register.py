"""The `kundbok` commands on the customer register as a whole: demo data, vCards, backups,
deleting and renumbering a customer."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kundbok.cli.common import (
    BAD_INPUT,
    confirmed,
    one_line,
    open_database,
    positive,
    printable,
)
from kundbok.domain.errors import KundbokError


def add_register_commands(commands: Any) -> None:
    """Add the register's commands to the `kundbok` command."""
    demo = commands.add_parser("demo-data", help="fill the database with Swedish demo data")
    demo.add_argument("--customers", type=positive, required=True, metavar="N")
    demo.add_argument("--invoices", type=positive, default=0, metavar="M")
    demo.add_argument(
        "--entries",
        type=positive,
        metavar="E",
        help="unbilled entries (default: one per customer, at most 200)",
    )
    demo.add_argument("--seed", type=int, default=1, help=argparse.SUPPRESS)
    demo.set_defaults(handler=_demo_data)

    export = commands.add_parser("export-vcard", help="write customers to a vCard file")
    export.add_argument("output", metavar="OUT.vcf")
    export.add_argument(
        "--customer",
        type=positive,
        action="append",
        metavar="NUMBER",
        dest="customers",
        help="customer number to export (repeatable; default: all)",
    )
    export.add_argument("--include-inactive", action="store_true")
    export.add_argument("--vcard-version", choices=("3.0", "4.0"), default="3.0")
    export.add_argument("--with-contacts", action="store_true", help="a card per contact too")
    export.add_argument("--outlook", action="store_true", help="add CHARSET=UTF-8 for Outlook")
    export.add_argument(
        "--with-personal-numbers",
        action="store_true",
        help="include personal identity numbers (left out unless asked for)",
    )
    export.set_defaults(handler=_export_vcard)

    import_ = commands.add_parser("import-vcard", help="add or update customers from vCards")
    import_.add_argument("input", metavar="FILE.vcf")
    import_.set_defaults(handler=_import_vcard)

    backup = commands.add_parser("backup", help="consistent copy of the database")
    backup.add_argument("destination", nargs="?", metavar="DEST")
    backup.set_defaults(handler=_backup)

    delete = commands.add_parser("delete-customer", help="delete a customer never invoiced")
    delete.add_argument("number", type=positive, metavar="NUMBER")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    delete.set_defaults(handler=_delete_customer)

    renumber = commands.add_parser("renumber-customer", help="give a customer a free number")
    renumber.add_argument("number", type=positive, metavar="NUMBER")
    renumber.add_argument("new_number", type=positive, metavar="NEW_NUMBER")
    renumber.set_defaults(handler=_renumber_customer)


def _demo_data(args: argparse.Namespace) -> int:
    from kundbok.services.demo_data import create_demo_company, create_demo_customers

    database = open_database(args)
    create_demo_company(database)
    added = create_demo_customers(database, args.customers, seed=args.seed)
    print(f"{added} customers added")
    from kundbok.services.demo_prices import create_demo_agreements

    agreed = create_demo_agreements(database, seed=args.seed)
    print(f"{agreed} customers given a price list, own prices or a credit limit")
    from kundbok.services.demo_contracts import create_demo_contracts

    print(f"{create_demo_contracts(database, seed=args.seed)} contracts made")
    if args.invoices:
        from kundbok.i18n import error_text
        from kundbok.services.demo_data import create_demo_invoices

        try:
            issued = create_demo_invoices(database, args.invoices, seed=args.seed)
        except KundbokError as error:
            # The customers were committed on their own: say that they stay.
            database.dispose()
            print(
                f"kundbok: the {added} customers added are kept; no invoices were issued: "
                f"{one_line(error_text(error))}",
                file=sys.stderr,
            )
            return BAD_INPUT
        print(f"{issued} invoices issued")
        from kundbok.services.demo_rot_rut import create_demo_rot_rut_invoices

        print(f"{create_demo_rot_rut_invoices(database, seed=args.seed)} ROT/RUT invoices issued")
        from kundbok.services.demo_quotes import create_demo_quotes

        print(f"{create_demo_quotes(database, seed=args.seed)} quotes made")
    from kundbok.services.demo_entries import create_demo_entries

    wanted = min(args.customers, 200) if args.entries is None else args.entries
    print(f"{create_demo_entries(database, wanted, seed=args.seed)} unbilled entries added")
    database.dispose()
    return 0


def _export_vcard(args: argparse.Namespace) -> int:
    from kundbok.services.customers import find_customer_id
    from kundbok.services.vcard.transfer import export_vcards

    database = open_database(args, create=False)
    ids = [find_customer_id(database, n) for n in args.customers] if args.customers else None
    written = export_vcards(
        database,
        Path(args.output),
        ids,
        include_inactive=args.include_inactive,
        version=args.vcard_version,
        outlook_compatible=args.outlook,
        with_contacts=args.with_contacts,
        with_personal_numbers=args.with_personal_numbers,
    )
    database.dispose()
    print(f"{written} customers written to {printable(args.output)}")
    return 0


def _import_vcard(args: argparse.Namespace) -> int:
    from kundbok.i18n import error_text
    from kundbok.services.vcard.transfer import apply_vcard_import, preview_vcard_import

    database = open_database(args)
    preview = preview_vcard_import(database, Path(args.input))
    for card in preview.rejected:
        if card.problem is not None:
            problem = one_line(error_text(card.problem))
            print(f"kundbok: {problem} ({card.details.name}): left out", file=sys.stderr)
    result = apply_vcard_import(database, preview)
    database.dispose()
    print(f"{result.created} customers added, {result.updated} updated")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from kundbok.services.maintenance import backup_database

    database = open_database(args, create=False)
    destination = backup_database(database, Path(args.destination) if args.destination else None)
    database.dispose()
    print(destination)
    return 0


def _delete_customer(args: argparse.Namespace) -> int:
    from kundbok.services.customers import delete_customer, find_customer_id, get_customer

    database = open_database(args, create=False)
    customer_id = find_customer_id(database, args.number)
    name = get_customer(database, customer_id).name
    if not confirmed(f"Delete customer {args.number} ({printable(name)})?", args.yes):
        database.dispose()
        print("kundbok: nothing was deleted (confirm with y, or pass --yes)", file=sys.stderr)
        return BAD_INPUT
    delete_customer(database, customer_id)
    database.dispose()
    print(f"customer {args.number} deleted")
    return 0


def _renumber_customer(args: argparse.Namespace) -> int:
    from kundbok.services.customers import find_customer_id, renumber_customer

    database = open_database(args, create=False)
    renumber_customer(database, find_customer_id(database, args.number), args.new_number)
    database.dispose()
    print(f"customer {args.number} is now customer {args.new_number}")
    return 0
