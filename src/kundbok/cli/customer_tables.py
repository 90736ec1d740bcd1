"""The `kundbok` commands that bring a customer register in from a CSV or Excel file and write
it out again."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kundbok.cli.common import BAD_INPUT, UsageError, open_database, printable

if TYPE_CHECKING:
    from kundbok.services.tables import ImportPlan
    from kundbok.services.tables.customer_import import RowErrors

_ON_DUPLICATE = ("skip", "update", "new")
CSV_ENCODINGS = {"utf-8": "utf-8-sig", "cp1252": "cp1252"}


def column_map(text: str) -> tuple[str, str]:
    """COLUMN=field (an empty field leaves the column out)."""
    column, equals, field = text.partition("=")
    if not equals or not column.strip():
        raise argparse.ArgumentTypeError(f"not COLUMN=field: {text!r}")
    return column.strip(), field.strip()


def add_customer_file_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `import-customers` and `export-customers` to the `kundbok` command."""
    importing = commands.add_parser(
        "import-customers",
        help="add or update customers from a CSV or Excel (.xlsx) file, all or nothing",
    )
    importing.add_argument("file", metavar="FILE")
    importing.add_argument(
        "--map",
        dest="mapping",
        type=column_map,
        action="append",
        default=[],
        metavar="COLUMN=field",
        help="map a column to a field key such as name, org_number, billing.street (an "
        "unknown key lists them all); COLUMN= leaves the column out",
    )
    importing.add_argument(
        "--on-duplicate",
        choices=_ON_DUPLICATE,
        default="skip",
        help="what to do with a row that may be an existing customer (default: skip)",
    )
    importing.add_argument(
        "--skip-errors",
        action="store_true",
        help="import the other rows when some have errors (default: import nothing)",
    )
    importing.add_argument(
        "--dry-run", action="store_true", help="only show what would be done; change nothing"
    )
    importing.set_defaults(handler=_import_customers)

    exporting = commands.add_parser(
        "export-customers", help="write customers to a CSV or Excel (.xlsx) file"
    )
    exporting.add_argument("output", metavar="OUT.csv|OUT.xlsx")
    exporting.add_argument("--include-inactive", action="store_true")
    exporting.add_argument(
        "--encoding",
        choices=tuple(CSV_ENCODINGS),
        default="utf-8",
        help="of a CSV file: UTF-8 with byte-order mark (default) or Windows-1252",
    )
    exporting.set_defaults(handler=_export_customers)


def _import_customers(args: argparse.Namespace) -> int:
    from kundbok.services.tables import Choice, map_columns
    from kundbok.services.tables.customer_import import (
        RowErrors,
        import_customers,
        plan_customer_import,
        read_customer_table,
    )

    # The file is read and its columns mapped before the database is opened: a bad file
    # creates nothing.
    table = read_customer_table(Path(args.file))
    overrides = {column: field or None for column, field in args.mapping}
    map_columns(table.header, overrides)
    database = open_database(args, create=True)
    try:
        plan = plan_customer_import(database, table, overrides)
        on_duplicate = Choice(args.on_duplicate)
        if args.dry_run:
            _print_plan(plan)
            print("dry run: nothing changed")
            return 0
        try:
            summary = import_customers(database, plan, on_duplicate, skip_errors=args.skip_errors)
        except RowErrors as errors:
            print_row_errors(errors)
            return BAD_INPUT
    finally:
        database.dispose()
    print(
        f"{summary.created} new, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{summary.skipped} skipped, "
        f"{len(summary.error_rows)} rows with errors left out"
    )
    for number, error in _row_errors(plan):
        print(f"  row {number}: {error}")
    return 0


def _row_errors(plan: ImportPlan) -> list[tuple[int, str]]:
    from kundbok.i18n import error_text
    from kundbok.services.tables.customer_import import error_rows

    return [(number, printable(error_text(error))) for number, error in error_rows(plan)]


def print_row_errors(errors: RowErrors) -> None:
    """A refused import: its message and each row with its reason, on stderr."""
    """The refused import's message and each row with its reason, on stderr."""
    from kundbok.i18n import error_text, load_translator, system_language

    load_translator(system_language())
    print(f"kundbok: {printable(error_text(errors))}", file=sys.stderr)
    for number, error in errors.rows:
        print(f"  row {number}: {printable(error_text(error))}", file=sys.stderr)
    print("  (--skip-errors imports the other rows and leaves these out)", file=sys.stderr)


def _print_plan(plan: ImportPlan) -> None:
    from kundbok.services.tables import RowStatus

    for row in plan.rows:
        if row.status is RowStatus.ERROR:
            continue
        name = row.details.name if row.details else ""
        what = ", ".join(
            [
                f"customer {plan.matched[i].number} {plan.matched[i].name}"
                for i in row.duplicate_of_ids
            ]
            + [f"row {r}" for r in row.duplicate_of_rows]
        )
        suffix = f" (same {', '.join(row.matched_on)} as {what})" if what else ""
        print("  " + printable(f"row {row.row_number}: {row.status.value} {name}{suffix}"))
    for number, text in _row_errors(plan):
        print(f"  row {number}: error: {text}")


def _export_customers(args: argparse.Namespace) -> int:
    from kundbok.services.tables.export import export_customers

    if Path(args.output).suffix.casefold() not in (".csv", ".xlsx"):
        raise UsageError(f"the file name must end in .csv or .xlsx: {args.output}")
    database = open_database(args, create=False)
    try:
        written = export_customers(
            database,
            Path(args.output),
            include_inactive=args.include_inactive,
            encoding=CSV_ENCODINGS[args.encoding],
        )
    finally:
        database.dispose()
    print(f"{written} customers written to {printable(args.output)}")
    return 0
