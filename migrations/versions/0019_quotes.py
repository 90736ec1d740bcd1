"""quotes: the quote and its lines, what part invoices billed of each line, the quote number
series and how long a new quote stands

Revision ID: 0019
Revises: 0016

Existing registers get the empty tables, a quote series starting at 1 and 30 days of validity.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import kundbok.db.types

revision: str = "0019"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _audited() -> list[sa.Column]:
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
    op.add_column(
        "company",
        sa.Column("quote_valid_days", sa.Integer(), nullable=False, server_default="30"),
    )
    op.create_table(
        "quote",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("quote_date", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("accepted_on", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("their_reference", sa.String(length=200), nullable=False),
        sa.Column("our_reference", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("rot_rut", sa.String(length=3), nullable=False),
        sa.Column("buyer_name", sa.String(length=200), nullable=False),
        sa.Column("buyer_number", sa.Integer(), nullable=True),
        sa.Column("buyer_org_number", sa.String(length=20), nullable=True),
        sa.Column("buyer_personal_number", sa.String(length=20), nullable=True),
        sa.Column("buyer_vat_number", sa.String(length=20), nullable=True),
        sa.Column("buyer_country", sa.String(length=2), nullable=False),
        sa.Column("buyer_billing_address", sa.Text(), nullable=False),
        sa.Column("buyer_delivery_address", sa.Text(), nullable=False),
        sa.Column("buyer_rot_rut_property", sa.String(length=100), nullable=False),
        sa.Column("buyer_rot_rut_housing_org_number", sa.String(length=20), nullable=True),
        sa.Column("buyer_rot_rut_apartment_number", sa.String(length=20), nullable=False),
        sa.Column("net_total", kundbok.db.types.Money(), nullable=False),
        sa.Column("total", kundbok.db.types.Money(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_to", sa.String(length=200), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        *_audited(),
        sa.CheckConstraint(
            "state IN ('draft', 'sent', 'accepted', 'declined')", name=op.f("ck_quote_state")
        ),
        sa.CheckConstraint("rot_rut IN ('rot', 'rut', '')", name=op.f("ck_quote_rot_rut")),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_quote_customer_id_customer"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote")),
        sa.UniqueConstraint("number", name=op.f("uq_quote_number")),
    )
    op.create_index(op.f("ix_quote_customer_id"), "quote", ["customer_id"])
    op.create_index("ix_quote_state_valid_until", "quote", ["state", "valid_until"])
    op.create_table(
        "quote_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("article_number", sa.String(length=30), nullable=False),
        sa.Column("description", sa.String(length=1000), nullable=False),
        sa.Column("quantity", kundbok.db.types.Quantity(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("unit_price", kundbok.db.types.Money(), nullable=False),
        sa.Column("discount_percent", kundbok.db.types.Percent(), nullable=False),
        sa.Column("vat_rate", kundbok.db.types.Percent(), nullable=False),
        sa.Column("line_kind", sa.String(length=10), nullable=False),
        sa.Column("work_type", sa.String(length=30), nullable=False),
        sa.CheckConstraint(
            "line_kind IN ('labour', 'material', 'other')", name=op.f("ck_quote_line_line_kind")
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_quote_line_article_id_article"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["quote_id"],
            ["quote.id"],
            name=op.f("fk_quote_line_quote_id_quote"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote_line")),
    )
    op.create_index(op.f("ix_quote_line_quote_id"), "quote_line", ["quote_id"])
    op.create_table(
        "quote_billed",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.Column("quote_line_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("part", sa.Integer(), nullable=False),
        sa.Column("amount", kundbok.db.types.Money(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
            name=op.f("fk_quote_billed_invoice_id_invoice"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["quote_id"],
            ["quote.id"],
            name=op.f("fk_quote_billed_quote_id_quote"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["quote_line_id"],
            ["quote_line.id"],
            name=op.f("fk_quote_billed_quote_line_id_quote_line"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote_billed")),
    )
    op.create_index(op.f("ix_quote_billed_invoice_id"), "quote_billed", ["invoice_id"])
    op.create_index(op.f("ix_quote_billed_quote_id"), "quote_billed", ["quote_id"])
    op.bulk_insert(
        sa.table(
            "number_series", sa.column("name", sa.String), sa.column("next_value", sa.Integer)
        ),
        [{"name": "quote", "next_value": 1}],
    )


def downgrade() -> None:
    op.execute("DELETE FROM number_series WHERE name = 'quote'")
    op.drop_table("quote_billed")
    op.drop_table("quote_line")
    op.drop_table("quote")
    op.drop_column("company", "quote_valid_days")
