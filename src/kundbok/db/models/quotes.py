"""The quote tables: quotes (offerter), their lines, and what part invoices billed of each line."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kundbok.db.models.base import LINE_KINDS, ROT_RUT_KINDS, Audited, Base
from kundbok.db.models.billing import Invoice
from kundbok.db.models.documents import BuyerColumns, LineColumns
from kundbok.db.models.register import Customer
from kundbok.db.types import Money
from kundbok.domain import limits

QUOTE_STATES = ("draft", "sent", "accepted", "declined")


class Quote(BuyerColumns, Audited, Base):
    """A quote to a customer, numbered from its own series when made; its lines are fixed once
    it is accepted. The buyer is copied from the card when it is made, as on an invoice."""

    __tablename__ = "quote"
    __table_args__ = (
        CheckConstraint(f"state IN {QUOTE_STATES}", name="state"),
        CheckConstraint(f"rot_rut IN {(*ROT_RUT_KINDS, '')}", name="rot_rut"),
        Index("ix_quote_state_valid_until", "state", "valid_until"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    state: Mapped[str] = mapped_column(String(10), default="draft")
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="RESTRICT"), index=True
    )
    quote_date: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date] = mapped_column(Date)
    accepted_on: Mapped[dt.date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3), default="SEK")
    language: Mapped[str] = mapped_column(String(2), default="sv")
    their_reference: Mapped[str] = mapped_column(String(limits.REFERENCE), default="")
    our_reference: Mapped[str] = mapped_column(String(limits.REFERENCE), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    rot_rut: Mapped[str] = mapped_column(String(3), default="")
    # Kept at every save so that the list shows and filters without the lines.
    net_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    sent_to: Mapped[str | None] = mapped_column(String(limits.EMAIL))
    # Raised by every change; a save made from an older version is refused (optimistic locking).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (read once by the mapper)

    customer: Mapped[Customer] = relationship()
    lines: Mapped[list[QuoteLine]] = relationship(
        back_populates="quote", cascade="all, delete-orphan", order_by="QuoteLine.position"
    )


class QuoteLine(LineColumns, Base):
    """One line of a quote, as an invoice line."""

    __tablename__ = "quote_line"
    __table_args__ = (CheckConstraint(f"line_kind IN {LINE_KINDS}", name="line_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quote.id", ondelete="CASCADE"), index=True)
    work_type: Mapped[str] = mapped_column(String(30), default="")

    quote: Mapped[Quote] = relationship(back_populates="lines")


class QuoteBilled(Base):
    """What one part invoice bills of one quote line (net, excluding VAT). Deleting the draft
    removes these; crediting the invoice leaves them, and the credited state gives them back."""

    __tablename__ = "quote_billed"

    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quote.id", ondelete="RESTRICT"), index=True)
    quote_line_id: Mapped[int] = mapped_column(ForeignKey("quote_line.id", ondelete="RESTRICT"))
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), index=True
    )
    part: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(Money)

    invoice: Mapped[Invoice] = relationship()
