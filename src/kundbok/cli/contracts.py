"""The `kundbok contract` commands: make a contract, list them, end one, adjust prices, and
the run that invoices every period due (`contract run`).

`contract new` prints the contract's number alone on its first line; the run prints one line
per invoice (contract, period, invoice number or draft id) and a summary. Bad input is one line
on standard error, exit status 2, and nothing is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from decimal import Decimal
from typing import Any

from kundbok.cli.common import (
    SOME_NOT_SENT,
    UsageError,
    date_argument,
    document_number,
    one_line,
    open_database,
)
from kundbok.cli.lines import add_line_options
from kundbok.domain.errors import KundbokError
from kundbok.domain.money import parse_decimal

_DUE_REASONS = {"blocked": "customer blocked", "passive": "customer passive", "paused": "paused"}


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"write a whole number, not {text!r}") from None


def _percent(text: str) -> Decimal:
    try:
        return parse_decimal(text.strip().removesuffix("%"), "percent", 2)
    except KundbokError as error:
        raise argparse.ArgumentTypeError(f"percent: {error}") from None


def add_contract_commands(commands: Any) -> None:
    """Add `kundbok contract ...` to the `kundbok` command."""
    contract = commands.add_parser("contract", help="contracts invoiced every period, and the run")
    actions = contract.add_subparsers(dest="action", metavar="ACTION", required=True)
    new = actions.add_parser("new", help="make a contract for a customer (prints its number)")
    new.add_argument("--customer", type=document_number, required=True, metavar="NUMBER")
    add_line_options(new)
    new.add_argument(
        "--every", type=_whole, required=True, metavar="MONTHS", help="1, 2, 3, 6 or 12"
    )
    new.add_argument("--start", type=date_argument, required=True, metavar="D")
    new.add_argument("--end", type=date_argument, metavar="D")
    new.add_argument("--in-arrears", action="store_true", help="invoice after the period")
    new.add_argument("--days-before", type=_whole, default=0, metavar="N")
    new.add_argument("--text", default="", metavar="T", help="text printed on each invoice")
    new.set_defaults(handler=_new)
    listed = actions.add_parser(
        "list",
        help="every contract: number, customer, months, next period, a period's and a year's "
        "amount excluding VAT, currency, status (tab-separated)",
    )
    listed.set_defaults(handler=_list)
    end = actions.add_parser("end", help="end a contract on a date")
    end.add_argument("number", type=document_number, metavar="NUMBER")
    end.add_argument("--date", type=date_argument, required=True, metavar="D")
    end.set_defaults(handler=_end)
    adjust = actions.add_parser("adjust", help="raise prices by a percentage from a date")
    adjust.add_argument("numbers", nargs="*", type=document_number, metavar="NUMBER")
    adjust.add_argument("--all", action="store_true", help="every contract not ended")
    adjust.add_argument("--percent", type=_percent, required=True, metavar="P")
    adjust.add_argument("--from", dest="from_date", type=date_argument, required=True, metavar="D")
    adjust.add_argument("--krona", action="store_true", help="round to whole kronor (öre)")
    adjust.set_defaults(handler=_adjust)
    run = actions.add_parser("run", help="invoice every period due (drafts unless --issue)")
    run.add_argument("--date", type=date_argument, metavar="D", help="default: today")
    run.add_argument("--issue", action="store_true", help="issue the invoices")
    run.add_argument("--send", action="store_true", help="with --issue: e-mail them")
    run.set_defaults(handler=_run)


def _new(args: argparse.Namespace) -> int:
    from kundbok.services.contracts import ContractOrder, create_contract

    if not args.lines:
        raise UsageError("a contract needs at least one --line or --text-line")
    order = ContractOrder(
        customer_number=args.customer,
        lines=tuple(args.lines),
        interval_months=args.every,
        start_date=args.start,
        end_date=args.end,
        in_arrears=args.in_arrears,
        days_before=args.days_before,
        text=args.text,
    )
    database = open_database(args, create=False)
    try:
        made = create_contract(database, order)
    finally:
        database.dispose()
    print(made.number)
    total = made.amount_for(made.start_date)
    print(f"contract {made.number}: every {made.interval_months} months, {total:.2f} a period")
    return 0


def _list(args: argparse.Namespace) -> int:
    from kundbok.services.contract_queries import list_contracts

    database = open_database(args, create=False)
    try:
        rows = list_contracts(database)
    finally:
        database.dispose()
    for row in rows:
        upcoming = row.next_period.start.isoformat() if row.next_period else "-"
        print(
            f"{row.number}\t{row.customer_number} {one_line(row.customer_name)}\t"
            f"{row.interval_months}\t{upcoming}\t{row.per_period:.2f}\t{row.per_year:.2f}\t"
            f"{row.currency}\t{row.status}"
        )
    return 0


def _end(args: argparse.Namespace) -> int:
    from kundbok.services.contracts import end_contract, find_contract_id

    database = open_database(args, create=False)
    try:
        ended = end_contract(database, find_contract_id(database, args.number), args.date)
    finally:
        database.dispose()
    print(f"contract {ended.number} ends on {args.date.isoformat()}")
    return 0


def _adjust(args: argparse.Namespace) -> int:
    from kundbok.domain.contract import Rounding, check_percent
    from kundbok.services.contracts import adjust_prices, find_contract_id

    if bool(args.numbers) == bool(args.all):
        raise UsageError("name the contracts to adjust, or pass --all")
    check_percent(args.percent)
    database = open_database(args, create=False)
    try:
        ids = None if args.all else [find_contract_id(database, n) for n in args.numbers]
        rounding = Rounding.KRONA if args.krona else Rounding.ORE
        count = adjust_prices(database, ids, args.percent, args.from_date, rounding)
    finally:
        database.dispose()
    print(f"{count} contracts: prices {args.percent:+f} % from {args.from_date.isoformat()}")
    return 0


def _run(args: argparse.Namespace) -> int:
    from kundbok.i18n import error_text
    from kundbok.services.contract_run import (
        LeftOut,
        PeriodTakenError,
        due_periods,
        run_contracts,
    )

    if args.send and not args.issue:
        raise UsageError("--send needs --issue: drafts are not sent")
    day = args.date or dt.date.today()
    database = open_database(args, create=False)
    try:
        due = due_periods(database, day)
        if not due:
            print(f"no contract periods due on {day.isoformat()}")
            return 0
        for left in (found for found in due if found.left_out != LeftOut.NONE):
            print(
                f"contract {left.contract_number} {_period(left.period)}: left out "
                f"({_DUE_REASONS[left.left_out]})",
                file=sys.stderr,
            )
        chosen = [found for found in due if found.left_out == LeftOut.NONE]
        outcome = run_contracts(database, chosen, day, args.issue, on_made=_print_made)
        for due_period, error in outcome.refused:
            print(
                one_line(
                    f"contract {due_period.contract_number} {_period(due_period.period)}: "
                    f"{error_text(error)}"
                ),
                file=sys.stderr,
            )
        sent = _send(database, [made.invoice_id for made in outcome.made]) if args.send else 0
    finally:
        database.dispose()
    kind = "invoices" if args.issue else "drafts"
    left_out = len(due) - len(chosen)
    print(
        f"{len(outcome.made)} {kind} made, {len(outcome.refused)} refused, {left_out} left out"
        + (f", {sent} sent" if args.send else "")
    )
    # A period another run invoiced first is no failure: it is invoiced, once.
    failed = [e for _, e in outcome.refused if not isinstance(e, PeriodTakenError)]
    return SOME_NOT_SENT if failed else 0


def _print_made(made: Any) -> None:
    """One line per invoice as soon as it is made: a run stopped later has told what it made."""
    made_as = f"invoice {made.number}" if made.number else f"draft {made.invoice_id}"
    print(f"contract {made.contract_number}\t{_period(made.period)}\t{made_as}", flush=True)


def _period(found: Any) -> str:
    return f"{found.start.isoformat()} – {found.end.isoformat()}"


def _send(database: Any, invoice_ids: list[int]) -> int:
    """E-mail the invoices of customers invoiced by e-mail; say how the others go out."""
    from kundbok.services.contract_run import Delivery, deliveries
    from kundbok.services.mail.invoices import send_invoices
    from kundbok.services.mail.secrets import smtp_password
    from kundbok.services.mail.settings import get_smtp_account

    routes = deliveries(database, invoice_ids)
    sent = 0
    if routes[Delivery.EMAIL]:
        account = get_smtp_account(database)
        password = smtp_password(account.host, account.user) if account.user else None
        outcomes = send_invoices(database, routes[Delivery.EMAIL], password)
        sent = sum(outcome.sent for outcome in outcomes)
        for outcome in outcomes:
            if not outcome.sent:
                print(f"invoice {outcome.number}: not sent", file=sys.stderr)
    numbers = _numbers(database, routes[Delivery.PRINT])
    if numbers:
        print(f"to print: kundbok print-invoice {numbers}", file=sys.stderr)
    numbers = _numbers(database, routes[Delivery.PEPPOL])
    if numbers:
        print(f"e-invoices: kundbok export-peppol FOLDER {numbers}", file=sys.stderr)
    return sent


def _numbers(database: Any, invoice_ids: list[int]) -> str:
    from kundbok.services.invoice_queries import get_invoice

    return " ".join(str(get_invoice(database, invoice_id).number) for invoice_id in invoice_ids)
