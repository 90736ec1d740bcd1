"""a register id, and the company row made with the schema

Revision ID: 0003
Revises: 0002

A customer number identifies a customer only inside the register that gave it: vCard exports carry
the register's id (a UUID made once, here) so that an import into another register never matches
by number. The company's settings row is made here too, for new and existing databases, so that no
read has to insert it (a read that writes made several processes fail at once with "database is
locked" on a fresh register).
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COMPANY_ID = 1
# The defaults of the Company model, as the row is made without the ORM.
COMPANY_DEFAULTS = {
    "name": "",
    "street": "",
    "postcode": "",
    "city": "",
    "country": "SE",
    "phone": "",
    "email": "",
    "website": "",
    "f_tax": True,
    "payment_terms_days": 30,
    "vat_rate": 2500,  # hundredths of a percent
    "sales_account": "3001",
    "receivables_account": "1510",
    "late_interest_percent": 800,
    "created_by": "",
    "updated_by": "",
}


def upgrade() -> None:
    with op.batch_alter_table("company") as batch:
        batch.add_column(sa.Column("register_id", sa.String(length=36), nullable=True))
    company = sa.table(
        "company",
        sa.column("id", sa.Integer()),
        sa.column("register_id", sa.String()),
        *(sa.column(name) for name in COMPANY_DEFAULTS),
    )
    bind = op.get_bind()
    register_id = str(uuid.uuid4())
    exists = bind.execute(sa.select(company.c.id).where(company.c.id == COMPANY_ID)).first()
    if exists is None:
        bind.execute(
            company.insert().values(id=COMPANY_ID, register_id=register_id, **COMPANY_DEFAULTS)
        )
    else:
        bind.execute(
            company.update().where(company.c.id == COMPANY_ID).values(register_id=register_id)
        )


def downgrade() -> None:
    with op.batch_alter_table("company") as batch:
        batch.drop_column("register_id")
