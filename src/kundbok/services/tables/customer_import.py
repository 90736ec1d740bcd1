"""Import customers from a CSV or Excel file: plan against the register, then apply the plan
all or nothing.

`read_customer_table` reads the file; `plan_customer_import` maps its columns and says what each
row would become, matched against the customers in the register; `import_customers` carries out
the plan with the user's choices in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kundbok.db.models import Customer
from kundbok.db.session import Database
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.customer_group import with_group_defaults
from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError, NotFoundError
from kundbok.services.bulk import CustomerRows, bulk_mode, insert_rows, reserve_numbers, rows_of
from kundbok.services.customer_groups import list_groups
from kundbok.services.customers import change_customer, details_of, loaded_customers
from kundbok.services.numbering import CUSTOMER_SERIES, peek_number, set_next_number
from kundbok.services.tables import (
    Choice,
    ExistingCustomerKeys,
    ImportPlan,
    PlannedRow,
    RowStatus,
    Table,
    map_columns,
    merged,
    plan_import,
    read_table,
)

Progress = Callable[[int, int], None]
BATCH = 1_000


class RowErrors(KundbokError):
    """Rows of the file cannot be imported; `rows` holds (row number, error) for each."""

    def __init__(self, rows: Sequence[tuple[int, KundbokError]]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages",
                "{count} rows of the file have errors; nothing was imported. Correct them, or "
                "import the other rows and leave these out.",
            ),
            count=len(rows),
        )
        self.rows = tuple(rows)


@dataclass(frozen=True)
class ImportSummary:
    """What an import did: customers added, updated (changed), matched but already the same,
    rows skipped, and rows left out for their errors (row numbers)."""

    created: int
    updated: int
    skipped: int
    unchanged: int = 0
    error_rows: tuple[int, ...] = ()


def read_customer_table(path: Path) -> Table:
    """The table in a CSV or .xlsx file; a file that holds none raises TableFileError."""
    return read_table(Path(path))


def _existing(db: Database) -> list[ExistingCustomerKeys]:
    with db.unit_of_work(write=False) as session:
        rows = session.execute(
            select(
                Customer.id,
                Customer.number,
                Customer.org_number,
                Customer.personal_number,
                Customer.email,
                Customer.name,
            )
        ).all()
    return [ExistingCustomerKeys(*row) for row in rows]


def plan_customer_import(
    db: Database, table: Table, overrides: Mapping[str, str | None] | None = None
) -> ImportPlan:
    """Map the table's columns (the user's `overrides` {header: field or None} first) and say
    for every row whether it is new, an update, a duplicate or an error; changes nothing."""
    mapping = map_columns(table.header, overrides)
    groups = {group.name.casefold(): group.id for group in list_groups(db) if group.id}
    return plan_import(table, mapping, _existing(db), groups)


def decided_rows(
    plan: ImportPlan, on_duplicate: Choice, choices: Mapping[int, Choice] | None = None
) -> list[tuple[PlannedRow, Choice]]:
    """Every importable row with what will be done with it: the user's choice for the row
    (by row number) where it is one the row offers, else the default."""
    chosen = choices or {}
    decided = []
    for row in plan.rows:
        default = row.default_choice(on_duplicate)
        if default is None:
            continue
        choice = chosen.get(row.row_number, default)
        if row.choices and choice not in row.choices:
            choice = default
        decided.append((row, choice))
    return decided


def import_customers(
    db: Database,
    plan: ImportPlan,
    on_duplicate: Choice = Choice.SKIP,
    choices: Mapping[int, Choice] | None = None,
    skip_errors: bool = False,
    progress: Progress | None = None,
) -> ImportSummary:
    """Carry out the plan in one transaction: every chosen row or none.

    Rows with errors refuse the whole import (RowErrors) unless `skip_errors` leaves them out.
    A new customer keeps the file's customer number when it is free, else gets the next one (the
    series then goes on after the file's numbers); an update sets only the fields the file has
    columns for and keeps the customer's number."""
    errors = error_rows(plan)
    if errors and not skip_errors:
        raise RowErrors(errors)
    decided = decided_rows(plan, on_duplicate, choices)
    updates = [(row, _target(row)) for row, choice in decided if choice is Choice.UPDATE]
    creates = [row for row, choice in decided if choice is Choice.NEW]
    mapped = tuple(plan.mapping.values())
    groups = {group.id: group for group in list_groups(db)}
    total = len(updates) + len(creates)
    changed = 0
    with db.long_write(), db.unit_of_work() as session, bulk_mode(session):
        for start in range(0, len(updates), BATCH):
            batch = updates[start : start + BATCH]
            loaded = loaded_customers(session, {target for _, target in batch})
            for row, target in batch:
                customer = loaded.get(target)
                if customer is None:
                    raise _row_error(row, _gone())
                try:
                    if change_customer(session, customer, _merged(customer, row, mapped), db.user):
                        changed += 1
                except KundbokError as error:
                    raise _row_error(row, error) from error
            if progress:
                progress(start + len(batch), total)
        details = [
            with_group_defaults(row.details, groups.get(row.details.group_id))
            for row in creates
            if row.details is not None
        ]
        insert_rows(session, _numbered_rows(session, details, db.user), db.user)
        if progress:
            progress(total, total)
        session.commit()
    skipped = sum(1 for _, choice in decided if choice is Choice.SKIP)
    return ImportSummary(
        created=len(creates),
        updated=changed,
        skipped=skipped,
        unchanged=len(updates) - changed,
        error_rows=tuple(number for number, _ in errors),
    )


def _target(row: PlannedRow) -> int:
    """The customer an update goes to: the one matched (the first, when several were)."""
    return row.duplicate_of_ids[0]


def _merged(customer: Customer, row: PlannedRow, mapped: Sequence[str]) -> CustomerDetails:
    assert row.details is not None  # only rows without errors are applied
    return merged(details_of(customer), row.details, mapped)


def _numbered_rows(
    session: Session, details: list[CustomerDetails], user: str
) -> list[CustomerRows]:
    """Table rows of the new customers: the file's number where it is free, else the next."""
    wanted = [d.number for d in details if d.number is not None]
    taken: set[int] = set()
    for start in range(0, len(wanted), BATCH):
        taken.update(
            session.scalars(
                select(Customer.number).where(Customer.number.in_(wanted[start : start + BATCH]))
            )
        )
    numbers: list[int | None] = []
    for customer in details:
        if customer.number is not None and customer.number not in taken:
            taken.add(customer.number)
            numbers.append(customer.number)
        else:
            numbers.append(None)
    # Numbers the file leaves free are drawn after those it keeps, so none is given twice.
    drawn = iter(_free_numbers(session, numbers.count(None), taken))
    kept = [number for number in numbers if number is not None]
    if kept and max(kept) >= peek_number(session, CUSTOMER_SERIES):
        # Customers made later continue after the file's numbers instead of searching past them.
        set_next_number(session, CUSTOMER_SERIES, max(kept) + 1)
    return [
        rows_of(customer, number if number is not None else next(drawn), user)
        for customer, number in zip(details, numbers, strict=True)
    ]


def _free_numbers(session: Session, count: int, kept: set[int]) -> list[int]:
    numbers: list[int] = []
    while len(numbers) < count:
        numbers += [n for n in reserve_numbers(session, count - len(numbers)) if n not in kept]
    return numbers


def _gone() -> KundbokError:
    return NotFoundError(
        QT_TRANSLATE_NOOP(
            "messages", "The customer it matched no longer exists; read the file again."
        )
    )


def _row_error(row: PlannedRow, error: KundbokError) -> KundbokError:
    """A row that fails while the plan is carried out (its customer changed meanwhile)."""
    return KundbokError(
        QT_TRANSLATE_NOOP(
            "messages", "Row {row} ({name}) cannot be imported: {reason} Nothing was imported."
        ),
        row=row.row_number,
        name=row.details.name if row.details else "",
        reason=error,
    )


def error_rows(plan: ImportPlan) -> list[tuple[int, KundbokError]]:
    """(row number, first error) of every row that cannot be imported."""
    return [(row.row_number, row.errors[0]) for row in plan.rows if row.status is RowStatus.ERROR]
