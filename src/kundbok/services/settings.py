"""Our company's settings: what is printed on invoices, and where the number series start."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal

from sqlalchemy import exists, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from kundbok.db.models import Company, Customer, Invoice
from kundbok.db.session import Database
from kundbok.domain import accounts, identifiers
from kundbok.domain.countries import country_code
from kundbok.domain.customer import check_account
from kundbok.domain.errors import (
    QT_TRANSLATE_NOOP,
    NotFoundError,
    RefusedError,
    ValidationError,
)
from kundbok.domain.invoicing import check_vat_rate, standard_vat_rate
from kundbok.domain.limits import COMPANY_FIELDS, check_lengths
from kundbok.domain.swish import normalize_swish_number
from kundbok.domain.text import cleaned
from kundbok.services.conflicts import check_version, stale_as_conflict
from kundbok.services.numbering import (
    CUSTOMER_SERIES,
    INVOICE_SERIES,
    peek_number,
    set_next_number,
)

COMPANY_ID = 1


@dataclass(frozen=True, kw_only=True)
class CompanySettings:
    """Our company as the settings dialog edits it."""

    name: str = ""
    org_number: str | None = None
    vat_number: str | None = None
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "SE"
    phone: str = ""
    email: str = ""
    website: str = ""
    bankgiro: str | None = None
    plusgiro: str | None = None
    iban: str | None = None
    bic: str | None = None
    swish: str | None = None  # Swish Företag: a second QR code on invoices in kronor
    f_tax: bool = True
    payment_terms_days: int = 30
    quote_valid_days: int = 30
    vat_rate: Decimal = field(default_factory=standard_vat_rate)
    sales_account: str = accounts.SALES
    receivables_account: str = accounts.RECEIVABLES
    # Valutakursvinst and valutakursförlust: a payment in another currency at another rate.
    exchange_gain_account: str = accounts.EXCHANGE_GAIN
    exchange_loss_account: str = accounts.EXCHANGE_LOSS
    logo: bytes | None = None
    logo_mime: str | None = None
    first_customer_number: int = 1
    next_invoice_number: int = 1
    # Whether the series may still be changed: fixed once used.
    customer_number_locked: bool = False
    invoice_number_locked: bool = False
    # The row's version when it was read; a save from an older one is refused (None: no check).
    version: int | None = None


_COLUMNS = tuple(
    f.name
    for f in fields(CompanySettings)
    if f.name
    not in (
        "first_customer_number",
        "next_invoice_number",
        "customer_number_locked",
        "invoice_number_locked",
        "version",
    )
)


def company_row(session: Session) -> Company:
    """The settings row. The schema makes it (migration 0003): reading it never writes, so a read
    transaction is never turned into a write that fails at once beside another writer."""
    company = session.get(Company, COMPANY_ID)
    if company is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "messages", "The database has no company settings: it was not made by Kundbok."
            )
        )
    return company


def _settings_of(session: Session, company: Company) -> CompanySettings:
    return CompanySettings(
        **{name: getattr(company, name) for name in _COLUMNS},
        first_customer_number=peek_number(session, CUSTOMER_SERIES),
        next_invoice_number=peek_number(session, INVOICE_SERIES),
        customer_number_locked=bool(session.scalar(select(exists().where(Customer.id > 0)))),
        invoice_number_locked=bool(
            session.scalar(select(exists().where(Invoice.number.is_not(None))))
        ),
        version=company.version,
    )


def get_company(db: Database) -> CompanySettings:
    """Our company's settings."""
    with db.unit_of_work() as session:
        settings = _settings_of(session, company_row(session))
        session.commit()
        return settings


def checked_company(settings: CompanySettings) -> CompanySettings:
    """`settings` checked and normalised as a save would, without saving: ValidationError."""
    return _normalised(settings)


def _normalised(settings: CompanySettings) -> CompanySettings:
    settings = cleaned(settings)  # printed on every invoice and written into every e-invoice
    if settings.payment_terms_days < 0 or settings.payment_terms_days > 365:
        raise ValidationError(
            "payment_terms_days",
            QT_TRANSLATE_NOOP("messages", "Payment terms must be between 0 and 365 days."),
        )
    if not 1 <= settings.quote_valid_days <= 365:
        raise ValidationError(
            "quote_valid_days",
            QT_TRANSLATE_NOOP("messages", "A quote stands for 1 to 365 days."),
        )
    if settings.first_customer_number < 1 or settings.next_invoice_number < 1:
        raise ValidationError(
            "first_customer_number",
            QT_TRANSLATE_NOOP("messages", "A number series starts at 1 or more."),
        )
    check_vat_rate(settings.vat_rate, dt.date.today())
    check_lengths(settings, COMPANY_FIELDS)
    # A country as a code or a name ("Sverige", "NO"); an unknown one is refused, never kept.
    settings = replace(settings, country=country_code(settings.country))
    return replace(
        settings,
        # The accounts the bookkeeping is written on: four digits of the BAS chart each.
        sales_account=check_account("sales_account", settings.sales_account),
        receivables_account=check_account("receivables_account", settings.receivables_account),
        exchange_gain_account=check_account(
            "exchange_gain_account", settings.exchange_gain_account
        ),
        exchange_loss_account=check_account(
            "exchange_loss_account", settings.exchange_loss_account
        ),
        org_number=identifiers.normalize_org_or_personal(settings.org_number or "", "company"),
        vat_number=identifiers.normalize_vat_number(settings.vat_number or ""),
        postcode=identifiers.normalize_postcode(settings.postcode, settings.country) or "",
        bankgiro=identifiers.normalize_bankgiro(settings.bankgiro or ""),
        plusgiro=identifiers.normalize_plusgiro(settings.plusgiro or ""),
        iban=identifiers.normalize_iban(settings.iban or ""),
        bic=identifiers.normalize_bic(settings.bic or ""),
        swish=normalize_swish_number(settings.swish),
        email=identifiers.normalize_email(settings.email) or "",
    )


def _editable(settings: CompanySettings) -> dict[str, object]:
    """What a save of the settings compares: the columns and the number series."""
    values: dict[str, object] = {name: getattr(settings, name) for name in _COLUMNS}
    values["first_customer_number"] = settings.first_customer_number
    values["next_invoice_number"] = settings.next_invoice_number
    return values


def save_company(db: Database, settings: CompanySettings) -> CompanySettings:
    """Save the settings; a number series can only be moved before its first number is used."""
    settings = _normalised(settings)
    with db.unit_of_work() as session:
        company = company_row(session)
        current = _settings_of(session, company)
        check_version(
            settings.version,
            company,
            lambda: _editable(current),
            _editable(settings),
            lambda: current,
        )
        if settings.first_customer_number != current.first_customer_number:
            if current.customer_number_locked:
                raise RefusedError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The first customer number cannot be changed once a customer is saved.",
                    )
                )
            set_next_number(session, CUSTOMER_SERIES, settings.first_customer_number)
        if settings.next_invoice_number != current.next_invoice_number:
            if current.invoice_number_locked:
                raise RefusedError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The invoice number series cannot be changed once an invoice is issued.",
                    )
                )
            set_next_number(session, INVOICE_SERIES, settings.next_invoice_number)
        for name in _COLUMNS:
            setattr(company, name, getattr(settings, name))
        company.updated_by = db.user
        # An UPDATE of the row even when only a number series moved: it raises the version.
        flag_modified(company, "updated_by")
        with stale_as_conflict():
            session.flush()
        saved = _settings_of(session, company)
        session.commit()
        return saved
