"""a region (state, province, county) on addresses

Revision ID: 0010
Revises: 0009

Foreign addresses name a state or province ("NY", "Ontario") that the postal rules of their
country put beside the city; Swedish addresses leave it empty.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN (no table copy on SQLite); existing addresses have no region.
    op.add_column("address", sa.Column("region", sa.String(100), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("address") as batch:
        batch.drop_column("region")
