"""What every `kundbok` command shares: exit statuses, argument types, the database of
`--database`, and text made safe for one line of a terminal."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import unicodedata
from decimal import Decimal
from typing import TYPE_CHECKING

from kundbok.config import resolve_database
from kundbok.domain.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from kundbok.db.session import Database

BAD_INPUT = 2
FAILURE = 1
# A command that did part of its work (some messages not sent) ends with this.
SOME_NOT_SENT = 1


class UsageError(Exception):
    """Wrong arguments: reported on one line with exit status 2."""


def positive(text: str) -> int:
    """A whole number, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {text}")
    return value


def document_number(text: str) -> int:
    """The number of an issued invoice (or another numbered document): digits only."""
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"not an invoice number: {text!r}")
    return int(text)


def amount_argument(text: str) -> Decimal:
    """A positive amount as people type it ("1 250,50", "1250.5 kr"); more than two decimals
    are refused, never rounded."""
    from kundbok.domain.errors import KundbokError
    from kundbok.domain.limits import MAX_AMOUNT, is_within_amount_limit
    from kundbok.domain.money import parse_amount

    try:
        value = parse_amount(text)
    except KundbokError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    if not is_within_amount_limit(value):
        raise argparse.ArgumentTypeError(f"more than {MAX_AMOUNT:,.0f} kr: {text}")
    if value <= 0:
        raise argparse.ArgumentTypeError(f"not a positive amount: {text}")
    return value


def exchange_rate_argument(text: str) -> Decimal:
    """Kronor for one unit of another currency ("11,4350"), at most six decimals."""
    from kundbok.domain.currency import parse_exchange_rate
    from kundbok.domain.errors import KundbokError

    try:
        return parse_exchange_rate(text)
    except KundbokError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def date_argument(text: str) -> dt.date:
    """A date written YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def open_database(args: argparse.Namespace, create: bool = True) -> Database:
    """The database of `--database`; commands that only read pass create=False. A register on
    a network drive is opened with a one-line warning on stderr (a script run by one user is
    safe there; several users at once are not). A write that waits for another user's import
    says so on stderr, once."""
    from kundbok.db.migrate import open_database as open_url  # late: `--help` stays quick
    from kundbok.db.network_drive import register_on_network
    from kundbok.db.session import on_waiting_for_import

    database = resolve_database(args.database)
    network = register_on_network(database)
    if network is not None:
        from kundbok.i18n import load_translator, system_language, translate

        load_translator(system_language())
        warning = translate("messages", NETWORK_WARNING).format(kind=network)
        sys.stderr.write(f"kundbok: {one_line(warning)}\n")
    told: list[bool] = []

    def waiting() -> None:
        if not told:
            told.append(True)
            print("kundbok: waiting for another user's import to finish…", file=sys.stderr)

    on_waiting_for_import(waiting)
    return open_url(database, create=create)


NETWORK_WARNING = QT_TRANSLATE_NOOP(
    "messages",
    "warning: the register lies on a network drive ({kind}); if several people use it at "
    "once it can be damaged: use PostgreSQL for an office.",
)


def printable(text: str) -> str:
    """`text` with control and format characters written as escapes (\\x1b, \\u202e): a name
    or file name from a user's data must not drive the terminal."""
    return "".join(
        char
        if not unicodedata.category(char).startswith("C")
        else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


def one_line(message: str) -> str:
    """`message` on one printable line."""
    return printable(" ".join(message.split()))


def gist(error: Exception, limit: int = 200) -> str:
    """The first line of an unexpected error, short: a database error's text goes on with the
    statement and every row it was given, which belongs in the log, not on the screen."""
    lines = str(error).strip().splitlines()
    first = one_line(lines[0]) if lines else ""
    return first if len(first) <= limit else first[: limit - 1] + "…"


def confirmed(question: str, yes: bool) -> bool:
    """True with --yes, or when the user answers y on the terminal; no answer is a no."""
    if yes:
        return True
    print(f"{question} [y/N] ", end="", flush=True)
    try:
        answer = sys.stdin.readline()
    except OSError:
        answer = ""
    return answer.strip().lower() in ("y", "yes", "j", "ja")
