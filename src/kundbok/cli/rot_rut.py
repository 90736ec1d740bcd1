"""The ROT/RUT commands of `kundbok`: write the claim to Skatteverket, list what is unclaimed,
enter Skatteverket's decision.

`kundbok rot-rut-claim --kind rot|rut --year Y OUT.xml` writes OUT.xml, or OUT-1.xml, OUT-2.xml...
when more than 100 buyers need several files. When a case fails a check, every case and reason is
listed on standard error, exit status 2, and nothing is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from kundbok.cli.common import BAD_INPUT, amount_argument, date_argument, open_database


def _last_year() -> int:
    return dt.date.today().year - 1


def add_rot_rut_commands(commands: Any) -> None:
    """Add `rot-rut-claim`, `rot-rut-unclaimed` and `rot-rut-decision` to `kundbok`."""
    claim = commands.add_parser(
        "rot-rut-claim", help="write the ROT or RUT claim to Skatteverket for a payment year"
    )
    claim.add_argument("--kind", choices=("rot", "rut"), required=True)
    claim.add_argument(
        "--year", type=int, default=_last_year(), help="payment year (default: last)"
    )
    claim.add_argument(
        "--dry-run", action="store_true", help="only list the cases and their checks; write nothing"
    )
    claim.add_argument("output", metavar="OUT.xml", nargs="?")
    claim.set_defaults(handler=_claim)

    unclaimed = commands.add_parser(
        "rot-rut-unclaimed", help="list paid ROT/RUT invoices of a year not yet claimed"
    )
    unclaimed.add_argument("--year", type=int, default=_last_year(), help="default: last year")
    unclaimed.set_defaults(handler=_unclaimed)

    decision = commands.add_parser(
        "rot-rut-decision", help="enter what Skatteverket paid, or that it refused, for an invoice"
    )
    decision.add_argument("number", type=int, metavar="NUMBER", help="the invoice's number")
    outcome = decision.add_mutually_exclusive_group(required=True)
    outcome.add_argument("--paid", type=amount_argument, metavar="AMOUNT", help="kronor paid")
    outcome.add_argument("--refused", action="store_true", help="Skatteverket paid nothing")
    decision.add_argument("--date", type=date_argument, help="decision date (default: today)")
    decision.set_defaults(handler=_decision)


def _claim(args: argparse.Namespace) -> int:
    from kundbok.i18n import error_text
    from kundbok.services.rot_rut_claims import ClaimNotReady, preview_claim, write_claim

    if not args.dry_run and not args.output:
        print("kundbok: rot-rut-claim needs OUT.xml (or --dry-run)", file=sys.stderr)
        return BAD_INPUT
    database = open_database(args, create=False)
    try:
        if args.dry_run:
            preview = preview_claim(database, args.kind, args.year)
            for case in preview.cases:
                reasons = [error_text(p) for p in preview.problems_of(case)] or ["ok"]
                print(f"{case.invoice_number}\t{case.buyer_name}\t{case.requested} kr\t", end="")
                print("; ".join(reasons))
            return 0 if not preview.problems else BAD_INPUT
        try:
            paths = write_claim(database, args.kind, args.year, Path(args.output))
        except ClaimNotReady as refused:
            print(f"kundbok: {error_text(refused)}", file=sys.stderr)
            for problem in refused.problems:
                print(f"  invoice {problem.invoice_number}: {error_text(problem)}", file=sys.stderr)
            return BAD_INPUT
    finally:
        database.dispose()
    for path in paths:
        print(path)
    return 0


def _unclaimed(args: argparse.Namespace) -> int:
    from kundbok.services.rot_rut_claims import unclaimed_cases

    database = open_database(args, create=False)
    try:
        cases = unclaimed_cases(database, args.year)
    finally:
        database.dispose()
    for case in cases:
        print(
            f"{case.invoice_number}\t{case.kind.upper()}\t{case.paid_date}\t"
            f"{case.deduction:.2f}\t{case.buyer_name}"
        )
    if cases:
        print(f"{len(cases)} to claim by {args.year + 1}-01-31", file=sys.stderr)
    return 0


def _decision(args: argparse.Namespace) -> int:
    from kundbok.services.rot_rut_claims import record_decision

    database = open_database(args, create=False)
    try:
        granted = record_decision(
            database,
            args.number,
            None if args.refused else Decimal(args.paid),
            args.date or dt.date.today(),
        )
    finally:
        database.dispose()
    print(f"invoice {args.number}: Skatteverket paid {granted:.2f}")
    return 0
