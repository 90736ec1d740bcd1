"""The e-mail command of `kundbok`: `kundbok send-invoices [NUMBER...]`.

The mail server is set with `kundbok settings smtp.KEY=VALUE` (`cli/settings.py`). Bad input, a
mail server not set up or not reachable: exit status 2 and one line, as every command.
"""

from __future__ import annotations

import argparse
from typing import Any

from kundbok.cli.common import SOME_NOT_SENT, one_line, open_database


def add_mail_commands(commands: Any) -> None:
    """Add the e-mail commands to the `kundbok` command's subparsers."""
    send = commands.add_parser(
        "send-invoices",
        help="e-mail issued invoices with their PDF (default: all unsent e-mail invoices)",
    )
    send.add_argument("numbers", nargs="*", type=int, metavar="NUMBER")
    send.set_defaults(handler=_send_invoices)


def _send_invoices(args: argparse.Namespace) -> int:
    from kundbok.i18n import error_text, load_translator, system_language
    from kundbok.services.invoice_queries import find_invoice_id
    from kundbok.services.mail.invoices import send_invoices, unsent_invoice_ids
    from kundbok.services.mail.secrets import smtp_password
    from kundbok.services.mail.settings import get_smtp_account

    load_translator(system_language())
    database = open_database(args, create=False)
    try:
        if args.numbers:
            ids = [find_invoice_id(database, number) for number in args.numbers]
        else:
            ids = unsent_invoice_ids(database)
        if not ids:
            print("no unsent e-mail invoices")
            return 0
        account = get_smtp_account(database)
        password = smtp_password(account.host, account.user) if account.user else None
        outcomes = send_invoices(database, ids, password)
    finally:
        database.dispose()
    for outcome in outcomes:
        if outcome.sent:
            print(f"{outcome.number}: sent to {one_line(outcome.recipient)}")
        else:
            reason = error_text(outcome.error) if outcome.error else ""
            print(f"{outcome.number}: not sent: {one_line(reason)}")
    return 0 if all(outcome.sent for outcome in outcomes) else SOME_NOT_SENT
