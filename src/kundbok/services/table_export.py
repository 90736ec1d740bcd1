"""Write customers to CSV or Excel with Swedish headers that our import maps back.

Cells a spreadsheet would run as a formula get a leading apostrophe, as OWASP recommends
against CSV injection; `kundbok.services.table_import` removes it again on the way in.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import fields
from decimal import Decimal
from pathlib import Path

from kundbok.domain import identifiers
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError
from kundbok.domain.postal_address import format_postcode
from kundbok.services.table_import.reading import FORMULA_GUARD, FORMULA_STARTS

ENCODINGS = ("utf-8-sig", "cp1252")
_ADDRESS_PARTS = {f.name for f in fields(AddressDetails)}

# (field, header) in the order of the file; the headers are aliases in table_import.columns.
_COLUMNS: tuple[tuple[str, str], ...] = tuple(
    (field, header)
    for field, header in (
        ("number", "Kundnummer"),
        ("kind", "Kundtyp"),
        ("name", "Namn"),
        ("org_number", "Organisationsnummer"),
        ("personal_number", "Personnummer"),
        ("vat_number", "Momsregistreringsnummer"),
        ("gln", "GLN"),
        ("reference", "Er referens"),
        ("billing.name", "c/o"),
        ("billing.street", "Adress"),
        ("billing.street2", "Adress 2"),
        ("billing.postcode", "Postnummer"),
        ("billing.city", "Ort"),
        ("billing.region", "Region"),
        ("country", "Landskod"),
        ("phone", "Telefon"),
        ("mobile", "Mobil"),
        ("fax", "Fax"),
        ("email", "E-post"),
        ("website", "Webbplats"),
        ("language", "Språk"),
        ("currency", "Valuta"),
        ("payment_terms_days", "Betalningsvillkor"),
        ("vat_rate", "Momssats"),
        ("discount_percent", "Rabatt"),
        ("invoice_by_email", "Faktura via e-post"),
        ("active", "Aktiv"),
        ("blocked", "Spärrad"),
        ("alert_text", "Varningstext"),
        ("notes", "Anteckning"),
        ("sales_account", "Försäljningskonto"),
        ("receivables_account", "Kundfordringskonto"),
        ("delivery.name", "Leveransnamn"),
        ("delivery.street", "Leveransadress"),
        ("delivery.street2", "Leveransadress 2"),
        ("delivery.postcode", "Leveranspostnummer"),
        ("delivery.city", "Leveransort"),
        ("delivery.country", "Leveransland"),
        ("contact.name", "Kontaktperson namn"),
        ("contact.phone", "Kontaktperson telefon"),
        ("contact.email", "Kontaktperson e-post"),
    )
    # An address part is written only if AddressDetails has it (the region came later).
    if not field.startswith(("billing.", "delivery.")) or field.partition(".")[2] in _ADDRESS_PARTS
)
EXPORT_FIELDS: tuple[str, ...] = tuple(field for field, _ in _COLUMNS)
HEADERS: dict[str, str] = dict(_COLUMNS)
_KIND_TEXT = {"company": "Företag", "private": "Privatperson"}


class ExportError(KundbokError):
    """The customers cannot be written as asked."""


def export_rows(
    customers: Iterable[CustomerDetails], columns: Sequence[str] | None = None
) -> list[list[str]]:
    """The header row and one row of text per customer, formula-like cells neutralised;
    `columns` is a subset of EXPORT_FIELDS in the order wanted (default: all)."""
    chosen = list(columns or EXPORT_FIELDS)
    unknown = [field for field in chosen if field not in HEADERS]
    if unknown:
        raise ExportError(
            QT_TRANSLATE_NOOP("messages", "Unknown customer field '{field}'."), field=unknown[0]
        )
    rows = [[HEADERS[field] for field in chosen]]
    for customer in customers:
        rows.append([neutralised(cell_text(customer, field)) for field in chosen])
    return rows


def write_csv(
    path: Path,
    customers: Iterable[CustomerDetails],
    columns: Sequence[str] | None = None,
    encoding: str = "utf-8-sig",
) -> int:
    """Write a semicolon-separated file Excel opens as it is (UTF-8 with BOM, or Windows-1252
    refusing characters it lacks); returns the number of customers written."""
    if encoding not in ENCODINGS:
        raise ExportError(
            QT_TRANSLATE_NOOP("messages", "Unknown encoding {encoding}."), encoding=encoding
        )
    rows = export_rows(customers, columns)
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
    Path(path).write_bytes(content)
    return len(rows) - 1


def write_xlsx(
    path: Path, customers: Iterable[CustomerDetails], columns: Sequence[str] | None = None
) -> int:
    """Write an Excel workbook with every cell as text, so numbers such as organisationsnummer
    and postcodes keep their form; returns the number of customers written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    rows = export_rows(customers, columns)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Kunder")
    for row in rows:
        cells = []
        for text in row:
            cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", text))
            cell.data_type = "s"  # text, never a number or a formula
            cells.append(cell)
        sheet.append(cells)
    workbook.save(path)
    return len(rows) - 1


def neutralised(text: str) -> str:
    """`text` with a leading apostrophe if a spreadsheet would otherwise run it as a formula."""
    return FORMULA_GUARD + text if text.startswith(FORMULA_STARTS) else text


def cell_text(customer: CustomerDetails, field: str) -> str:
    """One field of a customer as the export writes it."""
    kind, _, part = field.partition(".")
    if kind in ("billing", "delivery"):
        address = customer.address(kind)
        if address is None:
            return ""
        value = getattr(address, part, "")
        if part == "postcode":
            return format_postcode(value, address.country)
        if part == "country":
            return value if address.street or address.city else ""
        return str(value or "")
    if kind == "contact":
        contact = customer.main_contact
        return str(getattr(contact, part, "")) if contact else ""
    value = getattr(customer, field)
    match field:
        case "kind":
            return _KIND_TEXT.get(value, value)
        case "org_number":
            return identifiers.format_org_or_personal(value)
        case "personal_number":
            return identifiers.format_personal_number(value) if value else ""
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f").replace(".", ",")
    return "" if value is None else str(value)
