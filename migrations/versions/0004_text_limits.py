"""text limits: an invoice line's description holds 1,000 characters

Revision ID: 0004
Revises: 0002

Every free text has one limit (kundbok.domain.limits) that input, import and the database column
share, so that PostgreSQL refuses nothing the checks let through. The only column whose length
changes is the line description, from 500 to the 1,000 characters a long line may need. SQLite
ignores lengths; there the table is rebuilt only so that its declared type matches the models.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _description(length: int, before: int) -> None:
    with op.batch_alter_table("invoice_line") as batch:
        batch.alter_column(
            "description",
            existing_type=sa.String(length=before),
            type_=sa.String(length=length),
            existing_nullable=False,
        )


def upgrade() -> None:
    _description(1000, 500)


def downgrade() -> None:
    # A longer description would no longer fit: cut it rather than fail the downgrade.
    op.execute(
        sa.text("UPDATE invoice_line SET description = substr(description, 1, 500)")
        if op.get_bind().dialect.name == "sqlite"
        else sa.text("UPDATE invoice_line SET description = left(description, 500)")
    )
    _description(500, 1000)
