"""customer groups (kundkategori) with the defaults a new customer of a group takes

Revision ID: 0012
Revises: 0011

A group has a unique name and optional defaults (NULL: the group gives none). A customer belongs
to at most one group; a group in use cannot be deleted. The index leads with the
group so that the list filtered by a group walks it in name order.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import kundbok.db.types

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FOREIGN_KEY = "fk_customer_group_id_customer_group"


def upgrade() -> None:
    op.create_table(
        "customer_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("payment_terms_days", sa.Integer(), nullable=True),
        sa.Column("vat_rate", kundbok.db.types.Percent(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("language", sa.String(length=2), nullable=True),
        sa.Column("discount_percent", kundbok.db.types.Percent(), nullable=True),
        sa.Column("sales_account", sa.String(length=10), nullable=True),
        sa.Column("receivables_account", sa.String(length=10), nullable=True),
        sa.Column("reminder_fee", kundbok.db.types.Money(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_group")),
        sa.UniqueConstraint("name", name=op.f("uq_customer_group_name")),
    )
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a column with its reference inline, but no constraint to a table; a batch
        # copy of the customer table instead would cascade-delete the rows referring to it. No
        # ON DELETE: SQLite's reflection would not read it back from a column's reference (NO
        # ACTION refuses deleting a group in use just as well).
        op.execute(
            "ALTER TABLE customer ADD COLUMN group_id INTEGER "
            f"CONSTRAINT {FOREIGN_KEY} REFERENCES customer_group (id)"
        )
    else:
        op.add_column("customer", sa.Column("group_id", sa.Integer(), nullable=True))
        op.create_foreign_key(FOREIGN_KEY, "customer", "customer_group", ["group_id"], ["id"])
    op.create_index(
        "ix_customer_group_sort_name", "customer", ["group_id", "active", "sort_name", "number"]
    )


def downgrade() -> None:
    op.drop_index("ix_customer_group_sort_name", table_name="customer")
    if op.get_bind().dialect.name == "sqlite":
        op.drop_column("customer", "group_id")  # SQLite 3.35+ drops a column in place
    else:
        op.drop_constraint(FOREIGN_KEY, "customer", type_="foreignkey")
        op.drop_column("customer", "group_id")
    op.drop_table("customer_group")
