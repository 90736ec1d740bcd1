"""a version number on customers, invoices, articles and the company row

Revision ID: 0005
Revises: 0004

Two users (or two copies of the app) may edit the same customer, draft, article or settings at
once. Each such row now counts its changes; a save made from an older version is refused instead
of silently overwriting what the other user saved. Existing rows start at version 1.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED_TABLES = ("customer", "invoice", "article", "company")


def upgrade() -> None:
    # A plain ADD COLUMN (no table copy on SQLite): the other columns are left as they are.
    for table in VERSIONED_TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
