"""when an invoice was last printed and its e-invoice file written

Revision ID: 0022
Revises: 0015

The invoice list says how each invoice went out (e-mailed, printed, an e-invoice file), not
only whether it was e-mailed. Both columns are NULL for every existing invoice: nothing is
known of how it went out before.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


COLUMNS = ("printed_at", "einvoice_written_at")


def upgrade() -> None:
    for name in COLUMNS:
        op.add_column("invoice", sa.Column(name, sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    # Plain ALTER TABLE ... DROP COLUMN: a batch copy of the invoice table would be refused by
    # the foreign keys of the payments and lines that point at it.
    for name in reversed(COLUMNS):
        op.drop_column("invoice", name)
