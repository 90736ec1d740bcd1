"""The mapped classes: our company, customers with addresses and contacts, articles, invoices.

Money columns hold integer öre (`Money`), rates hundredths of a percent (`Percent`): exact on
SQLite and PostgreSQL alike. Every table records when and by whom a row was made and last changed.
The register's tables and the billing tables live in modules of their own; all are named here.
"""

from kundbok.db.models.base import (
    INVOICE_KINDS,
    INVOICE_STATES,
    LINE_KINDS,
    NAMING_CONVENTION,
    ROT_RUT_KINDS,
    Audited,
    Base,
)
from kundbok.db.models.billing import (
    Article,
    ArticlePrice,
    Invoice,
    InvoiceLine,
    Payment,
    ReferenceRate,
    Reminder,
    ReminderItem,
)
from kundbok.db.models.contracts import (
    Contract,
    ContractAdjustment,
    ContractLine,
    ContractPeriod,
)
from kundbok.db.models.entries import Entry, EntryImport, EntryInvoicing
from kundbok.db.models.quotes import QUOTE_STATES, Quote, QuoteBilled, QuoteLine
from kundbok.db.models.register import (
    Address,
    Company,
    Contact,
    Customer,
    CustomerFile,
    CustomerGroup,
    Event,
    NumberSeries,
    PriceList,
    SearchTerm,
)

__all__ = [
    "INVOICE_KINDS",
    "INVOICE_STATES",
    "LINE_KINDS",
    "NAMING_CONVENTION",
    "QUOTE_STATES",
    "ROT_RUT_KINDS",
    "Address",
    "Article",
    "ArticlePrice",
    "Audited",
    "Base",
    "Company",
    "Contact",
    "Contract",
    "ContractAdjustment",
    "ContractLine",
    "ContractPeriod",
    "Customer",
    "CustomerFile",
    "CustomerGroup",
    "Entry",
    "EntryImport",
    "EntryInvoicing",
    "Event",
    "Invoice",
    "InvoiceLine",
    "NumberSeries",
    "Payment",
    "PriceList",
    "Quote",
    "QuoteBilled",
    "QuoteLine",
    "ReferenceRate",
    "Reminder",
    "ReminderItem",
    "SearchTerm",
]
