"""The `kundbok` command: starts the app, or runs one of a few maintenance commands.

Bad input ends with exit status 2 and one line on stderr; the full story of an unexpected error
goes to the log file, never to the user as a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from kundbok import __version__
from kundbok.cli_customers import add_customer_file_commands
from kundbok.cli_mail import add_mail_commands
from kundbok.cli_payments import add_payment_commands
from kundbok.cli_peppol import add_peppol_commands
from kundbok.cli_printing import add_printing_commands
from kundbok.cli_reminders import add_reminder_commands
from kundbok.cli_rot_rut import add_rot_rut_commands
from kundbok.cli_settings import add_settings_commands
from kundbok.config import log_path, resolve_database
from kundbok.domain.errors import KundbokError
from kundbok.log_file import start_logging

if TYPE_CHECKING:
    from kundbok.db.session import Database

BAD_INPUT = 2
FAILURE = 1
log = logging.getLogger("kundbok")


class UsageError(Exception):
    """Wrong arguments: reported on one line with exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {text}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kundbok",
        description="Kundbok: customer register with invoicing. Without a command the app starts.",
    )
    parser.add_argument("--version", action="version", version=f"kundbok {__version__}")
    parser.add_argument(
        "--database",
        metavar="PATH|URL",
        help="database file or SQLAlchemy URL (default: $KUNDBOK_DATABASE, else the user's "
        "data folder)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the app on the database, search, open a customer and an invoice, then exit "
        "(0 when all worked; set QT_QPA_PLATFORM=offscreen where there is no screen)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo-data", help="fill the database with Swedish demo data")
    demo.add_argument("--customers", type=_positive, required=True, metavar="N")
    demo.add_argument("--invoices", type=_positive, default=0, metavar="M")
    demo.add_argument("--seed", type=int, default=1, help=argparse.SUPPRESS)
    demo.set_defaults(handler=_demo_data)

    export = commands.add_parser("export-vcard", help="write customers to a vCard file")
    export.add_argument("output", metavar="OUT.vcf")
    export.add_argument(
        "--customer",
        type=_positive,
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

    pdf = commands.add_parser("invoice-pdf", help="render an issued invoice as PDF")
    pdf.add_argument("number", type=_positive, metavar="NUMBER")
    pdf.add_argument("output", metavar="OUT.pdf")
    pdf.set_defaults(handler=_invoice_pdf)

    backup = commands.add_parser("backup", help="consistent copy of the database")
    backup.add_argument("destination", nargs="?", metavar="DEST")
    backup.set_defaults(handler=_backup)

    delete = commands.add_parser("delete-customer", help="delete a customer never invoiced")
    delete.add_argument("number", type=_positive, metavar="NUMBER")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    delete.set_defaults(handler=_delete_customer)

    renumber = commands.add_parser("renumber-customer", help="give a customer a free number")
    renumber.add_argument("number", type=_positive, metavar="NUMBER")
    renumber.add_argument("new_number", type=_positive, metavar="NEW_NUMBER")
    renumber.set_defaults(handler=_renumber_customer)

    draft = commands.add_parser("delete-draft", help="throw away an invoice draft (by its id)")
    draft.add_argument("draft_id", type=_positive, metavar="ID")
    draft.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    draft.set_defaults(handler=_delete_draft)
    add_payment_commands(commands)
    add_mail_commands(commands)
    add_reminder_commands(commands)
    add_customer_file_commands(commands)
    add_peppol_commands(commands)
    add_printing_commands(commands)
    add_rot_rut_commands(commands)
    add_settings_commands(commands)
    return parser


def _open_database(args: argparse.Namespace, create: bool = True) -> Database:
    """The database of `--database`; commands that only read pass create=False."""
    from kundbok.db.migrate import open_database  # late: `kundbok --help` stays quick

    return open_database(resolve_database(args.database), create=create)


def _demo_data(args: argparse.Namespace) -> int:
    from kundbok.services.demo_data import create_demo_company, create_demo_customers

    database = _open_database(args)
    create_demo_company(database)
    added = create_demo_customers(database, args.customers, seed=args.seed)
    print(f"{added} customers added")
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
                f"{_one_line(error_text(error))}",
                file=sys.stderr,
            )
            return BAD_INPUT
        print(f"{issued} invoices issued")
        from kundbok.services.demo_rot_rut import create_demo_rot_rut_invoices

        print(f"{create_demo_rot_rut_invoices(database, seed=args.seed)} ROT/RUT invoices issued")
    database.dispose()
    return 0


def _export_vcard(args: argparse.Namespace) -> int:
    from kundbok.services.customers import find_customer_id
    from kundbok.services.vcard import export_vcards

    database = _open_database(args, create=False)
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
    print(f"{written} customers written to {_printable(args.output)}")
    return 0


def _import_vcard(args: argparse.Namespace) -> int:
    from kundbok.i18n import error_text
    from kundbok.services.vcard import apply_vcard_import, preview_vcard_import

    database = _open_database(args)
    preview = preview_vcard_import(database, Path(args.input))
    for card in preview.rejected:
        if card.problem is not None:
            problem = _one_line(error_text(card.problem))
            print(f"kundbok: {problem} ({card.details.name}): left out", file=sys.stderr)
    result = apply_vcard_import(database, preview)
    database.dispose()
    print(f"{result.created} customers added, {result.updated} updated")
    return 0


def _invoice_pdf(args: argparse.Namespace) -> int:
    from kundbok.services.pdf import save_invoice_pdf

    database = _open_database(args, create=False)
    path = save_invoice_pdf(database, args.number, Path(args.output))
    database.dispose()
    print(path)
    return 0


def _backup(args: argparse.Namespace) -> int:
    from kundbok.services.maintenance import backup_database

    database = _open_database(args, create=False)
    destination = backup_database(database, Path(args.destination) if args.destination else None)
    database.dispose()
    print(destination)
    return 0


def _confirmed(question: str, yes: bool) -> bool:
    """True with --yes, or when the user answers y on the terminal; no answer is a no."""
    if yes:
        return True
    print(f"{question} [y/N] ", end="", flush=True)
    try:
        answer = sys.stdin.readline()
    except OSError:
        answer = ""
    return answer.strip().lower() in ("y", "yes", "j", "ja")


def _delete_customer(args: argparse.Namespace) -> int:
    from kundbok.services.customers import delete_customer, find_customer_id, get_customer

    database = _open_database(args, create=False)
    customer_id = find_customer_id(database, args.number)
    name = get_customer(database, customer_id).name
    if not _confirmed(f"Delete customer {args.number} ({_printable(name)})?", args.yes):
        database.dispose()
        print("kundbok: nothing was deleted (confirm with y, or pass --yes)", file=sys.stderr)
        return BAD_INPUT
    delete_customer(database, customer_id)
    database.dispose()
    print(f"customer {args.number} deleted")
    return 0


def _renumber_customer(args: argparse.Namespace) -> int:
    from kundbok.services.customers import find_customer_id, renumber_customer

    database = _open_database(args, create=False)
    renumber_customer(database, find_customer_id(database, args.number), args.new_number)
    database.dispose()
    print(f"customer {args.number} is now customer {args.new_number}")
    return 0


def _delete_draft(args: argparse.Namespace) -> int:
    from kundbok.services.invoices import delete_draft

    database = _open_database(args, create=False)
    if not _confirmed(f"Delete invoice draft {args.draft_id}?", args.yes):
        database.dispose()
        print("kundbok: nothing was deleted (confirm with y, or pass --yes)", file=sys.stderr)
        return BAD_INPUT
    delete_draft(database, args.draft_id)
    database.dispose()
    print(f"invoice draft {args.draft_id} deleted")
    return 0


def _start_gui(args: argparse.Namespace) -> int:
    if args.self_test:
        from kundbok.self_test import run_self_test

        return run_self_test(resolve_database(args.database))
    from kundbok.app import run

    return run(resolve_database(args.database))


def _printable(text: str) -> str:
    """`text` with control and format characters written as escapes (\\x1b, \\u202e): a name
    or file name from a user's data must not drive the terminal."""
    return "".join(
        char
        if not unicodedata.category(char).startswith("C")
        else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


def _one_line(message: str) -> str:
    return _printable(" ".join(message.split()))


def _gist(error: Exception, limit: int = 200) -> str:
    """The first line of an unexpected error, short: a database error's text goes on with the
    statement and every row it was given, which belongs in the log, not on the screen."""
    lines = str(error).strip().splitlines()
    first = _one_line(lines[0]) if lines else ""
    return first if len(first) <= limit else first[: limit - 1] + "…"


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `kundbok` console script."""
    start_logging()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _start_gui)
        return handler(args)
    except UsageError as error:
        print(f"kundbok: {_one_line(str(error))}", file=sys.stderr)
        return BAD_INPUT
    except KundbokError as error:
        from kundbok.i18n import error_text, load_translator, system_language

        load_translator(system_language())
        print(f"kundbok: {_one_line(error_text(error))}", file=sys.stderr)
        return BAD_INPUT
    except OSError as error:
        log.exception("command failed")
        print(f"kundbok: {_one_line(str(error))}", file=sys.stderr)
        return BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the user gets a line, the log gets the traceback
        log.exception("unexpected error")
        print(
            f"kundbok: unexpected error ({type(error).__name__}: {_gist(error)}); "
            f"details in {log_path()}",
            file=sys.stderr,
        )
        return FAILURE
