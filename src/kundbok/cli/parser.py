"""The `kundbok` command's parser and entry point: starts the app, or runs one command.

Bad input ends with exit status 2 and one line on stderr; the full story of an unexpected error
goes to the log file, never to the user as a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from kundbok import __version__
from kundbok.cli.article_tables import add_article_table_commands
from kundbok.cli.common import BAD_INPUT, FAILURE, UsageError, gist, one_line
from kundbok.cli.contracts import add_contract_commands
from kundbok.cli.customer_tables import add_customer_file_commands
from kundbok.cli.entries import add_entry_commands
from kundbok.cli.invoices import add_invoice_commands
from kundbok.cli.mail import add_mail_commands
from kundbok.cli.payments import add_payment_commands
from kundbok.cli.peppol import add_peppol_commands
from kundbok.cli.prices import add_price_commands
from kundbok.cli.printing import add_printing_commands
from kundbok.cli.quotes import add_quote_commands
from kundbok.cli.refunds import add_refund_command
from kundbok.cli.register import add_register_commands
from kundbok.cli.reminders import add_reminder_commands
from kundbok.cli.rot_rut import add_rot_rut_commands
from kundbok.cli.settings import add_settings_commands
from kundbok.cli.statements import add_statement_commands
from kundbok.config import log_path, resolve_database
from kundbok.domain.errors import KundbokError
from kundbok.log_file import start_logging

log = logging.getLogger("kundbok")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


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

    add_register_commands(commands)
    add_invoice_commands(commands)
    add_quote_commands(commands)
    add_contract_commands(commands)
    add_payment_commands(commands)
    add_refund_command(commands)
    add_mail_commands(commands)
    add_reminder_commands(commands)
    add_customer_file_commands(commands)
    add_peppol_commands(commands)
    add_printing_commands(commands)
    add_rot_rut_commands(commands)
    add_settings_commands(commands)
    add_price_commands(commands)
    add_statement_commands(commands)
    add_article_table_commands(commands)
    add_entry_commands(commands)
    return parser


def _start_gui(args: argparse.Namespace) -> int:
    if args.self_test:
        from kundbok.self_test import run_self_test

        return run_self_test(resolve_database(args.database))
    from kundbok.app import run

    return run(resolve_database(args.database))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `kundbok` console script."""
    start_logging()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _start_gui)
        return handler(args)
    except UsageError as error:
        print(f"kundbok: {one_line(str(error))}", file=sys.stderr)
        return BAD_INPUT
    except KundbokError as error:
        from kundbok.i18n import error_text, load_translator, system_language

        load_translator(system_language())
        print(f"kundbok: {one_line(error_text(error))}", file=sys.stderr)
        return BAD_INPUT
    except OSError as error:
        log.exception("command failed")
        print(f"kundbok: {one_line(str(error))}", file=sys.stderr)
        return BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the user gets a line, the log gets the traceback
        log.exception("unexpected error")
        print(
            f"kundbok: unexpected error ({type(error).__name__}: {gist(error)}); "
            f"details in {log_path()}",
            file=sys.stderr,
        )
        return FAILURE
