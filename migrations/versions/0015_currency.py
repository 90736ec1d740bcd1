"""invoices in other currencies: the exchange rate of an invoice and of a payment, and the
accounts exchange gains and losses are booked on

Revision ID: 0015
Revises: 0014

The rate is kronor for one unit of the currency, kept to six decimals as an integer; NULL for
an invoice in kronor, and for a payment received at its invoice's rate. Invoices in another
currency issued before keep NULL until the user records the rate of their delivery date.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import kundbok.db.types

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACCOUNTS = (("exchange_gain_account", "3960"), ("exchange_loss_account", "7960"))


def upgrade() -> None:
    for name, account in ACCOUNTS:
        op.add_column(
            "company",
            sa.Column(name, sa.String(length=10), nullable=False, server_default=account),
        )
    for table in ("invoice", "payment"):
        op.add_column(
            table, sa.Column("exchange_rate", kundbok.db.types.ExchangeRate(), nullable=True)
        )


def downgrade() -> None:
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35 and later): a batch copy of the invoice
    # table would be refused by the foreign keys of the payments and lines that point at it.
    for table in ("payment", "invoice"):
        op.drop_column(table, "exchange_rate")
    for name, _ in reversed(ACCOUNTS):
        op.drop_column("company", name)
