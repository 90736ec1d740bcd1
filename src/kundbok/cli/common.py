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
    """A positive amount in kronor and öre, as people type it ("1 250,50")."""
    from kundbok.domain.errors import KundbokError
    from kundbok.domain.limits import MAX_AMOUNT, is_within_amount_limit
    from kundbok.domain.money import parse_amount

    try:
        value = parse_amount(text)
    except KundbokError:
        raise argparse.ArgumentTypeError(f"not an amount: {text!r}") from None
    if not is_within_amount_limit(value):  # before rounding: 1E+30 cannot be rounded to öre
        raise argparse.ArgumentTypeError(f"more than {MAX_AMOUNT:,.0f} kr: {text}")
    if value <= 0 or value != value.quantize(Decimal("0.01")):
        raise argparse.ArgumentTypeError(f"not a positive amount in kronor and öre: {text}")
    return value


def date_argument(text: str) -> dt.date:
    """A date written YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def open_database(args: argparse.Namespace, create: bool = True) -> Database:
    """The database of `--database`; commands that only read pass create=False. A write that
    waits for another user's import says so on stderr, once."""
    from kundbok.db.migrate import open_database as open_url  # late: `--help` stays quick
    from kundbok.db.session import on_waiting_for_import

    told: list[bool] = []

    def waiting() -> None:
        if not told:
            told.append(True)
            print("kundbok: waiting for another user's import to finish…", file=sys.stderr)

    on_waiting_for_import(waiting)
    return open_url(resolve_database(args.database), create=create)


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
