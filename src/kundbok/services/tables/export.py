"""Write customers to CSV or Excel with Swedish headers that our import maps back.

Cells a spreadsheet would run as a formula get a leading apostrophe, as OWASP recommends
against CSV injection; `kundbok.services.tables` removes it again on the way in.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from kundbok.domain import identifiers
from kundbok.domain.customer import ADDRESS_KINDS, CustomerDetails
from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError
from kundbok.domain.money import format_number
from kundbok.domain.postal_address import format_postcode
from kundbok.services.files import check_output_path, write_atomically
from kundbok.services.tables.contact_fields import (
    CONTACTS_PER_ROW,
    contact_slot,
    contacts_in_slots,
    slots_used,
)
from kundbok.services.tables.fields import CUSTOMER_FIELDS
from kundbok.services.tables.reading import FORMULA_GUARD, GUARDED_STARTS

if TYPE_CHECKING:
    from kundbok.db.session import Database

ENCODINGS = ("utf-8-sig", "cp1252")
_BATCH = 1_000

# (field, header) in the order of the file: each field's first header, which the import maps back.
_COLUMNS: tuple[tuple[str, str], ...] = tuple(
    (field.key, field.headers[0]) for field in CUSTOMER_FIELDS if field.exported
)
EXPORT_FIELDS: tuple[str, ...] = tuple(field for field, _ in _COLUMNS)
HEADERS: dict[str, str] = dict(_COLUMNS)
_KIND_TEXT = {"company": "Företag", "private": "Privatperson"}
_YES_NO = {True: "Ja", False: "Nej"}


class ExportError(KundbokError):
    """The customers cannot be written as asked."""


def export_rows(
    customers: Sequence[CustomerDetails],
    columns: Sequence[str] | None = None,
    group_names: Mapping[int, str] | None = None,
) -> list[list[str]]:
    """The header row and one row of text per customer, formula-like cells neutralised;
    `columns` is a subset of EXPORT_FIELDS in the order wanted (default: all, with columns for
    as many contacts as a customer has), and a customer's group is written by its name in
    `group_names` (by id)."""
    chosen = list(columns or _with_contact_columns_used(customers))
    unknown = [field for field in chosen if field not in HEADERS]
    if unknown:
        raise ExportError(
            QT_TRANSLATE_NOOP("messages", "Unknown customer field '{field}'."), field=unknown[0]
        )
    if any(contact_slot(field) for field in chosen):
        _refuse_more_contacts_than_a_row_holds(customers)
    rows = [[HEADERS[field] for field in chosen]]
    for customer in customers:
        rows.append([neutralised(cell_text(customer, field, group_names)) for field in chosen])
    return rows


def _with_contact_columns_used(customers: Sequence[CustomerDetails]) -> list[str]:
    """Every field, but the columns of contacts beyond what any customer has."""
    used = max((slots_used(customer.contacts) for customer in customers), default=0)
    return [
        field
        for field in EXPORT_FIELDS
        if (slot := contact_slot(field)) is None or slot[0] == 1 or slot[0] <= used
    ]


def _refuse_more_contacts_than_a_row_holds(customers: Sequence[CustomerDetails]) -> None:
    for customer in customers:
        if slots_used(customer.contacts) > CONTACTS_PER_ROW:
            raise ExportError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Customer {number} ({name}) has more contact people than a table holds "
                    "({limit} a customer, the main contact first). Export the customers to a "
                    "vCard file with their contacts instead, or leave the contacts' columns "
                    "out.",
                ),
                number=customer.number,
                name=customer.name,
                limit=CONTACTS_PER_ROW,
            )


def write_csv(
    path: Path,
    customers: Sequence[CustomerDetails],
    columns: Sequence[str] | None = None,
    encoding: str = "utf-8-sig",
    group_names: Mapping[int, str] | None = None,
) -> int:
    """Write a semicolon-separated file Excel opens as it is (UTF-8 with BOM, or Windows-1252
    refusing characters it lacks); returns the number of customers written."""
    if encoding not in ENCODINGS:
        raise ExportError(
            QT_TRANSLATE_NOOP("messages", "Unknown encoding {encoding}."), encoding=encoding
        )
    rows = export_rows(customers, columns, group_names)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows(rows)
    text = buffer.getvalue()
    try:
        content = text.encode(encoding)
    except UnicodeEncodeError as error:
        character = text[error.start]
        line = text.count("\n", 0, error.start) + 1
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Row {row} has the character '{character}', which Windows-1252 cannot hold; "
                "choose UTF-8.",
            ),
            row=line,
            character=character,
        ) from None
    write_atomically(Path(path), content)
    return len(rows) - 1


def write_xlsx(
    path: Path,
    customers: Sequence[CustomerDetails],
    columns: Sequence[str] | None = None,
    group_names: Mapping[int, str] | None = None,
) -> int:
    """Write an Excel workbook with every cell as text, so numbers such as organisationsnummer
    and postcodes keep their form; returns the number of customers written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    rows = export_rows(customers, columns, group_names)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Kunder")
    for row in rows:
        cells = []
        for text in row:
            cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", text))
            cell.data_type = "s"  # text, never a number or a formula
            cells.append(cell)
        sheet.append(cells)
    content = io.BytesIO()
    workbook.save(content)
    write_atomically(Path(path), content.getvalue())
    return len(rows) - 1


def export_customers(
    db: Database,
    path: Path,
    customer_ids: Sequence[int] | None = None,
    include_inactive: bool = False,
    columns: Sequence[str] | None = None,
    encoding: str = "utf-8-sig",
) -> int:
    """Write the chosen customers (or all, the passive ones only with `include_inactive`) to
    `path`: an Excel workbook for a name ending in .xlsx, else CSV in `encoding`; returns how
    many were written. The file is whole or not written at all."""
    from sqlalchemy import select

    from kundbok.db.models import Customer
    from kundbok.services.customer_groups import list_groups
    from kundbok.services.customers import get_customers

    check_output_path(path)  # before the work: never over the register
    if customer_ids is None:
        with db.unit_of_work(write=False) as session:
            statement = select(Customer.id).order_by(Customer.number)
            if not include_inactive:
                statement = statement.where(Customer.active.is_(True))
            ids = list(session.scalars(statement))
    else:
        ids = list(customer_ids)
    customers = [
        customer
        for start in range(0, len(ids), _BATCH)
        for customer in get_customers(db, ids[start : start + _BATCH])
    ]
    group_names = {group.id: group.name for group in list_groups(db) if group.id is not None}
    if Path(path).suffix.casefold() == ".xlsx":
        return write_xlsx(path, customers, columns, group_names)
    return write_csv(path, customers, columns, encoding, group_names)


def neutralised(text: str) -> str:
    """`text` with a leading apostrophe if a spreadsheet would otherwise run it as a formula,
    or if it starts with an apostrophe of its own: the import takes one off, giving it back."""
    return FORMULA_GUARD + text if text.startswith(GUARDED_STARTS) else text


def cell_text(
    customer: CustomerDetails, field: str, group_names: Mapping[int, str] | None = None
) -> str:
    """One field of a customer as the export writes it (its group by name in `group_names`)."""
    kind, _, part = field.partition(".")
    if kind in ADDRESS_KINDS:
        address = customer.address(kind)
        if address is None:
            return ""
        value = getattr(address, part, "")
        if part == "postcode":
            return format_postcode(value, address.country)
        if part == "country":
            return "" if address.is_empty() else value
        return str(value or "")
    slot = contact_slot(field)
    if slot is not None:
        slots = contacts_in_slots(customer.contacts)
        contact = slots[slot[0] - 1] if slot[0] <= len(slots) else None
        if contact is None:
            return ""
        value = getattr(contact, slot[1])
        return _YES_NO[value] if isinstance(value, bool) else str(value)
    value = getattr(customer, field)
    match field:
        case "kind":
            kind_text: str = _KIND_TEXT.get(value, value)
            return kind_text
        case "org_number":
            return identifiers.format_org_or_personal(value)
        case "personal_number" | "rot_rut_personal_number":
            return identifiers.format_personal_number(value) if value else ""
        case "rot_rut_housing_org_number":
            return identifiers.format_org_number(value) if value else ""
        case "group_id":
            return "" if value is None else (group_names or {}).get(value, "")
    if isinstance(value, bool):
        return _YES_NO[value]
    if isinstance(value, Decimal):
        return format_number(value, "sv")
    return "" if value is None else str(value)
