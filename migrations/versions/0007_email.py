"""the mail server on the company row, and when and to whom each invoice was e-mailed

Revision ID: 0007
Revises: 0006

Invoices are sent by e-mail through the company's SMTP server. Its settings (never the password,
which stays in the system keyring) sit beside the other company settings; each invoice records
the last time it was sent and to which address, so the list can tell sent from unsent.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SMTP_COLUMNS = (
    sa.Column("smtp_host", sa.String(200), nullable=False, server_default=""),
    sa.Column("smtp_port", sa.Integer(), nullable=False, server_default="587"),
    sa.Column("smtp_security", sa.String(10), nullable=False, server_default="starttls"),
    sa.Column("smtp_user", sa.String(200), nullable=False, server_default=""),
    sa.Column("smtp_sender_name", sa.String(200), nullable=False, server_default=""),
    sa.Column("smtp_sender_address", sa.String(200), nullable=False, server_default=""),
    sa.Column("smtp_reply_to", sa.String(200), nullable=False, server_default=""),
    sa.Column("smtp_copy_to_sender", sa.Boolean(), nullable=False, server_default=sa.false()),
)


def upgrade() -> None:
    # Plain ADD COLUMNs (no table copy on SQLite); existing rows take the server defaults.
    for column in SMTP_COLUMNS:
        op.add_column("company", column)
    op.add_column("invoice", sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("invoice", sa.Column("sent_to", sa.String(200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("invoice") as batch:
        batch.drop_column("sent_to")
        batch.drop_column("sent_at")
    with op.batch_alter_table("company") as batch:
        for column in reversed(SMTP_COLUMNS):
            batch.drop_column(column.name)
