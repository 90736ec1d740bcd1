"""The `kundbok quote` commands: make a quote, list, render, e-mail, accept or decline one, and
invoice it whole or in parts.

As `kundbok invoice new`: a command that makes a document prints its number (or a draft's id)
alone on the first line of standard output; bad input is one line on standard error, exit
status 2, and nothing is made.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kundbok.cli.common import (
    SOME_NOT_SENT,
    UsageError,
    date_argument,
    document_number,
    one_line,
    open_database,
)
from kundbok.cli.invoices import print_made
from kundbok.cli.lines import add_line_options
from kundbok.domain.errors import KundbokError
from kundbok.domain.money import parse_decimal
from kundbok.domain.quote import QuoteStatus


def _percent(text: str) -> Any:
    try:
        value = parse_decimal(text.strip().removesuffix("%"), "percent", 2)
    except KundbokError as error:
        raise argparse.ArgumentTypeError(f"percent: {error}") from None
    if not 0 < value <= 100:
        raise argparse.ArgumentTypeError(f"a part is more than 0 and at most 100 %, not {text}")
    return value


def _line_numbers(text: str) -> tuple[int, ...]:
    try:
        numbers = tuple(int(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"write lines as 1,3 not {text!r}") from None
    if not numbers or min(numbers) < 1:
        raise argparse.ArgumentTypeError(f"lines are numbered from 1, not {text!r}")
    return numbers


def _valid_days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of days: {text!r}") from None
    if not 1 <= days <= 365:
        raise argparse.ArgumentTypeError(f"a quote stands 1 to 365 days, not {days}")
    return days


def add_quote_commands(commands: Any) -> None:
    """Add `kundbok quote …` to the `kundbok` command."""
    quote = commands.add_parser("quote", help="make, send, accept and invoice quotes (offerter)")
    actions = quote.add_subparsers(dest="action", metavar="ACTION", required=True)
    new = actions.add_parser("new", help="make a quote for a customer (prints its number)")
    new.add_argument("--customer", type=document_number, required=True, metavar="NUMBER")
    add_line_options(new)
    new.add_argument("--valid-days", type=_valid_days, metavar="N", help="default: settings")
    new.add_argument("--date", type=date_argument, metavar="D", help="quote date (today)")
    new.add_argument("--text", default="", metavar="T", help="text printed on the quote")
    new.add_argument("--their-reference", metavar="R", help="default: the customer card's")
    reduction = new.add_mutually_exclusive_group()
    reduction.add_argument(
        "--rot", dest="rot_rut", action="store_const", const="rot", default="", help="ROT"
    )
    reduction.add_argument("--rut", dest="rot_rut", action="store_const", const="rut", help="RUT")
    new.set_defaults(handler=_new)

    listing = actions.add_parser("list", help="list quotes, newest first")
    listing.add_argument("--status", choices=[status.value for status in QuoteStatus])
    listing.add_argument("--search", default="", metavar="TEXT", help="number or customer")
    listing.set_defaults(handler=_list)

    pdf = actions.add_parser("pdf", help="render a quote as PDF")
    pdf.add_argument("number", type=document_number, metavar="NUMBER")
    pdf.add_argument("output", metavar="OUT.pdf")
    pdf.set_defaults(handler=_pdf)

    send = actions.add_parser("send", help="e-mail a quote with its PDF to the customer")
    send.add_argument("number", type=document_number, metavar="NUMBER")
    send.add_argument("--to", metavar="ADDRESS", help="default: the customer's e-mail")
    send.set_defaults(handler=_send)

    for name, help_text in (
        ("accept", "the customer accepted"),
        ("decline", "the customer said no"),
    ):
        answer = actions.add_parser(name, help=help_text)
        answer.add_argument("number", type=document_number, metavar="NUMBER")
        answer.set_defaults(handler=_answer)

    invoice = actions.add_parser(
        "invoice", help="invoice the next part of an accepted quote, or what remains"
    )
    invoice.add_argument("number", type=document_number, metavar="NUMBER")
    part = invoice.add_mutually_exclusive_group()
    part.add_argument("--percent", type=_percent, metavar="P", help="this percentage of it")
    part.add_argument("--lines", type=_line_numbers, default=(), metavar="1,3", help="these lines")
    invoice.add_argument("--issue", action="store_true", help="issue it: it gets the next number")
    invoice.set_defaults(handler=_invoice)


def _new(args: argparse.Namespace) -> int:
    from kundbok.services.quotes import QuoteOrder, order_quote

    if not args.lines:
        raise UsageError("a quote needs at least one --line or --text-line")
    order = QuoteOrder(
        customer_number=args.customer,
        lines=tuple(args.lines),
        quote_date=args.date,
        valid_days=args.valid_days,
        text=args.text,
        their_reference=args.their_reference,
        rot_rut=args.rot_rut,
    )
    database = open_database(args, create=False)
    try:
        made = order_quote(database, order)
    finally:
        database.dispose()
    if not made.customer_active:
        print(f"kundbok: note: customer {args.customer} is passive", file=sys.stderr)
    if made.alert_text.strip():
        print(f"kundbok: note: {one_line(made.alert_text)}", file=sys.stderr)
    quote = made.quote
    print(quote.number)
    totals = quote.totals()
    print(
        one_line(
            f"quote {quote.number}: {quote.body.buyer_name}, {totals.to_pay:.2f} "
            f"{quote.body.currency}, valid until {quote.valid_until.isoformat()}"
        )
    )
    return 0


def _list(args: argparse.Namespace) -> int:
    from kundbok.services.quote_queries import list_quotes

    database = open_database(args, create=False)
    try:
        status = QuoteStatus(args.status) if args.status else None
        rows = list_quotes(database, status, args.search)
    finally:
        database.dispose()
    for row in rows:
        print(
            f"{row.number}\t{row.quote_date.isoformat()}\t{row.valid_until.isoformat()}\t"
            f"{row.status.value}\t{row.customer_number}\t{one_line(row.customer_name)}\t"
            f"{row.total:.2f} {row.currency}\tinvoiced {row.billed:.2f} of {row.net_total:.2f}"
        )
    return 0


def _pdf(args: argparse.Namespace) -> int:
    from kundbok.services.pdf.quote import save_quote_pdf

    database = open_database(args, create=False)
    try:
        path = save_quote_pdf(database, args.number, Path(args.output))
    finally:
        database.dispose()
    print(path)
    return 0


def _send(args: argparse.Namespace) -> int:
    from kundbok.i18n import error_text, load_translator, system_language
    from kundbok.services.mail.quotes import send_quote
    from kundbok.services.mail.secrets import smtp_password
    from kundbok.services.mail.settings import get_smtp_account
    from kundbok.services.quote_queries import find_quote_id

    load_translator(system_language())
    database = open_database(args, create=False)
    try:
        quote_id = find_quote_id(database, args.number)
        account = get_smtp_account(database)
        password = smtp_password(account.host, account.user) if account.user else None
        outcome = send_quote(database, quote_id, password, args.to)
    finally:
        database.dispose()
    if outcome.sent:
        print(f"{outcome.number}: sent to {one_line(outcome.recipient)}")
        return 0
    reason = error_text(outcome.error) if outcome.error else ""
    print(f"{outcome.number}: not sent: {one_line(reason)}")
    return SOME_NOT_SENT


def _answer(args: argparse.Namespace) -> int:
    from kundbok.services.quote_queries import find_quote_id
    from kundbok.services.quotes import accept_quote, decline_quote

    database = open_database(args, create=False)
    try:
        quote_id = find_quote_id(database, args.number)
        if args.action == "accept":
            answered = accept_quote(database, quote_id)
        else:
            answered = decline_quote(database, quote_id)
    finally:
        database.dispose()
    print(f"quote {answered.number} {answered.state}")
    return 0


def _invoice(args: argparse.Namespace) -> int:
    from kundbok.services.quote_invoicing import invoice_quote
    from kundbok.services.quote_queries import find_quote_id

    database = open_database(args, create=False)
    try:
        made = invoice_quote(
            database,
            find_quote_id(database, args.number),
            percent=args.percent,
            lines=args.lines,
            issue=args.issue,
        )
    finally:
        database.dispose()
    return print_made(made)
