"""payments received on invoices

Revision ID: 0006
Revises: 0005

An invoice was only "marked paid" in full. Payments are now kept one by one (part payments,
overpayments, bank-file imports), and a reversed payment stays, flagged, for its history.
Existing paid invoices keep their state; they get no payment rows.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("payment_date", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("reference", sa.String(length=140), nullable=False),
        sa.Column("transaction_id", sa.String(length=100), nullable=True),
        sa.Column("reversed", sa.Boolean(), nullable=False),
        sa.Column("reversed_date", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "method IN ('bankgiro', 'plusgiro', 'transfer', 'swish', 'cash', 'card')",
            name=op.f("ck_payment_method"),
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
            name=op.f("fk_payment_invoice_id_invoice"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
        sa.UniqueConstraint("transaction_id", name=op.f("uq_payment_transaction_id")),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_payment_invoice_reversed", ["invoice_id", "reversed"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_payment_payment_date"), ["payment_date"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_payment_date"))
        batch_op.drop_index("ix_payment_invoice_reversed")
    op.drop_table("payment")
