"""The tables of entries (fakturaunderlag): hours and material on a customer until invoiced,
the files they were imported from, and each customer's choice of itemised or summed lines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from kundbok.db.models.base import LINE_KINDS, Audited, Base
from kundbok.db.types import Money, Percent, Quantity
from kundbok.domain import limits


class EntryImport(Audited, Base):
    """A file of entries imported, by the hash of its content: the same file is refused twice."""

    __tablename__ = "entry_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(limits.FILE_NAME))
    entry_count: Mapped[int] = mapped_column(Integer)


class Entry(Audited, Base):
    """Hours or material on a customer. `invoice_id` is the one invoice it is on: set in the
    transaction that makes the invoice, NULL again when the draft is deleted (or the credited
    invoice gives it back), so an entry is never on two invoices at once."""

    __tablename__ = "entry"
    __table_args__ = (
        CheckConstraint(f"line_kind IN {LINE_KINDS}", name="line_kind"),
        # Covers what Att fakturera sums, so that 50,000 unbilled entries are read from the
        # index alone.
        Index(
            "ix_entry_unbilled",
            "invoice_id",
            "customer_id",
            "entry_date",
            "line_kind",
            "unit",
            "quantity",
            "amount",
        ),
        Index("ix_entry_customer_date", "customer_id", "entry_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="RESTRICT"))
    entry_date: Mapped[dt.date] = mapped_column(Date)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("article.id", ondelete="SET NULL"))
    article_number: Mapped[str] = mapped_column(String(limits.ARTICLE_NUMBER), default="")
    description: Mapped[str] = mapped_column(String(limits.ARTICLE_DESCRIPTION), default="")
    text: Mapped[str] = mapped_column(String(limits.ARTICLE_DESCRIPTION), default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    unit: Mapped[str] = mapped_column(String(limits.UNIT), default="")
    unit_price: Mapped[Decimal] = mapped_column(Money)
    # Quantity × price in öre (`EntryDetails.amount`), kept so that lists sum without recounting.
    amount: Mapped[Decimal] = mapped_column(Money)
    vat_rate: Mapped[Decimal] = mapped_column(Percent)
    line_kind: Mapped[str] = mapped_column(String(10), default="other")
    work_type: Mapped[str] = mapped_column(String(30), default="")
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="SET NULL"), index=True
    )
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey("entry_import.id", ondelete="SET NULL")
    )
    # Raised by every change; a save made from an older version is refused (optimistic locking).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (read once by the mapper)


class EntryInvoicing(Base):
    """How a customer's entries become invoice lines: one per entry (no row) or summed per
    article. Its own row, so that choosing it never collides with a save of the card."""

    __tablename__ = "entry_invoicing"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )
    summed: Mapped[bool] = mapped_column(Boolean, default=False)
