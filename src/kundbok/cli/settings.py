"""`kundbok settings [KEY=VALUE...]`: the company as invoices print it, and the mail server.

Without assignments it prints every setting; with them it checks all of them the way the
settings dialog does before it saves any, so one bad key or value changes nothing (exit 2, one
line). The mail password is never shown or set here: it lives in the system keyring.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from kundbok.cli.common import UsageError, one_line, open_database
from kundbok.cli.mail import SMTP_KEYS, changed_account, shown_value, yes_no

if TYPE_CHECKING:
    from kundbok.services.settings import CompanySettings


def _optional(text: str) -> str | None:
    return text or None


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
}


def add_settings_commands(commands: Any) -> None:
    """Add `settings` to the `kundbok` command's subparsers."""
    settings = commands.add_parser(
        "settings", help="show the settings, or set them: KEY=VALUE (company.*, smtp.*)"
    )
    settings.add_argument("assignments", nargs="*", metavar="KEY=VALUE")
    settings.set_defaults(handler=_settings)


def changed_company(company: CompanySettings, assignments: list[str]) -> CompanySettings:
    """`company` with every company.* assignment applied; UsageError on a bad key or value."""

    changes: dict[str, object] = {}
    for assignment in assignments:
        key, _, text = assignment.partition("=")
        field, parse = COMPANY_KEYS[key.strip()]
        try:
            changes[field] = parse(text.strip())
        except ValueError:
            raise UsageError(f"{key.strip()}: {text!r} is not yes or no") from None
    return replace(company, **changes)  # type: ignore[arg-type]


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
