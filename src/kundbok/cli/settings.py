"""`kundbok settings [KEY=VALUE...]`: the company as invoices print it, and the mail server.

Without assignments it prints every setting; with them it checks all of them the way the
settings dialog does before it saves any, so one bad key or value changes nothing (exit 2, one
line). The mail password is never shown or set here: it lives in the system keyring.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from enum import Enum
from typing import TYPE_CHECKING, Any

from kundbok.cli.common import UsageError, one_line, open_database

if TYPE_CHECKING:
    from kundbok.services.mail.smtp import SmtpAccount
    from kundbok.services.settings import CompanySettings

YES, NO = ("yes", "true", "1", "on"), ("no", "false", "0", "off")


def _optional(text: str) -> str | None:
    return text or None


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


# What a bad value should have been, by field; the others that can be wrong are yes or no.
_EXPECTED = {
    "security": "none, starttls or tls",
    "port": "a whole number",
    "quote_valid_days": "a whole number",
}


def _changes(assignments: list[str], keys: dict[str, tuple[str, Any]]) -> dict[str, object]:
    """The field each KEY=VALUE (a key of `keys`) sets; a UsageError on the first bad value."""
    changes: dict[str, object] = {}
    for assignment in assignments:
        key, _, text = assignment.partition("=")
        field, parse = keys[key.strip()]
        try:
            changes[field] = parse(text.strip())
        except ValueError:
            expected = _EXPECTED.get(field, "yes or no")
            raise UsageError(f"{key.strip()}: {text!r} is not {expected}") from None
    return changes


def changed_account(account: SmtpAccount, assignments: list[str]) -> SmtpAccount:
    """`account` with every smtp.* assignment applied; UsageError on a bad value."""
    # Each parser returns the type of its field, which a dict of objects cannot say.
    return replace(account, **_changes(assignments, SMTP_KEYS))  # type: ignore[arg-type]


# KEY -> (CompanySettings field, parser of the text after "=")
COMPANY_KEYS: dict[str, tuple[str, Any]] = {
    "company.name": ("name", str),
    "company.street": ("street", str),
    "company.postcode": ("postcode", str),
    "company.city": ("city", str),
    "company.country": ("country", str),
    "company.org_number": ("org_number", _optional),
    "company.vat_number": ("vat_number", _optional),
    "company.f_tax": ("f_tax", yes_no),
    "company.bankgiro": ("bankgiro", _optional),
    "company.plusgiro": ("plusgiro", _optional),
    "company.iban": ("iban", _optional),
    "company.bic": ("bic", _optional),
    "company.swish": ("swish", _optional),
    "company.email": ("email", str),
    "company.phone": ("phone", str),
    "company.website": ("website", str),
    "company.sales_account": ("sales_account", str),
    "company.receivables_account": ("receivables_account", str),
    "company.exchange_gain_account": ("exchange_gain_account", str),
    "company.exchange_loss_account": ("exchange_loss_account", str),
    "company.quote_valid_days": ("quote_valid_days", int),
}


def add_settings_commands(commands: Any) -> None:
    """Add `settings` to the `kundbok` command's subparsers."""
    settings = commands.add_parser(
        "settings", help="show the settings, or set them: KEY=VALUE (company.*, smtp.*)"
    )
    settings.add_argument("assignments", nargs="*", metavar="KEY=VALUE")
    settings.set_defaults(handler=_settings)


def changed_company(company: CompanySettings, assignments: list[str]) -> CompanySettings:
    """`company` with every company.* assignment applied; UsageError on a bad value."""
    # Each parser returns the type of its field, which a dict of objects cannot say.
    return replace(company, **_changes(assignments, COMPANY_KEYS))  # type: ignore[arg-type]


def _split(assignments: list[str]) -> tuple[list[str], list[str]]:

    company, smtp = [], []
    for assignment in assignments:
        key, equals, _ = assignment.partition("=")
        key = key.strip()
        if equals and key in COMPANY_KEYS:
            company.append(assignment)
        elif equals and key in SMTP_KEYS:
            smtp.append(assignment)
        else:
            known = ", ".join([*COMPANY_KEYS, *SMTP_KEYS])
            raise UsageError(f"unknown setting {key!r}; the settings are {known}")
    return company, smtp


def _settings(args: argparse.Namespace) -> int:
    from kundbok.services.mail.settings import (
        checked_account,
        get_smtp_account,
        save_smtp_account,
    )
    from kundbok.services.settings import checked_company, get_company, save_company

    company_changes, smtp_changes = _split(args.assignments)
    database = open_database(args, create=bool(args.assignments))
    try:
        company = get_company(database)
        account = get_smtp_account(database)
        if args.assignments:
            # Everything is parsed and checked first, so a bad value saves nothing at all.
            new_company = checked_company(changed_company(company, company_changes))
            new_account = checked_account(changed_account(account, smtp_changes))
            if company_changes:
                company = save_company(database, new_company)
            if smtp_changes:
                account = save_smtp_account(database, new_account)
    finally:
        database.dispose()
    for key, (field, _) in COMPANY_KEYS.items():
        value = getattr(company, field)
        sys.stdout.write(f"{key}={one_line(shown_value(value if value is not None else ''))}\n")
    for key, (field, _) in SMTP_KEYS.items():
        sys.stdout.write(f"{key}={one_line(shown_value(getattr(account, field)))}\n")
    return 0
