"""The `kundbok` commands on single invoices: the PDF of an issued one, throwing a draft away."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kundbok.cli.common import BAD_INPUT, confirmed, open_database, positive


def add_invoice_commands(commands: Any) -> None:
    """Add the invoice commands to the `kundbok` command."""
    pdf = commands.add_parser("invoice-pdf", help="render an issued invoice as PDF")
    pdf.add_argument("number", type=positive, metavar="NUMBER")
    pdf.add_argument("output", metavar="OUT.pdf")
    pdf.set_defaults(handler=_invoice_pdf)

    draft = commands.add_parser("delete-draft", help="throw away an invoice draft (by its id)")
    draft.add_argument("draft_id", type=positive, metavar="ID")
    draft.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    draft.set_defaults(handler=_delete_draft)


def _invoice_pdf(args: argparse.Namespace) -> int:
    from kundbok.services.pdf import save_invoice_pdf

    database = open_database(args, create=False)
    path = save_invoice_pdf(database, args.number, Path(args.output))
    database.dispose()
    print(path)
    return 0


def _delete_draft(args: argparse.Namespace) -> int:
    from kundbok.services.invoices import delete_draft

    database = open_database(args, create=False)
    if not confirmed(f"Delete invoice draft {args.draft_id}?", args.yes):
        database.dispose()
        print("kundbok: nothing was deleted (confirm with y, or pass --yes)", file=sys.stderr)
        return BAD_INPUT
    delete_draft(database, args.draft_id)
    database.dispose()
    print(f"invoice draft {args.draft_id} deleted")
    return 0
