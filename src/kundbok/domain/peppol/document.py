"""What a Peppol e-invoice is made of, as plain values, and the checks before one is written.

The service gathers the invoice, our company and the buyer's Peppol address into an `EInvoice`;
`check_sendable` refuses what the Peppol network would refuse, naming the missing field, before
any file is written.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from kundbok.domain.errors import QT_TRANSLATE_NOOP, RefusedError
from kundbok.domain.invoice import InvoiceDetails, InvoiceKind, InvoiceState, LineDetails
from kundbok.domain.money import round_ore
from kundbok.domain.peppol.codes import (
    EXPORT,
    INTRA_EU_GOODS,
    REVERSE_CHARGE,
    VatCategory,
    vat_category,
)

CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
F_TAX_STATEMENT = "Godkänd för F-skatt"
_SWEDISH_POSTCODE = re.compile(r"^(\d{3} ?\d{2})\s+(.+)$")
_FOREIGN_PLACE = re.compile(r"^(\S*\d\S*)\s+(.+)$")


@dataclass(frozen=True)
class Address:
    """A postal address split as UBL wants it."""

    country: str
    street: str = ""
    street2: str = ""
    more: str = ""
    postcode: str = ""
    city: str = ""


def address_of_text(text: str, country: str) -> Address:
    """An address from the lines an invoice keeps ("street", "111 22 City", "DE"): the line
    with the postcode and city is found by its shape; lines before it are the street."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    country = (country or "SE").upper()
    if lines and lines[-1].upper() == country:
        lines.pop()
    postcode = city = ""
    if lines:
        shape = _SWEDISH_POSTCODE if country == "SE" else _FOREIGN_PLACE
        match = shape.match(lines[-1])
        if match:
            postcode, city = match.group(1).replace(" ", ""), match.group(2)
            lines.pop()
    lines += ["", "", ""]
    return Address(country, lines[0], lines[1], ", ".join(filter(None, lines[2:])), postcode, city)


@dataclass(frozen=True)
class Seller:
    """Our company as the e-invoice presents it."""

    name: str
    org_number: str | None
    vat_number: str | None
    f_tax: bool
    address: Address
    phone: str = ""
    email: str = ""
    bankgiro: str | None = None
    plusgiro: str | None = None
    iban: str | None = None
    bic: str | None = None


@dataclass(frozen=True)
class Buyer:
    """Where the buyer receives e-invoices, and who it is (frozen on the invoice)."""

    peppol_scheme: str | None
    peppol_id: str | None
    buyer_reference: str  # BT-10: the invoice's, else the customer card's


@dataclass(frozen=True)
class EInvoice:
    """Everything one UBL document is written from."""

    invoice: InvoiceDetails
    seller: Seller
    buyer: Buyer
    rot_rut_deduction: Decimal = Decimal(0)
    credited_number: int | None = None
    credited_date: dt.date | None = None
    pdf: bytes = b""
    pdf_name: str = ""

    @property
    def is_credit_note(self) -> bool:
        return self.invoice.kind == InvoiceKind.CREDIT_NOTE

    @property
    def sign(self) -> Decimal:
        """A credit note's lines are stored negated; its UBL document states them positive."""
        return Decimal(-1) if self.is_credit_note else Decimal(1)


@dataclass(frozen=True)
class TaxSubtotal:
    category: VatCategory
    taxable: Decimal
    tax: Decimal


@dataclass(frozen=True)
class Breakdown:
    """The VAT breakdown per category and rate, and the category of each line."""

    line_categories: tuple[VatCategory, ...]
    subtotals: tuple[TaxSubtotal, ...]


def vat_breakdown(document: EInvoice) -> Breakdown:
    """Each line's category, and the taxable amount and VAT per category, in the document's
    sign; VAT rounded per rate to öre as the invoice prints it."""
    invoice = document.invoice
    categories = tuple(
        vat_category(
            line.vat_rate,
            line.kind,
            invoice.reverse_charge,
            invoice.buyer_country,
            invoice.language,
        )
        for line in invoice.lines
    )
    bases: dict[VatCategory, Decimal] = {}
    for line, category in zip(invoice.lines, categories, strict=True):
        bases[category] = bases.get(category, Decimal(0)) + line.amount * document.sign
    subtotals = tuple(
        TaxSubtotal(category, base, round_ore(base * category.percent / 100))
        for category, base in sorted(bases.items(), key=lambda item: (-item[0].percent, item[0]))
    )
    return Breakdown(categories, subtotals)


def line_item_name(line: LineDetails) -> str:
    """The item's name (BT-153, required): the description, else the article number."""
    return line.description.strip() or line.article_number


def check_sendable(document: EInvoice) -> None:
    """Refuse, with a message naming what is missing, an invoice that Peppol would refuse."""
    invoice, seller, buyer = document.invoice, document.seller, document.buyer
    if invoice.state == InvoiceState.DRAFT or invoice.number is None:
        raise RefusedError(
            QT_TRANSLATE_NOOP("messages", "A draft cannot be sent as an e-invoice: issue it first.")
        )
    if not (seller.org_number and seller.name.strip()):
        # Our electronic address (PEPPOL-EN16931-R020) is our organisationsnummer under 0007;
        # our name is mandatory (BT-27).
        raise RefusedError(
            QT_TRANSLATE_NOOP(
                "messages",
                "An e-invoice needs your company's name and organisation number: enter them in "
                "the settings.",
            )
        )
    codes = {category.code for category in vat_breakdown(document).line_categories}
    if not seller.vat_number and (
        not seller.f_tax or codes & {REVERSE_CHARGE, INTRA_EU_GOODS, EXPORT}
    ):
        # BR-S-02, BR-E-02: a VAT number or the F-tax registration; BR-AE-02, BR-IC-02 and
        # BR-G-02: a sale without Swedish VAT needs the VAT number.
        raise RefusedError(
            QT_TRANSLATE_NOOP(
                "messages", "An e-invoice needs your VAT number: enter it in the settings."
            )
        )
    if not (buyer.peppol_scheme and buyer.peppol_id):
        raise RefusedError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Invoice {number}: {name} has no Peppol participant id. Enter it on the "
                "customer card (E-invoice tab).",
            ),
            number=invoice.number,
            name=invoice.buyer_name,
        )
    if not buyer.buyer_reference.strip() and not invoice.order_reference.strip():
        raise RefusedError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Invoice {number} has neither a buyer reference nor an order reference; Peppol "
                "requires one (public buyers give a reference code). Enter the buyer reference "
                "on the customer card or the invoice.",
            ),
            number=invoice.number,
        )
    if document.is_credit_note and document.credited_number is None:
        raise RefusedError(
            QT_TRANSLATE_NOOP(
                "messages", "Credit note {number} does not say which invoice it credits."
            ),
            number=invoice.number,
        )
