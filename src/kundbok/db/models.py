"""The mapped classes: our company, customers with addresses and contacts, articles, invoices.

Money columns hold integer öre (`Money`), rates hundredths of a percent (`Percent`): exact on
SQLite and PostgreSQL alike. Every table records when and by whom a row was made and last changed.
"""

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
    LargeBinary,
    MetaData,
    String,
    Text,
    false,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kundbok.db.types import Money, Percent, Quantity
from kundbok.domain import limits
from kundbok.domain.customer import ADDRESS_KINDS, CUSTOMER_KINDS
from kundbok.domain.invoice import PAYMENT_METHODS

# Stable constraint names so that migrations can alter them on SQLite and PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ROT_RUT_KINDS = ("rot", "rut")
LINE_KINDS = ("labour", "material", "other")
INVOICE_KINDS = ("invoice", "credit_note")
INVOICE_STATES = ("draft", "issued", "paid", "credited")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Audited:
    """Who made a row and when, and who changed it last."""

    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    created_by: Mapped[str] = mapped_column(String(100), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )
    updated_by: Mapped[str] = mapped_column(String(100), default="")


class Company(Audited, Base):
    """Our own company: the single row of settings printed on invoices."""

    __tablename__ = "company"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(limits.NAME), default="")
    org_number: Mapped[str | None] = mapped_column(String(20))
    vat_number: Mapped[str | None] = mapped_column(String(20))
    street: Mapped[str] = mapped_column(String(limits.ADDRESS_LINE), default="")
    postcode: Mapped[str] = mapped_column(String(limits.POSTCODE), default="")
    city: Mapped[str] = mapped_column(String(limits.CITY), default="")
    country: Mapped[str] = mapped_column(String(2), default="SE")
    phone: Mapped[str] = mapped_column(String(limits.PHONE), default="")
    email: Mapped[str] = mapped_column(String(limits.EMAIL), default="")
    website: Mapped[str] = mapped_column(String(limits.WEBSITE), default="")
    bankgiro: Mapped[str | None] = mapped_column(String(20))
    plusgiro: Mapped[str | None] = mapped_column(String(20))
    iban: Mapped[str | None] = mapped_column(String(34))
    bic: Mapped[str | None] = mapped_column(String(11))
    f_tax: Mapped[bool] = mapped_column(Boolean, default=True)
    payment_terms_days: Mapped[int] = mapped_column(Integer, default=30)
    vat_rate: Mapped[Decimal] = mapped_column(Percent, default=Decimal(25))
    sales_account: Mapped[str] = mapped_column(String(10), default="3001")
    receivables_account: Mapped[str] = mapped_column(String(10), default="1510")
    # Dröjsmålsränta: percentage points over the reference rate (räntelagen 6 §), unless a fixed
    # yearly rate was agreed with every customer.
    late_interest_percent: Mapped[Decimal] = mapped_column(Percent, default=Decimal(8))
    agreed_interest_percent: Mapped[Decimal | None] = mapped_column(Percent)
    # Påminnelseavgift agreed in advance with customers (0: none), and whether business customers
    # are charged förseningsersättning; the accounts these and the interest are booked on.
    reminder_fee: Mapped[Decimal] = mapped_column(Money, default=Decimal(0), server_default="0")
    charge_compensation: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    reminder_terms_days: Mapped[int] = mapped_column(Integer, default=10, server_default="10")
    fee_account: Mapped[str] = mapped_column(String(10), default="3990", server_default="3990")
    compensation_account: Mapped[str] = mapped_column(
        String(10), default="3990", server_default="3990"
    )
    interest_account: Mapped[str] = mapped_column(String(10), default="8313", server_default="8313")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo_mime: Mapped[str | None] = mapped_column(String(50))
    # Made once with the schema; vCard exports carry it (customer numbers mean something only
    # in the register that gave them).
    register_id: Mapped[str | None] = mapped_column(String(36))
    # Raised by every change; a save made from an older version is refused (optimistic locking).
    # The mail server invoices are sent through; its password lives in the keyring, not here.
    smtp_host: Mapped[str] = mapped_column(String(limits.WEBSITE), default="", server_default="")
    smtp_port: Mapped[int] = mapped_column(Integer, default=587, server_default="587")
    smtp_security: Mapped[str] = mapped_column(
        String(10), default="starttls", server_default="starttls"
    )
    smtp_user: Mapped[str] = mapped_column(String(limits.EMAIL), default="", server_default="")
    smtp_sender_name: Mapped[str] = mapped_column(
        String(limits.NAME), default="", server_default=""
    )
    smtp_sender_address: Mapped[str] = mapped_column(
        String(limits.EMAIL), default="", server_default=""
    )
    smtp_reply_to: Mapped[str] = mapped_column(String(limits.EMAIL), default="", server_default="")
    smtp_copy_to_sender: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (read once by the mapper)


class NumberSeries(Base):
    """The next free number of a series ("customer", "invoice"); moved on in the same
    transaction that uses a number, which is what keeps the series gapless."""

    __tablename__ = "number_series"

    name: Mapped[str] = mapped_column(String(30), primary_key=True)
    next_value: Mapped[int] = mapped_column(Integer)


class CustomerGroup(Audited, Base):
    """A customer group (kundkategori) and the defaults a new customer of it takes (NULL: none)."""

    __tablename__ = "customer_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    payment_terms_days: Mapped[int | None] = mapped_column(Integer)
    vat_rate: Mapped[Decimal | None] = mapped_column(Percent)
    currency: Mapped[str | None] = mapped_column(String(3))
    language: Mapped[str | None] = mapped_column(String(2))
    discount_percent: Mapped[Decimal | None] = mapped_column(Percent)
    sales_account: Mapped[str | None] = mapped_column(String(10))
    receivables_account: Mapped[str | None] = mapped_column(String(10))
    reminder_fee: Mapped[Decimal | None] = mapped_column(Money)


class Customer(Audited, Base):
    """A customer: every field of the card's details, accounts and ROT/RUT tabs."""

    __tablename__ = "customer"
    __table_args__ = (
        CheckConstraint(f"kind IN {CUSTOMER_KINDS}", name="kind"),
        Index("ix_customer_name_number", "sort_name", "number"),
        Index("ix_customer_active_sort_name", "active", "sort_name", "number"),
        # The list filtered by group walks this in name order; it also serves the foreign key.
        Index("ix_customer_group_sort_name", "group_id", "active", "sort_name", "number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    kind: Mapped[str] = mapped_column(String(10), default="company")
    name: Mapped[str] = mapped_column(String(limits.NAME))
    # Case-folded name: sorts "åkerlund" and "Åkerlund" together on every database.
    sort_name: Mapped[str] = mapped_column(String(limits.NAME), default="")
    reference: Mapped[str] = mapped_column(String(limits.REFERENCE), default="")
    org_number: Mapped[str | None] = mapped_column(String(20), index=True)
    personal_number: Mapped[str | None] = mapped_column(String(20), index=True)
    vat_number: Mapped[str | None] = mapped_column(String(20))
    gln: Mapped[str | None] = mapped_column(String(13))
    phone: Mapped[str] = mapped_column(String(limits.PHONE), default="")
    mobile: Mapped[str] = mapped_column(String(limits.PHONE), default="")
    fax: Mapped[str] = mapped_column(String(limits.PHONE), default="")
    email: Mapped[str] = mapped_column(String(limits.EMAIL), default="")
    website: Mapped[str] = mapped_column(String(limits.WEBSITE), default="")
    country: Mapped[str] = mapped_column(String(2), default="SE")
    language: Mapped[str] = mapped_column(String(2), default="sv")
    currency: Mapped[str] = mapped_column(String(3), default="SEK")
    payment_terms_days: Mapped[int | None] = mapped_column(Integer)
    vat_rate: Mapped[Decimal | None] = mapped_column(Percent)
    discount_percent: Mapped[Decimal] = mapped_column(Percent, default=Decimal(0))
    invoice_by_email: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    alert_text: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    sales_account: Mapped[str | None] = mapped_column(String(10))
    receivables_account: Mapped[str | None] = mapped_column(String(10))
    # What was agreed with this customer instead of the company's reminder fee and interest.
    reminder_fee: Mapped[Decimal | None] = mapped_column(Money)
    agreed_interest_percent: Mapped[Decimal | None] = mapped_column(Percent)
    rot_rut_personal_number: Mapped[str | None] = mapped_column(String(20))
    rot_rut_property: Mapped[str] = mapped_column(String(limits.ROT_RUT_PROPERTY), default="")
    rot_rut_housing_org_number: Mapped[str | None] = mapped_column(String(20))
    rot_rut_apartment_number: Mapped[str] = mapped_column(String(limits.APARTMENT), default="")
    # Where e-invoices go (Peppol) and the reference code they must carry (BT-10).
    peppol_scheme: Mapped[str | None] = mapped_column(String(4))
    peppol_id: Mapped[str | None] = mapped_column(String(50))
    buyer_reference: Mapped[str] = mapped_column(
        String(limits.REFERENCE), default="", server_default=""
    )
    # A stable identity for vCard round trips, so an import recognises the same customer.
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    # No ON DELETE: a group in use is not deleted (the migration adds the column in place).
    group_id: Mapped[int | None] = mapped_column(ForeignKey("customer_group.id"))
    # Raised by every change; a save made from an older version is refused (optimistic locking).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (read once by the mapper)

    addresses: Mapped[list[Address]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="Address.id"
    )
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="Contact.id"
    )


class Address(Audited, Base):
    """A billing, delivery or visiting address; a customer may have several delivery addresses."""

    __tablename__ = "address"
    __table_args__ = (
        CheckConstraint(f"kind IN {ADDRESS_KINDS}", name="kind"),
        Index("ix_address_customer_kind", "customer_id", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))
    is_default: Mapped[bool] = mapped_column(Boolean, default=True)
    name: Mapped[str] = mapped_column(
        String(limits.ADDRESS_LINE), default=""
    )  # c/o or recipient line
    street: Mapped[str] = mapped_column(String(limits.ADDRESS_LINE), default="")
    street2: Mapped[str] = mapped_column(String(limits.ADDRESS_LINE), default="")
    postcode: Mapped[str] = mapped_column(String(limits.POSTCODE), default="")
    city: Mapped[str] = mapped_column(String(limits.CITY), default="")
    region: Mapped[str] = mapped_column(String(limits.CITY), default="", server_default="")
    country: Mapped[str] = mapped_column(String(2), default="SE")

    customer: Mapped[Customer] = relationship(back_populates="addresses")


class Contact(Audited, Base):
    """A person at the customer; one of them may be the main contact."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(limits.NAME))
    role: Mapped[str] = mapped_column(String(limits.ROLE), default="")
    phone: Mapped[str] = mapped_column(String(limits.PHONE), default="")
    mobile: Mapped[str] = mapped_column(String(limits.PHONE), default="")
    email: Mapped[str] = mapped_column(String(limits.EMAIL), default="")
    is_main: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    customer: Mapped[Customer] = relationship(back_populates="contacts")


class SearchTerm(Base):
    """One case-folded word of a customer (name, number, phone, e-mail, city, contact…).

    Searching is a prefix range on (term): a B-tree index that SQLite and PostgreSQL both use,
    so a search never scans every customer. The customer's `active` flag is copied here so that
    counting the matches needs the index alone. Kept up to date by the customer services.
    """

    __tablename__ = "search_term"
    __table_args__ = (
        Index("ix_search_term_term_customer", "term", "customer_id", "active"),
        # On SQLite the rows live in the primary key, not beside a row id (migration 0002).
        {"sqlite_with_rowid": False},
    )

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )
    # Byte order on PostgreSQL too, so that a prefix is one contiguous range of the index.
    term: Mapped[str] = mapped_column(
        String(200).with_variant(String(200, collation="C"), "postgresql"), primary_key=True
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Article(Audited, Base):
    """Something we sell: a product or a service, with its price excluding VAT."""

    __tablename__ = "article"
    __table_args__ = (CheckConstraint(f"rot_rut_kind IN {LINE_KINDS}", name="rot_rut_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(limits.ARTICLE_NUMBER), unique=True)
    description: Mapped[str] = mapped_column(String(limits.ARTICLE_DESCRIPTION))
    unit: Mapped[str] = mapped_column(String(limits.UNIT), default="st")
    unit_price: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    vat_rate: Mapped[Decimal] = mapped_column(Percent, default=Decimal(25))
    sales_account: Mapped[str | None] = mapped_column(String(10))
    rot_rut_kind: Mapped[str] = mapped_column(String(10), default="other")
    # The ROT/RUT work type of schema V6 ("Vvs", "Stadning"...) for labour; "" for none.
    work_type: Mapped[str] = mapped_column(String(30), default="", server_default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Raised by every change; a save made from an older version is refused (optimistic locking).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (read once by the mapper)


class Invoice(Audited, Base):
    """An invoice or credit note. A draft has no number; once issued it is never changed."""

    __tablename__ = "invoice"
    __table_args__ = (
        CheckConstraint(f"kind IN {INVOICE_KINDS}", name="kind"),
        CheckConstraint(f"state IN {INVOICE_STATES}", name="state"),
        CheckConstraint(f"rot_rut IN {(*ROT_RUT_KINDS, '')}", name="rot_rut"),
        Index("ix_invoice_customer_state", "customer_id", "state"),
        Index("ix_invoice_state_due_date", "state", "due_date"),
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
    # A frozen copy of the buyer at issue, so a later edit of the customer never changes it.
    buyer_name: Mapped[str] = mapped_column(String(limits.NAME), default="")
    buyer_number: Mapped[int | None] = mapped_column(Integer)
    buyer_org_number: Mapped[str | None] = mapped_column(String(20))
    buyer_personal_number: Mapped[str | None] = mapped_column(String(20))
    buyer_vat_number: Mapped[str | None] = mapped_column(String(20))
    buyer_country: Mapped[str] = mapped_column(String(2), default="SE")
    buyer_billing_address: Mapped[str] = mapped_column(Text, default="")
    buyer_delivery_address: Mapped[str] = mapped_column(Text, default="")
    buyer_rot_rut_property: Mapped[str] = mapped_column(String(limits.ROT_RUT_PROPERTY), default="")
    buyer_rot_rut_housing_org_number: Mapped[str | None] = mapped_column(String(20))
    buyer_rot_rut_apartment_number: Mapped[str] = mapped_column(
        String(limits.APARTMENT), default=""
    )
    # Totals as issued, kept so that lists and balances need no recomputation.
    net_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    vat_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    rounding: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    rot_rut_deduction: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    # The last time the invoice was e-mailed, and to whom (None: never sent).
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    sent_to: Mapped[str | None] = mapped_column(String(limits.EMAIL))
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


class InvoiceLine(Base):
    """One line of an invoice: an article or free text, quantity × price less discount."""

    __tablename__ = "invoice_line"
    __table_args__ = (CheckConstraint(f"line_kind IN {LINE_KINDS}", name="line_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("article.id", ondelete="SET NULL"))
    article_number: Mapped[str] = mapped_column(String(limits.ARTICLE_NUMBER), default="")
    description: Mapped[str] = mapped_column(String(limits.LINE_DESCRIPTION), default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(1))
    unit: Mapped[str] = mapped_column(String(limits.UNIT), default="")
    unit_price: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    discount_percent: Mapped[Decimal] = mapped_column(Percent, default=Decimal(0))
    vat_rate: Mapped[Decimal] = mapped_column(Percent, default=Decimal(25))
    line_kind: Mapped[str] = mapped_column(String(10), default="other")
    work_type: Mapped[str] = mapped_column(String(30), default="", server_default="")
    sales_account: Mapped[str | None] = mapped_column(String(10))

    invoice: Mapped[Invoice] = relationship(back_populates="lines")


class Payment(Base):
    """Money received on an invoice. A reversed payment is kept (flagged) so its history stays."""

    __tablename__ = "payment"
    __table_args__ = (
        CheckConstraint(f"method IN {PAYMENT_METHODS}", name="method"),
        Index("ix_payment_invoice_reversed", "invoice_id", "reversed"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="RESTRICT"))
    payment_date: Mapped[dt.date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    method: Mapped[str] = mapped_column(String(10), default="transfer")
    reference: Mapped[str] = mapped_column(String(140), default="")
    # The bank's id of the transaction: a bank file read twice books nothing the second time.
    transaction_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    reversed: Mapped[bool] = mapped_column(Boolean, default=False)
    reversed_date: Mapped[dt.date | None] = mapped_column(Date)


class Event(Base):
    """A line of history: who changed what on a customer or an invoice, and when."""

    __tablename__ = "event"
    __table_args__ = (Index("ix_event_customer_at", "customer_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    by: Mapped[str] = mapped_column(String(100), default="")
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), index=True
    )
    action: Mapped[str] = mapped_column(String(30))
    # JSON text: {"field": [old, new], ...}; portable where a JSON column type is not.
    changes: Mapped[str] = mapped_column(Text, default="{}")


class ReferenceRate(Base):
    """The Riksbank reference rate in force from `valid_from` until the next (räntelagen 9 §)."""

    __tablename__ = "reference_rate"

    valid_from: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    percent: Mapped[Decimal] = mapped_column(Percent)


class Reminder(Base):
    """A reminder sent to a customer: the date, the fee it charged, and its invoices (items).

    The fee (and the items' förseningsersättning) are invoiced by a räntefaktura; `fee_invoice_id`
    is the one that charged the fee, so it is charged once.
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
