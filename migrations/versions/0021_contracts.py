"""contracts: lines invoiced every period, their price adjustments, and the record of each
period invoiced (unique per contract and period start), with a number series of their own

Revision ID: 0021
Revises: 0020

New tables only: no existing row is touched.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import kundbok.db.types

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("INSERT INTO number_series (name, next_value) VALUES ('contract', 1)")
    op.create_table(
        "contract",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("interval_months", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("in_arrears", sa.Boolean(), nullable=False),
        sa.Column("days_before", sa.Integer(), nullable=False),
        sa.Column("our_reference", sa.String(length=200), nullable=False),
        sa.Column("their_reference", sa.String(length=200), nullable=False),
        sa.Column("buyer_reference", sa.String(length=200), nullable=False),
        sa.Column("order_reference", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("rot_rut", sa.String(length=3), nullable=False),
        sa.Column("paused_from", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
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
        sa.CheckConstraint("rot_rut IN ('rot', 'rut', '')", name=op.f("ck_contract_rot_rut")),
        sa.CheckConstraint(
            "interval_months IN (1, 2, 3, 6, 12)", name=op.f("ck_contract_interval_months")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_contract_customer_id_customer"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract")),
        sa.UniqueConstraint("number", name=op.f("uq_contract_number")),
    )
    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contract_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "contract_adjustment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("from_date", sa.Date(), nullable=False),
        sa.Column("percent", kundbok.db.types.Percent(), nullable=False),
        sa.Column("rounding", sa.String(length=5), nullable=False),
        sa.CheckConstraint(
            "rounding IN ('ore', 'krona')", name=op.f("ck_contract_adjustment_rounding")
        ),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.id"],
            name=op.f("fk_contract_adjustment_contract_id_contract"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_adjustment")),
    )
    with op.batch_alter_table("contract_adjustment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contract_adjustment_contract_id"), ["contract_id"], unique=False
        )

    op.create_table(
        "contract_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
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
            "line_kind IN ('labour', 'material', 'other')", name=op.f("ck_contract_line_line_kind")
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_contract_line_article_id_article"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.id"],
            name=op.f("fk_contract_line_contract_id_contract"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_line")),
    )
    with op.batch_alter_table("contract_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contract_line_contract_id"), ["contract_id"], unique=False
        )

    op.create_table(
        "contract_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.id"],
            name=op.f("fk_contract_period_contract_id_contract"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
            name=op.f("fk_contract_period_invoice_id_invoice"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_period")),
        sa.UniqueConstraint("contract_id", "period_start", name="uq_contract_period"),
    )
    with op.batch_alter_table("contract_period", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contract_period_invoice_id"), ["invoice_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("contract_period", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contract_period_invoice_id"))

    op.drop_table("contract_period")
    with op.batch_alter_table("contract_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contract_line_contract_id"))

    op.drop_table("contract_line")
    with op.batch_alter_table("contract_adjustment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contract_adjustment_contract_id"))

    op.drop_table("contract_adjustment")
    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contract_customer_id"))

    op.drop_table("contract")
    op.execute("DELETE FROM number_series WHERE name = 'contract'")
