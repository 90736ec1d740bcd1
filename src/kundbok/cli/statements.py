"""`kundbok statement NUMBER [--from D] [--to D] (OUT.pdf | --send)`: a customer's statement of
account as PDF, or e-mailed to the customer. Without dates: the twelve months up to today."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from kundbok.cli.common import (
    BAD_INPUT,
    UsageError,
    date_argument,
    one_line,
    open_database,
    positive,
    printable,
)

if TYPE_CHECKING:
    from kundbok.db.session import Database


USAGE = "kundbok statement NUMBER [--from D] [--to D] (OUT.pdf | --send)"


class _Options(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _options() -> argparse.ArgumentParser:
    # Parsed on their own, intermixed: argparse alone would not take OUT.pdf after --from D.
    options = _Options(prog="kundbok statement", usage=USAGE)
    options.add_argument("number", type=positive, metavar="NUMBER", help="customer number")
    options.add_argument(
        "--from", dest="first_day", type=date_argument, metavar="D", help="default: a year back"
    )
    options.add_argument(
        "--to", dest="last_day", type=date_argument, metavar="D", help="default: today"
    )
    options.add_argument("output", nargs="?", metavar="OUT.pdf")
    options.add_argument("--send", action="store_true", help="e-mail it to the customer")
    return options


def add_statement_commands(commands: Any) -> None:
    """Add `statement` to the `kundbok` command."""
    statement = commands.add_parser(
        "statement",
        usage=USAGE,
        help="a customer's statement of account as PDF, or e-mailed",
        description="Write a customer's statement of account of a period (default: the twelve "
        "months up to --to, default today) to OUT.pdf, or e-mail it with --send.",
    )
    statement.add_argument("words", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    statement.set_defaults(handler=_statement)


def _statement(parsed: argparse.Namespace) -> int:
    from kundbok.services.statements import default_period

    args = _options().parse_intermixed_args(parsed.words)
    if bool(args.output) == args.send:
        raise UsageError("give either OUT.pdf or --send")

    first_day, last_day = default_period(args.last_day)
    first_day = args.first_day or first_day
    if last_day < first_day:
        raise UsageError("--to is before --from")
    if args.output and Path(args.output).suffix.casefold() != ".pdf":
        raise UsageError(f"the file name must end in .pdf: {args.output}")
    database = open_database(parsed, create=False)
    try:
        from kundbok.services.customers import find_customer_id

        customer_id = find_customer_id(database, args.number)
        if args.send:
            return _send(database, customer_id, first_day, last_day)
        from kundbok.services.pdf.statement import save_statement_pdf

        balance = save_statement_pdf(database, customer_id, first_day, last_day, Path(args.output))
    finally:
        database.dispose()
    amount = f"{balance:.2f}".replace(".", ",")
    print(printable(f"{args.output}: balance {amount} on {last_day}"))
    return 0


def _send(database: Database, customer_id: int, first_day: dt.date, last_day: dt.date) -> int:
    from kundbok.i18n import error_text, load_translator, system_language
    from kundbok.services.mail.secrets import smtp_password
    from kundbok.services.mail.settings import get_smtp_account
    from kundbok.services.mail.statements import send_statements

    load_translator(system_language())
    account = get_smtp_account(database)
    password = smtp_password(account.host, account.user) if account.user else None
    [outcome] = send_statements(database, [customer_id], first_day, last_day, password)
    if not outcome.sent:
        reason = error_text(outcome.error) if outcome.error else ""
        print(f"kundbok: not sent: {one_line(reason)}", file=sys.stderr)
        return BAD_INPUT
    print(f"statement sent to {one_line(outcome.recipient)}")
    return 0
