"""Our company as the seller of an invoice: whether it shows all an invoice must say of it."""

from __future__ import annotations

from sqlalchemy import exists, select

from kundbok.db.models import Company, Customer
from kundbok.db.session import Database
from kundbok.domain.invoice import InvoiceDetails
from kundbok.domain.seller import Seller
from kundbok.services.settings import CompanySettings, company_row, get_company

SELLER_FIELDS = (
    "name",
    "street",
    "postcode",
    "city",
    "org_number",
    "vat_number",
    "bankgiro",
    "plusgiro",
    "iban",
)


def seller_of(company: CompanySettings | Company) -> Seller:
    """The seller's details of the company settings or of the stored company row."""
    return Seller(**{name: getattr(company, name) or "" for name in SELLER_FIELDS})


def needs_vat_number(invoice: InvoiceDetails) -> bool:
    """True when the invoice charges VAT or is reverse-charged: only a company registered for
    VAT does either, and its VAT registration number must be on the invoice then."""
    return invoice.reverse_charge or any(line.vat_rate != 0 for line in invoice.lines)


def company_is_blank(db: Database) -> bool:
    """True while nothing of the seller has been filled in (a new register's company)."""
    return seller_of(get_company(db)) == Seller()


def is_new_register(db: Database) -> bool:
    """True for a register with no customers whose company has no details yet: the first
    start, when the company's set-up is offered."""
    with db.unit_of_work(write=False) as session:
        has_customers = bool(session.scalar(select(exists().where(Customer.id > 0))))
        company = seller_of(company_row(session))
    return not has_customers and company == Seller()
