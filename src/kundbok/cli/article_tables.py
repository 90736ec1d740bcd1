"""`kundbok import-articles FILE` and `kundbok export-articles OUT`: the article register in
from and out to CSV or Excel, with the customer tables' checks."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kundbok.cli.common import BAD_INPUT, UsageError, open_database, printable
from kundbok.cli.customer_tables import CSV_ENCODINGS, column_map, print_row_errors

if TYPE_CHECKING:
    from kundbok.services.tables.article_import import ArticlePlan


def add_article_table_commands(commands: Any) -> None:
    """Add `import-articles` and `export-articles` to the `kundbok` command."""
    importing = commands.add_parser(
        "import-articles",
        help="add or update articles from a CSV or Excel (.xlsx) file, all or nothing",
    )
    importing.add_argument("file", metavar="FILE")
    importing.add_argument(
        "--map",
        dest="mapping",
        type=column_map,
        action="append",
        default=[],
        metavar="COLUMN=field",
        help="map a column to a field: number, description, unit, unit_price, vat_rate, "
        "rot_rut_kind, work_type, sales_account, active; COLUMN= leaves the column out",
    )
    importing.add_argument(
        "--skip-errors",
        action="store_true",
        help="import the other rows when some have errors (default: import nothing)",
    )
    importing.add_argument(
        "--dry-run", action="store_true", help="only show what would be done; change nothing"
    )
    importing.set_defaults(handler=_import_articles)

    exporting = commands.add_parser(
        "export-articles", help="write the article register to a CSV or Excel (.xlsx) file"
    )
    exporting.add_argument("output", metavar="OUT.csv|OUT.xlsx")
    exporting.add_argument(
        "--encoding",
        choices=tuple(CSV_ENCODINGS),
        default="utf-8",
        help="of a CSV file: UTF-8 with byte-order mark (default) or Windows-1252",
    )
    exporting.set_defaults(handler=_export_articles)


def _import_articles(args: argparse.Namespace) -> int:
    from kundbok.i18n import error_text
    from kundbok.services.tables import read_table
    from kundbok.services.tables.article_fields import ARTICLE_COLUMNS
    from kundbok.services.tables.article_import import import_articles, plan_article_import
    from kundbok.services.tables.customer_import import RowErrors

    # The file is read and its columns mapped before the database is opened: a bad file
    # creates nothing.
    table = read_table(Path(args.file))
    overrides = {column: field or None for column, field in args.mapping}
    ARTICLE_COLUMNS.map_columns(table.header, overrides)
    database = open_database(args, create=True)
    try:
        plan = plan_article_import(database, table, overrides)
        if args.dry_run:
            _print_plan(plan)
            print("dry run: nothing changed")
            return 0
        try:
            summary = import_articles(database, plan, args.skip_errors)
        except RowErrors as errors:
            print_row_errors(errors)
            return BAD_INPUT
    finally:
        database.dispose()
    print(
        f"{summary.created} new, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{summary.left_out} rows with errors left out"
    )
    for number, error in plan.errors():
        print(printable(f"  row {number}: {error_text(error)}"))
    return 0


def _print_plan(plan: ArticlePlan) -> None:
    from kundbok.i18n import error_text

    for row in plan.rows:
        if row.error is not None:
            print(printable(f"  row {row.row_number}: error: {error_text(row.error)}"))
        elif row.details is not None:
            what = f"{row.status.value} {row.details.number} {row.details.description}"
            print(printable(f"  row {row.row_number}: {what}"))


def _export_articles(args: argparse.Namespace) -> int:
    from kundbok.services.tables.article_export import export_articles

    if Path(args.output).suffix.casefold() not in (".csv", ".xlsx"):
        raise UsageError(f"the file name must end in .csv or .xlsx: {args.output}")
    database = open_database(args, create=False)
    try:
        written = export_articles(database, Path(args.output), CSV_ENCODINGS[args.encoding])
    finally:
        database.dispose()
    print(f"{written} articles written to {printable(args.output)}")
    return 0
