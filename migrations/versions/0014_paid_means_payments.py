"""every paid invoice has its payments; credit notes carry their deduction and their refunds

Revision ID: 0014
Revises: 0013

What is open on a document is now always its amount due less its payments, and a credit note
settles what is open on its invoice, leaving what the customer paid beyond that owed back. Rows
written before that are brought in line, keeping every row:

1. A credit note of a ROT/RUT invoice gets the invoice's deduction negated (it had none).
2. An invoice marked paid before payments were kept one by one (0006), or by demo data, gets its
   payment: the amount due, on its paid date. A 1 kr payment then no longer reopens it.
3. A settled credit note without refunds whose invoice had been paid: if the invoice was paid
   in full, the credit note had been marked refunded, and gets that refund (a payment of minus
   what was paid, on its paid date); if it was part-paid, the credit note had settled it at
   once and the part paid vanished: it is owed back again (state issued, "refund due").

Downgrade leaves the data: the payments and refunds are true of the money, and older versions
read them.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

invoice = sa.table(
    "invoice",
    sa.column("id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("state", sa.String),
    sa.column("credited_invoice_id", sa.Integer),
    sa.column("invoice_date", sa.Date),
    sa.column("paid_date", sa.Date),
    sa.column("total", sa.BigInteger),  # öre
    sa.column("rot_rut_deduction", sa.BigInteger),
)
payment = sa.table(
    "payment",
    sa.column("invoice_id", sa.Integer),
    sa.column("payment_date", sa.Date),
    sa.column("amount", sa.BigInteger),
    sa.column("method", sa.String),
    sa.column("reference", sa.String),
    sa.column("transaction_id", sa.String),
    sa.column("reversed", sa.Boolean),
    sa.column("reversed_date", sa.Date),
)
credited = invoice.alias("credited")


def _paid(of: sa.ColumnElement[int]) -> sa.ScalarSelect[int]:
    """What was paid on an invoice, in öre, reversed payments left out."""
    return (
        sa.select(sa.func.coalesce(sa.func.sum(payment.c.amount), 0))
        .where(payment.c.invoice_id == of, payment.c.reversed == sa.false())
        .scalar_subquery()
    )


def _without_payments(of: sa.ColumnElement[int]) -> sa.ColumnElement[bool]:
    return ~sa.exists().where(payment.c.invoice_id == of)


def upgrade() -> None:
    invoice_deduction = (
        sa.select(credited.c.rot_rut_deduction)
        .where(credited.c.id == invoice.c.credited_invoice_id)
        .scalar_subquery()
    )
    op.execute(
        invoice.update()
        .where(
            invoice.c.kind == "credit_note",
            invoice.c.rot_rut_deduction == 0,
            invoice_deduction != 0,
        )
        .values(rot_rut_deduction=-invoice_deduction)
    )
    due = invoice.c.total - invoice.c.rot_rut_deduction
    op.execute(
        payment.insert().from_select(
            [column.name for column in payment.c],
            sa.select(
                invoice.c.id,
                invoice.c.paid_date,
                due,
                sa.literal("transfer"),
                sa.literal(""),
                sa.null(),
                sa.false(),
                sa.null(),
            ).where(
                invoice.c.kind == "invoice",
                invoice.c.state.in_(("paid", "credited")),
                invoice.c.paid_date.is_not(None),
                due > 0,
                _without_payments(invoice.c.id),
            ),
        )
    )
    owed_back = -(due + credited.c.total - credited.c.rot_rut_deduction - _paid(credited.c.id))
    bind = op.get_bind()
    settled = bind.execute(
        sa.select(
            invoice.c.id,
            sa.func.coalesce(invoice.c.paid_date, invoice.c.invoice_date),
            owed_back,
            credited.c.paid_date,
        )
        .join(credited, credited.c.id == invoice.c.credited_invoice_id)
        .where(
            invoice.c.kind == "credit_note",
            invoice.c.state == "paid",
            _without_payments(invoice.c.id),
            owed_back > 0,
        )
    ).all()
    refunded = [
        {
            "invoice_id": note,
            "payment_date": day,
            "amount": -amount,
            "method": "transfer",
            "reference": "",
            "transaction_id": None,
            "reversed": False,
            "reversed_date": None,
        }
        for note, day, amount, invoice_paid_on in settled
        if invoice_paid_on is not None
    ]
    if refunded:
        bind.execute(payment.insert(), refunded)
    owed = [note for note, _day, _amount, invoice_paid_on in settled if invoice_paid_on is None]
    if owed:
        op.execute(
            invoice.update().where(invoice.c.id.in_(owed)).values(state="issued", paid_date=None)
        )


def downgrade() -> None:
    pass
