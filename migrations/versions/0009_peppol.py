"""Peppol e-invoices: the customer's participant id and reference code, the invoice's references

Revision ID: 0009
Revises: 0008

A customer that takes e-invoices has a Peppol participant id (an ISO 6523 scheme such as 0007
and an identifier under it) and often a reference code that every invoice must carry (BT-10);
an invoice keeps that reference as issued and the buyer's purchase order number (BT-13).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMNs (no table copy on SQLite); existing rows take the server defaults.
    op.add_column("customer", sa.Column("peppol_scheme", sa.String(4), nullable=True))
    op.add_column("customer", sa.Column("peppol_id", sa.String(50), nullable=True))
    op.add_column(
        "customer",
        sa.Column("buyer_reference", sa.String(200), nullable=False, server_default=""),
    )
    for name in ("order_reference", "buyer_reference"):
        op.add_column("invoice", sa.Column(name, sa.String(200), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("invoice") as batch:
        batch.drop_column("buyer_reference")
        batch.drop_column("order_reference")
    with op.batch_alter_table("customer") as batch:
        batch.drop_column("buyer_reference")
        batch.drop_column("peppol_id")
        batch.drop_column("peppol_scheme")
