"""price lists and agreed prices, credit limits, the Swish number

Revision ID: 0016
Revises: 0018

A price list holds article prices, each from a quantity (volume steps) and optionally between
two dates; a customer's own prices are the same rows owned by the customer instead of a list.
Customers and customer groups may have a list and a credit limit (NULL: none); the company may
have a Swish Företag number. Every column is added in place: existing rows keep their values
and get no list, no limit and no Swish number.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import kundbok.db.types

revision: str = "0016"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIST_TABLES = ("customer", "customer_group")


def _audit_columns() -> list[sa.Column]:
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


def _foreign_key(table: str) -> str:
    return f"fk_{table}_price_list_id_price_list"


def upgrade() -> None:
    op.create_table(
        "price_list",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        *_audit_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_price_list")),
        sa.UniqueConstraint("name", name=op.f("uq_price_list_name")),
    )
    op.create_table(
        "article_price",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("price_list_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("from_quantity", kundbok.db.types.Quantity(), nullable=False),
        sa.Column("unit_price", kundbok.db.types.Money(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        *_audit_columns(),
        sa.CheckConstraint(
            "(price_list_id IS NULL) <> (customer_id IS NULL)", name=op.f("ck_article_price_owner")
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_article_price_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_article_price_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["price_list_id"],
            ["price_list.id"],
            name=op.f("fk_article_price_price_list_id_price_list"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article_price")),
    )
    op.create_index(op.f("ix_article_price_article_id"), "article_price", ["article_id"])
    op.create_index(
        "ix_article_price_customer_article", "article_price", ["customer_id", "article_id"]
    )
    op.create_index(
        "ix_article_price_list_article", "article_price", ["price_list_id", "article_id"]
    )
    for table in LIST_TABLES:
        if op.get_bind().dialect.name == "sqlite":
            # In place, its reference inline (as migration 0012 does for the group): a batch copy
            # of the customer table would cascade-delete the rows that refer to it.
            op.execute(
                f"ALTER TABLE {table} ADD COLUMN price_list_id INTEGER "
                f"CONSTRAINT {_foreign_key(table)} REFERENCES price_list (id)"
            )
        else:
            op.add_column(table, sa.Column("price_list_id", sa.Integer(), nullable=True))
            op.create_foreign_key(
                _foreign_key(table), table, "price_list", ["price_list_id"], ["id"]
            )
        op.add_column(table, sa.Column("credit_limit", sa.BigInteger(), nullable=True))
    op.add_column("company", sa.Column("swish", sa.String(length=10), nullable=True))


def downgrade() -> None:
    op.drop_column("company", "swish")
    for table in reversed(LIST_TABLES):
        op.drop_column(table, "credit_limit")
        if op.get_bind().dialect.name != "sqlite":
            op.drop_constraint(_foreign_key(table), table, type_="foreignkey")
        op.drop_column(table, "price_list_id")  # SQLite 3.35+ drops a column in place
    op.drop_index("ix_article_price_list_article", table_name="article_price")
    op.drop_index("ix_article_price_customer_article", table_name="article_price")
    op.drop_index(op.f("ix_article_price_article_id"), table_name="article_price")
    op.drop_table("article_price")
    op.drop_table("price_list")
