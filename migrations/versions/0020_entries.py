"""entries (fakturaunderlag): hours and material on a customer until invoiced

Revision ID: 0020
Revises: 0019

An entry is on at most one invoice (`entry.invoice_id`, set in the invoice's transaction and
NULL again when its draft is deleted). Imported files are kept by the hash of their content so
that one file is not imported twice; `entry_invoicing` keeps a customer's choice of summed lines.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _audited() -> list[sa.Column[object]]:
    return [
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
    ]


def upgrade() -> None:
    op.create_table(
        "entry_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("entry_count", sa.Integer(), nullable=False),
        *_audited(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entry_import")),
        sa.UniqueConstraint("sha256", name=op.f("uq_entry_import_sha256")),
    )
    op.create_table(
        "entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("article_number", sa.String(length=30), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("vat_rate", sa.Integer(), nullable=False),
        sa.Column("line_kind", sa.String(length=10), nullable=False),
        sa.Column("work_type", sa.String(length=30), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        *_audited(),
        sa.CheckConstraint(
            "line_kind IN ('labour', 'material', 'other')", name=op.f("ck_entry_line_kind")
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_entry_article_id_article"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_entry_customer_id_customer"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["entry_import.id"],
            name=op.f("fk_entry_import_id_entry_import"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
            name=op.f("fk_entry_invoice_id_invoice"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entry")),
    )
    op.create_index(op.f("ix_entry_invoice_id"), "entry", ["invoice_id"])
    op.create_index("ix_entry_customer_date", "entry", ["customer_id", "entry_date"])
    op.create_index(
        "ix_entry_unbilled",
        "entry",
        ["invoice_id", "customer_id", "entry_date", "line_kind", "unit", "quantity", "amount"],
    )
    op.create_table(
        "entry_invoicing",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("summed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_entry_invoicing_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_entry_invoicing")),
    )


def downgrade() -> None:
    op.drop_table("entry_invoicing")
    op.drop_index("ix_entry_unbilled", table_name="entry")
    op.drop_index("ix_entry_customer_date", table_name="entry")
    op.drop_index(op.f("ix_entry_invoice_id"), table_name="entry")
    op.drop_table("entry")
    op.drop_table("entry_import")
