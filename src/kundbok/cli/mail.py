"""The e-mail commands of `kundbok`: send invoices, and show or set the mail server.

`kundbok send-invoices [NUMBER...]` and `kundbok smtp-settings [KEY=VALUE...]`. Bad input, a
mail server not set up or not reachable: exit status 2 and one line, as every command.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from enum import Enum
from typing import TYPE_CHECKING, Any

from kundbok.cli.common import SOME_NOT_SENT, UsageError, one_line, open_database

if TYPE_CHECKING:
    from kundbok.services.mail.smtp import SmtpAccount

YES, NO = ("yes", "true", "1", "on"), ("no", "false", "0", "off")


def add_mail_commands(commands: Any) -> None:
    """Add the e-mail commands to the `kundbok` command's subparsers."""
    send = commands.add_parser(
        "send-invoices",
        help="e-mail issued invoices with their PDF (default: all unsent e-mail invoices)",
    )
    send.add_argument("numbers", nargs="*", type=int, metavar="NUMBER")
    send.set_defaults(handler=_send_invoices)

    smtp = commands.add_parser(
        "smtp-settings",
        help="show the mail server settings, or set them: " + ", ".join(SMTP_KEYS),
    )
    smtp.add_argument("assignments", nargs="*", metavar="KEY=VALUE")
    smtp.set_defaults(handler=_smtp_settings)


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


def yes_no(text: str) -> bool:
    if text.lower() in YES:
        return True
    if text.lower() in NO:
        return False
    raise ValueError("yes or no")


def _port(text: str) -> int:
    return int(text)


def _security(text: str) -> Enum:
    from kundbok.services.mail.smtp import Security  # late: `kundbok --help` stays quick

    return Security(text.lower())


SMTP_KEYS: dict[str, tuple[str, Any]] = {
    "smtp.host": ("host", str),
    "smtp.port": ("port", _port),
    "smtp.security": ("security", _security),
    "smtp.user": ("user", str),
    "smtp.sender": ("sender_address", str),
    "smtp.sender_name": ("sender_name", str),
    "smtp.reply_to": ("reply_to", str),
    "smtp.copy_to_me": ("copy_to_sender", yes_no),
}


def shown_value(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value.value if isinstance(value, Enum) else value)


def changed_account(account: SmtpAccount, assignments: list[str]) -> SmtpAccount:
    """`account` with every KEY=VALUE applied; a UsageError on the first bad one."""

    changes: dict[str, object] = {}
    for assignment in assignments:
        key, equals, text = assignment.partition("=")
        if not equals or key.strip() not in SMTP_KEYS:
            raise UsageError(
                f"unknown setting {key.strip()!r}; the settings are {', '.join(SMTP_KEYS)}"
            )
        field, parse = SMTP_KEYS[key.strip()]
        try:
            changes[field] = parse(text.strip())
        except ValueError:
            choices = {
                "security": "none, starttls or tls",
                "copy_to_sender": "yes or no",
                "port": "a whole number",
            }
            raise UsageError(f"{key.strip()}: {text!r} is not {choices[field]}") from None
    return replace(account, **changes)  # type: ignore[arg-type]


def _smtp_settings(args: argparse.Namespace) -> int:
    from kundbok.services.mail.settings import get_smtp_account, save_smtp_account

    database = open_database(args, create=bool(args.assignments))
    try:
        account = get_smtp_account(database)
        if args.assignments:
            # Everything checked before anything is saved: a bad value changes nothing.
            account = save_smtp_account(database, changed_account(account, args.assignments))
    finally:
        database.dispose()
    for key, (field, _) in SMTP_KEYS.items():
        sys.stdout.write(f"{key}={one_line(shown_value(getattr(account, field)))}\n")
    return 0
