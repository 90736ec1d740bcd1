"""The article fields a table can hold, their headers in Swedish and English (what Fortnox,
Visma and spreadsheets made by hand call them; the first is what our export writes), and how a
cell's text becomes a field's value and back."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from kundbok.domain.customer import check_field
from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kundbok.domain.money import parse_amount
from kundbok.domain.rot_rut.work_types import SWEDISH_NAMES, WorkType, swedish_name
from kundbok.services.articles import ArticleDetails
from kundbok.services.tables.columns import Columns
from kundbok.services.tables.customer_field import CustomerField as TableField
from kundbok.services.tables.planning import _flag, _percent

ARTICLE_FIELDS: tuple[TableField, ...] = (
    TableField(
        "number",
        QT_TRANSLATE_NOOP("fields", "Article number"),
        (
            "Artikelnummer",
            "Artikelnr",
            "Art.nr",
            "Artnr",
            "Article number",
            "ArticleNumber",
            "Item number",
            "Item no",
            "SKU",
        ),
    ),
    TableField(
        "description",
        QT_TRANSLATE_NOOP("fields", "Description"),
        (
            "Benämning",
            "Beskrivning",
            "Artikelnamn",
            "Namn",
            "Description",
            "Name",
            "Item name",
            "Article name",
        ),
    ),
    TableField("unit", QT_TRANSLATE_NOOP("fields", "Unit"), ("Enhet", "Unit")),
    TableField(
        "unit_price",
        QT_TRANSLATE_NOOP("fields", "Price excl. VAT"),
        (
            "Pris",
            "À-pris",
            "A-pris",
            "Försäljningspris",
            "Pris exkl. moms",
            "Price",
            "Unit price",
            "Sales price",
            "SalesPrice",
        ),
    ),
    TableField(
        "vat_rate",
        QT_TRANSLATE_NOOP("fields", "VAT rate"),
        ("Moms %", "Moms", "Momssats", "VAT %", "VAT rate", "VAT"),
    ),
    TableField(
        "rot_rut_kind",
        QT_TRANSLATE_NOOP("fields", "Labour or material"),
        ("Arbete eller material", "Typ", "Artikeltyp", "Labour or material", "Kind", "Type"),
    ),
    TableField(
        "work_type",
        QT_TRANSLATE_NOOP("fields", "ROT/RUT work type"),
        ("ROT/RUT-arbete", "Arbetstyp", "Husarbete", "Work type", "HouseworkType"),
    ),
    TableField(
        "sales_account",
        QT_TRANSLATE_NOOP("fields", "Sales account"),
        ("Försäljningskonto", "Konto", "Intäktskonto", "Sales account", "Account"),
    ),
    TableField("active", QT_TRANSLATE_NOOP("fields", "Active"), ("Aktiv", "Active")),
)
ARTICLE_COLUMNS = Columns(
    ARTICLE_FIELDS,
    "number",
    QT_TRANSLATE_NOOP(
        "messages",
        "No column holds the article number (a column headed Artikelnummer or Article number "
        "is needed).",
    ),
    QT_TRANSLATE_NOOP("messages", "Unknown article field '{field}'; the fields are {fields}."),
)
ARTICLE_HEADERS = {field.key: field.headers[0] for field in ARTICLE_FIELDS}

_KINDS = {"labour": "Arbete", "material": "Material", "other": "Övrigt"}
_KIND_WORDS = {
    "labour": "labour", "labor": "labour", "arbete": "labour", "arbetskostnad": "labour",
    "work": "labour", "material": "material", "materials": "material", "övrigt": "other",
    "ovrigt": "other", "other": "other", "annat": "other", "": "other",
}  # fmt: skip
_WORK_TYPES = {
    **{name.casefold(): code for code, name in SWEDISH_NAMES.items()},
    **{code.casefold(): code for code in WorkType},
}


def article_cells(article: ArticleDetails) -> dict[str, str]:
    """An article's fields as the export writes them (and the import reads them back)."""
    return {
        "number": article.number,
        "description": article.description,
        "unit": article.unit,
        "unit_price": f"{article.unit_price:.2f}".replace(".", ","),
        "vat_rate": f"{article.vat_rate.normalize():f}".replace(".", ","),
        "rot_rut_kind": _KINDS.get(article.rot_rut_kind, article.rot_rut_kind),
        "work_type": swedish_name(article.work_type),
        "sales_account": article.sales_account or "",
        "active": "Ja" if article.active else "Nej",
    }


def article_values(cells: dict[str, str]) -> dict[str, Any]:
    """The ArticleDetails values of a row's cells (by field); ValidationError names the first
    cell that cannot be read."""
    values: dict[str, Any] = {}
    for field, raw in cells.items():
        text = raw.strip()
        match field:
            case "unit_price":
                values[field] = parse_amount(text, "unit_price") if text else Decimal(0)
            case "vat_rate":
                rate = _percent("vat_rate", text)
                if rate is not None:
                    values[field] = rate
            case "rot_rut_kind":
                kind = _KIND_WORDS.get(text.casefold())
                if kind is None:
                    raise ValidationError(
                        "rot_rut_kind",
                        QT_TRANSLATE_NOOP(
                            "messages", "'{value}' is neither labour (Arbete) nor material."
                        ),
                        value=text,
                    )
                values[field] = kind
            case "work_type":
                code = _WORK_TYPES.get(text.casefold()) if text else ""
                if code is None:
                    raise ValidationError(
                        "work_type",
                        QT_TRANSLATE_NOOP("messages", "Unknown work type {code}."),
                        code=text,
                    )
                values[field] = code
            case "sales_account":
                values[field] = check_field("sales_account", text)
            case "active":
                values[field] = _flag("active", text, True)
            case _:
                values[field] = text
    return values
