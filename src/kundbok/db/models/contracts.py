"""The contract tables: contracts, their lines and price adjustments, and the record of each
period invoiced.

`contract_period` is what makes each period invoiced exactly once: one row per contract and
period start (unique), written in the same transaction as the invoice it names. Deleting a
draft made from a contract deletes its row with it (ON DELETE CASCADE), so the period is due
again; an issued invoice is never deleted, so a credited period stays invoiced. A row without
an invoice is a period passed over while the contract was paused.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kundbok.db.models.base import LINE_KINDS, ROT_RUT_KINDS, Audited, Base
from kundbok.db.models.documents import LineColumns
from kundbok.db.types import Percent
from kundbok.domain import limits


class Contract(Audited, Base):
    """A customer's contract: lines invoiced every `interval_months` months from its start."""

    __tablename__ = "contract"
    __table_args__ = (
        CheckConstraint("interval_months IN (1, 2, 3, 6, 12)", name="interval_months"),
        CheckConstraint(f"rot_rut IN {(*ROT_RUT_KINDS, '')}", name="rot_rut"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="RESTRICT"), index=True
    )
    interval_months: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    in_arrears: Mapped[bool] = mapped_column(Boolean, default=False)
    days_before: Mapped[int] = mapped_column(Integer, default=0)
    our_reference: Mapped[str] = mapped_column(String(limits.REFERENCE), default="")
    their_reference: Mapped[str] = mapped_column(String(limits.REFERENCE), default="")
    buyer_reference: Mapped[str] = mapped_column(String(limits.REFERENCE), default="")
    order_reference: Mapped[str] = mapped_column(String(limits.REFERENCE), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    rot_rut: Mapped[str] = mapped_column(String(3), default="")
    # Paused from this day until resumed (None: running).
    paused_from: Mapped[dt.date | None] = mapped_column(Date)
    # Raised by every change; a save made from an older version is refused (optimistic locking).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (read once by the mapper)

    lines: Mapped[list[ContractLine]] = relationship(
        cascade="all, delete-orphan", order_by="ContractLine.position"
    )
    adjustments: Mapped[list[ContractAdjustment]] = relationship(
        cascade="all, delete-orphan", order_by="ContractAdjustment.from_date"
    )


class ContractLine(LineColumns, Base):
    """One line of a contract, at the price it was agreed at (before adjustments)."""

    __tablename__ = "contract_line"
    __table_args__ = (CheckConstraint(f"line_kind IN {LINE_KINDS}", name="line_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), index=True
    )
    work_type: Mapped[str] = mapped_column(String(30), default="")


class ContractAdjustment(Base):
    """Prices raised by `percent` for the periods beginning on or after `from_date`."""

    __tablename__ = "contract_adjustment"
    __table_args__ = (CheckConstraint("rounding IN ('ore', 'krona')", name="rounding"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), index=True
    )
    from_date: Mapped[dt.date] = mapped_column(Date)
    percent: Mapped[Decimal] = mapped_column(Percent)
    rounding: Mapped[str] = mapped_column(String(5), default="ore")


class ContractPeriod(Base):
    """A period of a contract that is invoiced (or passed over while paused): at most once."""

    __tablename__ = "contract_period"
    __table_args__ = (UniqueConstraint("contract_id", "period_start", name="uq_contract_period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contract.id", ondelete="CASCADE"))
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), index=True
    )
