"""The `kundbok export-peppol` command: issued invoices as Peppol BIS Billing 3.0 e-invoices."""

from __future__ import annotations

import argparse
from pathlib import Path

from kundbok.config import resolve_database


def _number(text: str) -> int:
    if not (text.isascii() and text.isdigit()):
        raise argparse.ArgumentTypeError(f"not an invoice number: {text!r}")
    return int(text)


def add_peppol_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `export-peppol` to the `kundbok` command."""
    export = commands.add_parser(
        "export-peppol",
        help="write issued invoices and credit notes as Peppol e-invoices (UBL 2.1), one file "
        "each, to upload to your Peppol access point",
    )
    export.add_argument("numbers", type=_number, nargs="+", metavar="NUMBER")
    export.add_argument(
        "--output", required=True, metavar="DIR", help="an existing folder for the files"
    )
    export.set_defaults(handler=_export_peppol)


def _export_peppol(args: argparse.Namespace) -> int:
    from kundbok.cli import _printable
    from kundbok.db.migrate import open_database  # late: `kundbok --help` stays quick
    from kundbok.services.peppol_export import export_peppol

    database = open_database(resolve_database(args.database), create=False)
    try:
        written = export_peppol(database, args.numbers, Path(args.output))
    finally:
        database.dispose()
    for path in written:
        print(_printable(str(path)))
    return 0
