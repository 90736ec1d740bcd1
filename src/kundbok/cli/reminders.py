"""The `kundbok` commands for late payers: list, write or e-mail reminders, and issue a
räntefaktura after a late payment.

`kundbok reminders [--date D] [--send | --output DIR]`, `kundbok reminders --made`,
`kundbok reminders --again ID [--send | --output DIR]` and `kundbok interest-invoice NUMBER
[--date D]`. Bad input, a folder that does not exist, a mail server not set up: exit status 2
and one line, nothing recorded.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kundbok.cli.common import SOME_NOT_SENT, UsageError, date_argument, one_line, open_database

if TYPE_CHECKING:
    from kundbok.db.session import Database
    from kundbok.services.reminders.overdue import CustomerReminder


def add_reminder_commands(commands: Any) -> None:
    """Add `reminders` and `interest-invoice` to the `kundbok` command."""
    reminders = commands.add_parser(
        "reminders",
        help="list the customers a reminder would go to (one line each); --output writes the "
        "reminders as PDF, --send e-mails them to customers invoiced by e-mail",
    )
    reminders.add_argument("--date", type=date_argument, help="reminder date (default: today)")
    how = reminders.add_mutually_exclusive_group()
    how.add_argument("--send", action="store_true", help="make and e-mail the reminders")
    how.add_argument("--output", metavar="DIR", help="make the reminders and write their PDFs")
    which = reminders.add_mutually_exclusive_group()
    which.add_argument(
        "--made", action="store_true", help="list the reminders already made, newest first"
    )
    which.add_argument(
        "--again",
        type=int,
        metavar="ID",
        help="a reminder already made, as it was: --output writes its PDF, --send e-mails it "
        "again (no new level, no second fee)",
    )
    reminders.set_defaults(handler=_reminders)

    interest = commands.add_parser(
        "interest-invoice",
        help="issue the räntefaktura of a paid late invoice: interest to the day it was paid, "
        "and the reminder fees and förseningsersättning charged for it",
    )
    interest.add_argument("number", type=int, metavar="NUMBER", help="the late invoice's number")
    interest.add_argument("--date", type=date_argument, help="invoice date (default: today)")
    interest.set_defaults(handler=_interest_invoice)


def _line(reminder: CustomerReminder) -> str:

    content = reminder.content
    numbers = ",".join(str(line.receivable.number) for line in content.lines)
    way = "e-mail" if reminder.by_email else "paper"
    if reminder.reminder_id is not None:
        way += f"; reminder {reminder.reminder_id} made {content.day.isoformat()}, not yet sent"
    return one_line(
        f"{reminder.customer_number} {reminder.customer_name}: invoices {numbers}; "
        f"open {content.open_total:.2f}, fee {content.fee:.2f}, "
        f"compensation {content.compensation_total:.2f}, interest {content.interest_total:.2f}, "
        f"total {content.total:.2f} {content.currency} ({way})"
    )


def _reminders(args: argparse.Namespace) -> int:
    from kundbok.services.reminders.overdue import overdue_customers

    day: dt.date = args.date or dt.date.today()
    folder = Path(args.output) if args.output else None
    if folder is not None and not folder.is_dir():
        raise UsageError(f"{args.output}: no such folder")
    if args.made or args.again is not None:
        from kundbok.cli.reminders_made import made_reminders_command

        if args.made and (args.send or folder is not None):
            raise UsageError("--made only lists; use --again ID with --send or --output")
        return made_reminders_command(args, folder)
    database = open_database(args, create=False)
    try:
        listed = overdue_customers(database, day)
        if not listed:
            print(f"nothing to remind on {day.isoformat()}")
            return 0
        if folder is not None:
            return _write(database, listed, day, folder)
        if args.send:
            return _send(database, listed, day)
        for reminder in listed:
            print(_line(reminder))
        return 0
    finally:
        database.dispose()


def _write(database: Database, listed: list[CustomerReminder], day: dt.date, folder: Path) -> int:
    from kundbok.services.files import write_atomically
    from kundbok.services.pdf.reminder import reminder_pdf
    from kundbok.services.pdf.reminder_labels import reminder_labels_for
    from kundbok.services.reminders.delivery import mark_reminders_printed
    from kundbok.services.reminders.overdue import make_reminders

    for made in make_reminders(database, [r.customer_id for r in listed], day):
        name = reminder_labels_for(made.reminder.language)["attachment"]
        path = folder / name.format(number=made.reminder_id)
        write_atomically(path, reminder_pdf(database, made.reminder_id))
        # Written is printed: the reminder counts now, each one as soon as its file is whole.
        mark_reminders_printed(database, [made.reminder_id])
        print(f"{_line(made.reminder)} -> {path}")
    return 0


def _send(database: Database, listed: list[CustomerReminder], day: dt.date) -> int:
    from kundbok.i18n import error_text, load_translator, system_language
    from kundbok.services.mail.reminders import send_new_reminders
    from kundbok.services.mail.secrets import smtp_password
    from kundbok.services.mail.settings import get_smtp_account

    load_translator(system_language())
    by_email = [reminder for reminder in listed if reminder.by_email]
    for reminder in listed:
        if not reminder.by_email:
            print(f"{_line(reminder)}: not invoiced by e-mail; use --output")
    if not by_email:
        return 0
    account = get_smtp_account(database)
    password = smtp_password(account.host, account.user) if account.user else None
    # The server is tried before anything is recorded; a refused reminder is taken back.
    results = send_new_reminders(database, [r.customer_id for r in by_email], day, password)
    for result in results:
        outcome = result.outcome
        if outcome.sent:
            print(f"{_line(result.made.reminder)}: sent to {one_line(outcome.recipient)}")
        else:
            reason = error_text(outcome.error) if outcome.error else ""
            print(f"{_line(result.made.reminder)}: not sent: {one_line(reason)}")
    return 0 if all(result.outcome.sent for result in results) else SOME_NOT_SENT


def _interest_invoice(args: argparse.Namespace) -> int:
    from kundbok.services.invoice_queries import find_invoice_id
    from kundbok.services.reminders.interest import create_interest_invoice

    database = open_database(args, create=False)
    try:
        invoice = create_interest_invoice(
            database, find_invoice_id(database, args.number), args.date
        )
    finally:
        database.dispose()
    print(
        f"interest invoice {invoice.number} for invoice {args.number}: "
        f"{invoice.totals().total:.2f} {invoice.currency}"
    )
    return 0
