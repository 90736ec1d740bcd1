"""when a reminder was printed or saved as PDF: a reminder counts once e-mailed or printed

Revision ID: 0018
Revises: 0015

A reminder made but not yet e-mailed or printed (a run cut off half-way) no longer raises its
invoices' level or charges its fee; the next run delivers it as made. Reminders made before
this version were delivered when they were made (their invoices' levels were raised then), so
each one not e-mailed is taken as printed on its date.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("reminder") as batch:
        batch.add_column(sa.Column("printed_at", sa.DateTime(timezone=True), nullable=True))
    reminder = sa.table(
        "reminder",
        sa.column("reminder_date", sa.Date()),
        sa.column("sent_at", sa.DateTime(timezone=True)),
        sa.column("printed_at", sa.DateTime(timezone=True)),
    )
    if op.get_bind().dialect.name == "sqlite":  # a date and a time as SQLAlchemy writes them
        printed = sa.type_coerce(reminder.c.reminder_date, sa.String()) + " 00:00:00.000000"
    else:
        printed = sa.cast(reminder.c.reminder_date, sa.DateTime(timezone=True))
    op.execute(reminder.update().where(reminder.c.sent_at.is_(None)).values(printed_at=printed))


def downgrade() -> None:
    with op.batch_alter_table("reminder") as batch:
        batch.drop_column("printed_at")
