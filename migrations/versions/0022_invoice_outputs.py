"""when an invoice was last printed and its e-invoice file written; the overview's and the
invoice search's indexes

Revision ID: 0022
Revises: 0021

The invoice list says how each invoice went out (e-mailed, printed, an e-invoice file), not
only whether it was e-mailed. Both columns are NULL for every existing invoice: nothing is
known of how it went out before. Two covering indexes let the overview sum invoices and
payments by month without reading their rows, and a third lets the invoice list's search
compare numbers, OCR, customers, amounts and references along the invoice numbers.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


COLUMNS = ("printed_at", "einvoice_written_at")
INDEXES = (
    (
        "ix_invoice_date_sums",
        "invoice",
        [
            "state",
            "invoice_date",
            "customer_id",
            "net_total",
            "total",
            "rot_rut_deduction",
            "exchange_rate",
        ],
    ),
    (
        "ix_payment_date_sums",
        "payment",
        ["payment_date", "reversed", "invoice_id", "amount", "exchange_rate"],
    ),
    (
        "ix_invoice_number_search",
        "invoice",
        [
            "number",
            "customer_id",
            "ocr",
            "total",
            "rot_rut_deduction",
            "their_reference",
            "order_reference",
            "buyer_reference",
        ],
    ),
)


def upgrade() -> None:
    for name in COLUMNS:
        op.add_column("invoice", sa.Column(name, sa.DateTime(timezone=True), nullable=True))
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    # Plain ALTER TABLE ... DROP COLUMN: a batch copy of the invoice table would be refused by
    # the foreign keys of the payments and lines that point at it.
    for name in reversed(COLUMNS):
        op.drop_column("invoice", name)
