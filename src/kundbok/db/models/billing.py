"""The billing tables: articles, invoices and their lines, payments, reference rates and
reminders."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kundbok.db.models.base import (
    INVOICE_KINDS,
    INVOICE_STATES,
    LINE_KINDS,
    ROT_RUT_KINDS,
    Audited,
    Base,
)
from kundbok.db.models.documents import BuyerColumns, LineColumns
from kundbok.db.models.register import Customer
from kundbok.db.types import ExchangeRate, Money, Percent, Quantity
from kundbok.domain import limits
from kundbok.domain.invoice import PAYMENT_METHODS
from kundbok.domain.invoicing import standard_vat_rate


class Article(Audited, Base):
    """Something we sell: a product or a service, with its price excluding VAT."""

    __tablename__ = "article"
    __table_args__ = (CheckConstraint(f"rot_rut_kind IN {LINE_KINDS}", name="rot_rut_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(limits.ARTICLE_NUMBER), unique=True)
    description: Mapped[str] = mapped_column(String(limits.ARTICLE_DESCRIPTION))
    unit: Mapped[str] = mapped_column(String(limits.UNIT), default="st")
    unit_price: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    vat_rate: Mapped[Decimal] = mapped_column(Percent, default=standard_vat_rate)
    sales_account: Mapped[str | None] = mapped_column(String(10))
    rot_rut_kind: Mapped[str] = mapped_column(String(10), default="other")
    # The ROT/RUT work type of schema V6 ("Vvs", "Stadning"...) for labour; "" for none.
    work_type: Mapped[str] = mapped_column(String(30), default="", server_default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Raised by every change; a save made from an older version is refused (optimistic locking).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (read once by the mapper)


class ArticlePrice(Audited, Base):
    """An agreed price of an article: in a price list, or the customer's own. It holds from a
    quantity (a volume step; 0 for any) and, when dated, between two days inclusive."""

    __tablename__ = "article_price"
    __table_args__ = (
        CheckConstraint("(price_list_id IS NULL) <> (customer_id IS NULL)", name="owner"),
        # A line's price reads the customer's own prices and its two lists' for one article.
        Index("ix_article_price_customer_article", "customer_id", "article_id"),
        Index("ix_article_price_list_article", "price_list_id", "article_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    price_list_id: Mapped[int | None] = mapped_column(
        ForeignKey("price_list.id", ondelete="CASCADE")
    )
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), index=True
    )
    from_quantity: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    unit_price: Mapped[Decimal] = mapped_column(Money)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    # Raised by every change; a save made from an older version is refused (optimistic locking).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (read once by the mapper)


class Invoice(BuyerColumns, Audited, Base):
    """An invoice or credit note. A draft has no number; once issued it is never changed."""

    __tablename__ = "invoice"
    __table_args__ = (
        CheckConstraint(f"kind IN {INVOICE_KINDS}", name="kind"),
        CheckConstraint(f"state IN {INVOICE_STATES}", name="state"),
        CheckConstraint(f"rot_rut IN {(*ROT_RUT_KINDS, '')}", name="rot_rut"),
        Index("ix_invoice_customer_state", "customer_id", "state"),
        Index("ix_invoice_state_due_date", "state", "due_date"),
        # What the overview sums by month and customer, read from the index alone: the state
        # first, so the states summed and the dates from a year ago are both ranges of it.
        Index(
            "ix_invoice_date_sums",
            "state",
            "invoice_date",
            "customer_id",
            "net_total",
            "total",
            "rot_rut_deduction",
            "exchange_rate",
        ),
        # What the invoice list's search compares on each invoice, read from the index alone
        # as the list walks down the numbers (three references of 200 characters stay within
        # PostgreSQL's 2,704 bytes for an index row).
        Index(
            "ix_invoice_number_search",
            "number",
            "customer_id",
            "ocr",
            "total",
            "rot_rut_deduction",
            "their_reference",
            "order_reference",
            "buyer_reference",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int | None] = mapped_column(Integer, unique=True)
    kind: Mapped[str] = mapped_column(String(12), default="invoice")
    state: Mapped[str] = mapped_column(String(10), default="draft")
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="RESTRICT"))
    credited_invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"))
    invoice_date: Mapped[dt.date | None] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    delivery_date: Mapped[dt.date | None] = mapped_column(Date)
    paid_date: Mapped[dt.date | None] = mapped_column(Date)
    payment_terms_days: Mapped[int] = mapped_column(Integer, default=30)
    currency: Mapped[str] = mapped_column(String(3), default="SEK")
    # Kronor for one unit of `currency` on the delivery date (ML 8 kap. 21–23 §§); None in SEK.
    exchange_rate: Mapped[Decimal | None] = mapped_column(ExchangeRate)
    language: Mapped[str] = mapped_column(String(2), default="sv")
    their_reference: Mapped[str] = mapped_column(String(limits.REFERENCE), default="")
    our_reference: Mapped[str] = mapped_column(String(limits.REFERENCE), default="")
    # The buyer's purchase order (BT-13) and routing reference (BT-10) of an e-invoice.
    order_reference: Mapped[str] = mapped_column(
        String(limits.REFERENCE), default="", server_default=""
    )
    buyer_reference: Mapped[str] = mapped_column(
        String(limits.REFERENCE), default="", server_default=""
    )
    text: Mapped[str] = mapped_column(Text, default="")
    ocr: Mapped[str | None] = mapped_column(String(25), unique=True)
    rot_rut: Mapped[str] = mapped_column(String(3), default="")
    # Totals as issued, kept so that lists and balances need no recomputation.
    net_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    vat_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    rounding: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    rot_rut_deduction: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    # The last time the invoice was e-mailed, and to whom (None: never sent).
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    sent_to: Mapped[str | None] = mapped_column(String(limits.EMAIL))
    # The last time it was printed and its e-invoice file written (None: never).
    printed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    einvoice_written_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # How many reminders went out for it, and the last one's date.
    reminder_level: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    reminded_on: Mapped[dt.date | None] = mapped_column(Date)
    # A räntefaktura: the late invoice whose interest (and reminder charges) it invoices.
    interest_for_invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id"), unique=True
    )
    # When the ROT/RUT part was claimed from Skatteverket and in which file (None: not yet);
    # then what Skatteverket granted, entered by hand (decided with 0 granted: refused).
    rot_rut_claimed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    rot_rut_claim_file: Mapped[str] = mapped_column(String(200), default="", server_default="")
    rot_rut_decided_on: Mapped[dt.date | None] = mapped_column(Date)
    rot_rut_granted: Mapped[Decimal] = mapped_column(Money, default=Decimal(0), server_default="0")
    # Raised by every change; a save made from an older version is refused (optimistic locking).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (read once by the mapper)

    customer: Mapped[Customer] = relationship()
    lines: Mapped[list[InvoiceLine]] = relationship(
        back_populates="invoice", cascade="all, delete-orphan", order_by="InvoiceLine.position"
    )


class InvoiceLine(LineColumns, Base):
    """One line of an invoice: an article or free text, quantity × price less discount."""

    __tablename__ = "invoice_line"
    __table_args__ = (CheckConstraint(f"line_kind IN {LINE_KINDS}", name="line_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), index=True
    )
    work_type: Mapped[str] = mapped_column(String(30), default="", server_default="")
    sales_account: Mapped[str | None] = mapped_column(String(10))

    invoice: Mapped[Invoice] = relationship(back_populates="lines")


class Payment(Base):
    """Money received on an invoice. A reversed payment is kept (flagged) so its history stays."""

    __tablename__ = "payment"
    __table_args__ = (
        CheckConstraint(f"method IN {PAYMENT_METHODS}", name="method"),
        Index("ix_payment_invoice_reversed", "invoice_id", "reversed"),
        # What the overview sums by month, read from the index alone.
        Index(
            "ix_payment_date_sums",
            "payment_date",
            "reversed",
            "invoice_id",
            "amount",
            "exchange_rate",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="RESTRICT"))
    payment_date: Mapped[dt.date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    # Kronor for one unit of the invoice's currency when the money came (None: the invoice's).
    exchange_rate: Mapped[Decimal | None] = mapped_column(ExchangeRate)
    method: Mapped[str] = mapped_column(String(10), default="transfer")
    reference: Mapped[str] = mapped_column(String(140), default="")
    # The bank's id of the transaction: a bank file read twice books nothing the second time.
    transaction_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    reversed: Mapped[bool] = mapped_column(Boolean, default=False)
    reversed_date: Mapped[dt.date | None] = mapped_column(Date)


class ReferenceRate(Base):
    """The Riksbank reference rate in force from `valid_from` until the next (räntelagen 9 §)."""

    __tablename__ = "reference_rate"

    valid_from: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    percent: Mapped[Decimal] = mapped_column(Percent)


class Reminder(Base):
    """A reminder to a customer: the date, the fee it charged, and its invoices (items).

    It counts (raises its invoices' level, charges its fee) once delivered: e-mailed (`sent_at`)
    or printed or saved as PDF (`printed_at`); until then it is made but not sent, and is
    delivered as made by the next run. The fee (and the items' förseningsersättning) are
    invoiced by a räntefaktura; `fee_invoice_id` is the one that charged the fee, so it is
    charged once.
    """

    __tablename__ = "reminder"
    __table_args__ = (Index("ix_reminder_customer_date", "customer_id", "reminder_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="RESTRICT"))
    reminder_date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(2), default="sv")
    fee: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    fee_invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"))
    created_by: Mapped[str] = mapped_column(String(100), default="")
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    sent_to: Mapped[str | None] = mapped_column(String(limits.EMAIL))
    printed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    items: Mapped[list[ReminderItem]] = relationship(
        back_populates="reminder", cascade="all, delete-orphan", order_by="ReminderItem.id"
    )


class ReminderItem(Base):
    """One overdue invoice on a reminder, as it stood that day."""

    __tablename__ = "reminder_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    reminder_id: Mapped[int] = mapped_column(
        ForeignKey("reminder.id", ondelete="CASCADE"), index=True
    )
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoice.id", ondelete="RESTRICT"), index=True
    )
    level: Mapped[int] = mapped_column(Integer)
    open_amount: Mapped[Decimal] = mapped_column(Money)
    days_late: Mapped[int] = mapped_column(Integer)
    interest: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    compensation: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))

    reminder: Mapped[Reminder] = relationship(back_populates="items")
