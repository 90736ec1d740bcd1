"""The `kundbok export-peppol` command: issued invoices as Peppol BIS Billing 3.0 e-invoices."""

from __future__ import annotations

import argparse
from pathlib import Path

from kundbok.cli.common import document_number, open_database, printable


def add_peppol_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `export-peppol` to the `kundbok` command."""
    export = commands.add_parser(
        "export-peppol",
        help="write issued invoices and credit notes as Peppol e-invoices (UBL 2.1), one file "
        "each, to upload to your Peppol access point",
    )
    export.add_argument("numbers", type=document_number, nargs="+", metavar="NUMBER")
    export.add_argument(
        "--output", required=True, metavar="DIR", help="an existing folder for the files"
    )
    export.set_defaults(handler=_export_peppol)


def _export_peppol(args: argparse.Namespace) -> int:
    from kundbok.services.peppol_export import export_peppol

    database = open_database(args, create=False)
    try:
        written = export_peppol(database, args.numbers, Path(args.output))
    finally:
        database.dispose()
    for path in written:
        print(printable(str(path)))
    return 0
