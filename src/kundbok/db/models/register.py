"""The register's tables: our company, number series, customer groups, customers with
addresses and contacts, the search index and the history of events."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kundbok.db.models.base import Audited, Base
from kundbok.db.types import Money, Percent
from kundbok.domain import accounts, limits
from kundbok.domain.customer import ADDRESS_KINDS, CUSTOMER_KINDS
from kundbok.domain.invoicing import standard_vat_rate


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
    # How long a new quote stands (days from its date to its valid-until date).
    quote_valid_days: Mapped[int] = mapped_column(Integer, default=30, server_default="30")
    vat_rate: Mapped[Decimal] = mapped_column(Percent, default=standard_vat_rate)
    sales_account: Mapped[str] = mapped_column(String(10), default=accounts.SALES)
    receivables_account: Mapped[str] = mapped_column(String(10), default=accounts.RECEIVABLES)
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
    fee_account: Mapped[str] = mapped_column(
        String(10), default=accounts.FEES, server_default=accounts.FEES
    )
    compensation_account: Mapped[str] = mapped_column(
        String(10), default=accounts.FEES, server_default=accounts.FEES
    )
    interest_account: Mapped[str] = mapped_column(
        String(10), default=accounts.INTEREST, server_default=accounts.INTEREST
    )
    # Where a payment in another currency books what its rate gained or lost against the invoice's.
    exchange_gain_account: Mapped[str] = mapped_column(
        String(10), default=accounts.EXCHANGE_GAIN, server_default=accounts.EXCHANGE_GAIN
    )
    exchange_loss_account: Mapped[str] = mapped_column(
        String(10), default=accounts.EXCHANGE_LOSS, server_default=accounts.EXCHANGE_LOSS
    )
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
    # The Swish Företag number (123 xxx xx xx) printed as a second QR code on SEK invoices.
    swish: Mapped[str | None] = mapped_column(String(10))
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
    # Prices agreed with the group's customers, when a customer has no list of its own.
    price_list_id: Mapped[int | None] = mapped_column(ForeignKey("price_list.id"))
    # The credit limit a new customer of the group takes (NULL: none).
    credit_limit: Mapped[Decimal | None] = mapped_column(Money)


class PriceList(Audited, Base):
    """A named price list (prislista) that customers and customer groups can have."""

    __tablename__ = "price_list"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


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
    # The customer's price list (before its group's), and the most it may owe (NULL: no limit).
    price_list_id: Mapped[int | None] = mapped_column(ForeignKey("price_list.id"))
    credit_limit: Mapped[Decimal | None] = mapped_column(Money)
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


class CustomerFile(Audited, Base):
    """A document kept on a customer (a contract, a photo, a signed quote), its bytes in the
    database so that a backup carries it; `created_at`/`created_by` say who added it."""

    __tablename__ = "customer_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(limits.FILE_NAME))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    # Read only when the file is opened: listing the files never loads their bytes.
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
