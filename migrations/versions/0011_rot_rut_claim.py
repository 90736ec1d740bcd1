"""ROT/RUT work types on articles and invoice lines; an invoice's claim and Skatteverket's decision

Revision ID: 0011
Revises: 0010

The claim file to Skatteverket (schema V6) names a work type with hours and material for each
case, so labour articles and lines carry one. Each invoice remembers when its ROT/RUT part was
claimed and in which file, and what Skatteverket granted (entered by hand; 0 when refused).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INVOICE_COLUMNS = (
    sa.Column("rot_rut_claimed_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("rot_rut_claim_file", sa.String(200), nullable=False, server_default=""),
    sa.Column("rot_rut_decided_on", sa.Date(), nullable=True),
    sa.Column("rot_rut_granted", sa.BigInteger(), nullable=False, server_default="0"),
)


def upgrade() -> None:
    # Plain ADD COLUMNs (no table copy on SQLite); existing rows take the server defaults.
    for table in ("article", "invoice_line"):
        op.add_column(
            table, sa.Column("work_type", sa.String(30), nullable=False, server_default="")
        )
    for column in INVOICE_COLUMNS:
        op.add_column("invoice", column)


def downgrade() -> None:
    with op.batch_alter_table("invoice") as batch:
        for column in reversed(INVOICE_COLUMNS):
            batch.drop_column(column.name)
    for table in ("invoice_line", "article"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("work_type")
