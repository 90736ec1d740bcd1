"""Customer tables in and out: CSV and Excel files read, columns mapped by header, each row
planned (no database in those); `customer_import.py` plans against the register and saves the
chosen rows in one unit of work; `export.py` writes the register out."""

from __future__ import annotations

from kundbok.services.tables.columns import (
    ColumnMappingError,
    header_key,
    map_columns,
    suggested_mapping,
)
from kundbok.services.tables.customer_field import CustomerField
from kundbok.services.tables.fields import BY_KEY, CUSTOMER_FIELDS, FIELDS
from kundbok.services.tables.merging import merged
from kundbok.services.tables.planning import (
    Choice,
    ExistingCustomerKeys,
    ImportPlan,
    PlannedRow,
    RowStatus,
    details_from_row,
    plan_import,
)
from kundbok.services.tables.reading import (
    Table,
    TableFileError,
    csv_table,
    read_table,
    unguard,
)

__all__ = [
    "BY_KEY",
    "CUSTOMER_FIELDS",
    "FIELDS",
    "Choice",
    "ColumnMappingError",
    "CustomerField",
    "ExistingCustomerKeys",
    "ImportPlan",
    "PlannedRow",
    "RowStatus",
    "Table",
    "TableFileError",
    "csv_table",
    "details_from_row",
    "header_key",
    "map_columns",
    "merged",
    "plan_import",
    "read_table",
    "suggested_mapping",
    "unguard",
]
