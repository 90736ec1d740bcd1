"""One invoice or credit note as a UBL 2.1 document of Peppol BIS Billing 3.0.

Elements come in the order the UBL schema demands; amounts are written with two decimals, exact
from öre; no element is written empty (PEPPOL-EN16931-R008). A credit note's lines are stored
negated and are written positive, as a UBL CreditNote states them.
"""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from decimal import Decimal

from kundbok.domain.currency import SEK
from kundbok.domain.invoice import LineDetails
from kundbok.domain.money import ORE, round_ore
from kundbok.domain.peppol.codes import VatCategory, unit_code
from kundbok.domain.peppol.document import (
    CUSTOMIZATION_ID,
    F_TAX_STATEMENT,
    PROFILE_ID,
    Address,
    EInvoice,
    address_of_text,
    line_item_name,
    vat_breakdown,
)
from kundbok.domain.peppol.participants import SWEDISH_ORGANISATION
from kundbok.domain.text import without_control_characters

INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
# Prefixes as Peppol's own examples and rules write them (ElementTree has no default namespace
# for a document whose attributes are unqualified).
for _prefix, _uri in (("ubl", INVOICE_NS), ("cn", CREDIT_NOTE_NS), ("cac", CAC), ("cbc", CBC)):
    ET.register_namespace(_prefix, _uri)
CREDIT_TRANSFER = "30"
INVOICE_TYPE = "380"
CREDIT_NOTE_TYPE = "381"
_PAYMENT_TERMS = {"sv": "{days} dagar netto", "en": "{days} days net"}
_ROT_RUT_NOTE = {
    "sv": "Skattereduktion för {kind} som begärs hos Skatteverket: {amount} {currency}.",
    "en": "Tax reduction ({kind}) claimed from the Swedish Tax Agency: {amount} {currency}.",
}


def _amount(value: Decimal) -> str:
    return f"{value.quantize(ORE):f}"


def _quantity(value: Decimal) -> str:
    """A quantity or percentage without trailing zeros: "3", "1.5", "25"."""
    return f"{value.normalize():f}"


class _Builder:
    """Appends UBL elements; an empty text or None leaves the element out."""

    def __init__(self, currency: str) -> None:
        self.currency = currency

    def basic(
        self, parent: ET.Element, tag: str, text: str | None, **attributes: str
    ) -> ET.Element | None:
        if text is None or not str(text).strip():
            return None
        element = ET.SubElement(parent, f"{{{CBC}}}{tag}", attributes)
        # Clean also here: an invoice issued before texts were cleaned may still hold
        # characters that XML does not allow.
        element.text = without_control_characters(str(text), multi_line=True).strip()
        return element

    def money(self, parent: ET.Element, name: str, value: Decimal) -> None:
        self.basic(parent, name, _amount(value), currencyID=self.currency)

    def group(self, parent: ET.Element, name: str) -> ET.Element:
        return ET.SubElement(parent, f"{{{CAC}}}{name}")


def _address(b: _Builder, parent: ET.Element, name: str, address: Address) -> None:
    element = b.group(parent, name)
    b.basic(element, "StreetName", address.street)
    b.basic(element, "AdditionalStreetName", address.street2)
    b.basic(element, "CityName", address.city)
    b.basic(element, "PostalZone", address.postcode)
    if address.more:
        b.basic(b.group(element, "AddressLine"), "Line", address.more)
    b.basic(b.group(element, "Country"), "IdentificationCode", address.country)


def _tax_scheme(b: _Builder, parent: ET.Element, company_id: str, scheme: str) -> None:
    element = b.group(parent, "PartyTaxScheme")
    b.basic(element, "CompanyID", company_id)
    b.basic(b.group(element, "TaxScheme"), "ID", scheme)


def _contact(b: _Builder, parent: ET.Element, name: str, phone: str = "", email: str = "") -> None:
    if any(part.strip() for part in (name, phone, email)):
        contact = b.group(parent, "Contact")
        b.basic(contact, "Name", name)
        b.basic(contact, "Telephone", phone)
        b.basic(contact, "ElectronicMail", email)


def _seller(b: _Builder, root: ET.Element, document: EInvoice) -> None:
    seller = document.seller
    party = b.group(b.group(root, "AccountingSupplierParty"), "Party")
    b.basic(party, "EndpointID", seller.org_number, schemeID=SWEDISH_ORGANISATION)
    b.basic(b.group(party, "PartyName"), "Name", seller.name)
    _address(b, party, "PostalAddress", seller.address)
    if seller.vat_number:
        _tax_scheme(b, party, seller.vat_number, "VAT")
    if seller.f_tax:
        # The Swedish way of stating F-tax approval (SE-R-005): a tax registration that is not VAT.
        _tax_scheme(b, party, F_TAX_STATEMENT, "TAX")
    legal = b.group(party, "PartyLegalEntity")
    b.basic(legal, "RegistrationName", seller.name)
    b.basic(legal, "CompanyID", seller.org_number, schemeID=SWEDISH_ORGANISATION)
    _contact(b, party, document.invoice.our_reference, seller.phone, seller.email)


def _buyer(b: _Builder, root: ET.Element, document: EInvoice) -> None:
    invoice, buyer = document.invoice, document.buyer
    party = b.group(b.group(root, "AccountingCustomerParty"), "Party")
    b.basic(party, "EndpointID", buyer.peppol_id, schemeID=buyer.peppol_scheme or "")
    b.basic(b.group(party, "PartyName"), "Name", invoice.buyer_name)
    _address(
        b,
        party,
        "PostalAddress",
        address_of_text(invoice.buyer_billing_address, invoice.buyer_country),
    )
    if invoice.buyer_vat_number:
        _tax_scheme(b, party, invoice.buyer_vat_number, "VAT")
    legal = b.group(party, "PartyLegalEntity")
    b.basic(legal, "RegistrationName", invoice.buyer_name)
    if invoice.buyer_org_number:
        swedish = invoice.buyer_country == "SE"
        attributes = {"schemeID": SWEDISH_ORGANISATION} if swedish else {}
        b.basic(legal, "CompanyID", invoice.buyer_org_number, **attributes)
    _contact(b, party, invoice.their_reference)


def _delivery(b: _Builder, root: ET.Element, document: EInvoice, intra_eu: bool) -> None:
    """The delivery date and place; an intra-EU supply must state both (BR-IC-11, BR-IC-12)."""
    invoice = document.invoice
    day = invoice.delivery_date or (invoice.invoice_date if intra_eu else None)
    text = invoice.buyer_delivery_address
    if day is None and not text and not intra_eu:
        return
    delivery = b.group(root, "Delivery")
    b.basic(delivery, "ActualDeliveryDate", day.isoformat() if day else None)
    if text or intra_eu:
        place = address_of_text(text or invoice.buyer_billing_address, invoice.buyer_country)
        _address(b, b.group(delivery, "DeliveryLocation"), "Address", place)


def _payment_means(b: _Builder, root: ET.Element, document: EInvoice) -> None:
    """Bankgiro, plusgiro and IBAN, each a credit transfer (code 30) with the OCR reference."""
    seller, invoice = document.seller, document.invoice
    accounts = [
        (seller.bankgiro, "SE:BANKGIRO"),
        (seller.plusgiro, "SE:PLUSGIRO"),
        (seller.iban, seller.bic),
    ]
    for account, branch in accounts:
        if not account:
            continue
        means = b.group(root, "PaymentMeans")
        b.basic(means, "PaymentMeansCode", CREDIT_TRANSFER)
        b.basic(means, "PaymentID", invoice.ocr)
        financial = b.group(means, "PayeeFinancialAccount")
        b.basic(financial, "ID", account)
        b.basic(financial, "Name", seller.name)
        if branch:
            b.basic(b.group(financial, "FinancialInstitutionBranch"), "ID", branch)


def _tax_category(
    b: _Builder, parent: ET.Element, name: str, category: VatCategory, reason: bool
) -> None:
    element = b.group(parent, name)
    b.basic(element, "ID", category.code)
    b.basic(element, "Percent", _quantity(category.percent))
    if reason:
        b.basic(element, "TaxExemptionReasonCode", category.exemption_code)
        b.basic(element, "TaxExemptionReason", category.exemption_reason)
    b.basic(b.group(element, "TaxScheme"), "ID", "VAT")


def _line(
    b: _Builder,
    root: ET.Element,
    document: EInvoice,
    position: int,
    line: LineDetails,
    category: VatCategory,
) -> None:
    sign = document.sign
    quantity, price = line.quantity * sign, line.unit_price
    if price < 0:  # a price is never negative (BR-27): a deduction line has a negative quantity
        quantity, price = -quantity, -price
    name = "CreditNoteLine" if document.is_credit_note else "InvoiceLine"
    element = b.group(root, name)
    b.basic(element, "ID", str(position))
    quantity_name = "CreditedQuantity" if document.is_credit_note else "InvoicedQuantity"
    b.basic(element, quantity_name, _quantity(quantity), unitCode=unit_code(line.unit))
    b.money(element, "LineExtensionAmount", line.amount * sign)
    if line.discount_percent:
        gross = round_ore(quantity * price)
        allowance = b.group(element, "AllowanceCharge")
        b.basic(allowance, "ChargeIndicator", "false")
        b.basic(allowance, "AllowanceChargeReasonCode", "95")
        reason = "Rabatt" if document.invoice.language == "sv" else "Discount"
        b.basic(allowance, "AllowanceChargeReason", reason)
        b.basic(allowance, "MultiplierFactorNumeric", _quantity(line.discount_percent))
        b.money(allowance, "Amount", gross - line.amount * sign)
        b.money(allowance, "BaseAmount", gross)
    item = b.group(element, "Item")
    b.basic(item, "Name", line_item_name(line))
    if line.article_number:
        b.basic(b.group(item, "SellersItemIdentification"), "ID", line.article_number)
    _tax_category(b, item, "ClassifiedTaxCategory", category, reason=False)
    b.money(b.group(element, "Price"), "PriceAmount", price)


def _attachment(b: _Builder, root: ET.Element, document: EInvoice) -> None:
    """The invoice's PDF, as the buyer would have had it on paper."""
    if not document.pdf:
        return
    reference = b.group(root, "AdditionalDocumentReference")
    b.basic(reference, "ID", str(document.invoice.number))
    b.basic(reference, "DocumentDescription", document.pdf_name.removesuffix(".pdf"))
    attachment = b.group(reference, "Attachment")
    b.basic(
        attachment,
        "EmbeddedDocumentBinaryObject",
        base64.b64encode(document.pdf).decode("ascii"),
        mimeCode="application/pdf",
        filename=document.pdf_name,
    )


def _note(document: EInvoice) -> str:
    """The one document-level note Peppol allows (R002): the invoice text and the ROT/RUT claim."""
    invoice = document.invoice
    parts = [invoice.text.strip()]
    if document.rot_rut_deduction:
        template = _ROT_RUT_NOTE.get(invoice.language, _ROT_RUT_NOTE["en"])
        parts.append(
            template.format(
                kind=invoice.rot_rut.upper(),
                # A credit note gives the claim back; its amounts are positive, as Peppol's are.
                amount=_amount(abs(document.rot_rut_deduction)),
                currency=invoice.currency,
            )
        )
    return "\n".join(part for part in parts if part)


def _header(b: _Builder, root: ET.Element, document: EInvoice) -> None:
    invoice = document.invoice
    b.basic(root, "CustomizationID", CUSTOMIZATION_ID)
    b.basic(root, "ProfileID", PROFILE_ID)
    b.basic(root, "ID", str(invoice.number))
    b.basic(root, "IssueDate", invoice.invoice_date.isoformat() if invoice.invoice_date else None)
    if document.is_credit_note:
        b.basic(root, "CreditNoteTypeCode", CREDIT_NOTE_TYPE)
    else:
        b.basic(root, "DueDate", invoice.due_date.isoformat() if invoice.due_date else None)
        b.basic(root, "InvoiceTypeCode", INVOICE_TYPE)
    b.basic(root, "Note", _note(document))
    b.basic(root, "DocumentCurrencyCode", invoice.currency)
    if invoice.vat_in_kronor() is not None:
        # BT-6: the VAT is accounted in kronor (ML 17 kap. 29 §); its amount, BT-111, follows.
        b.basic(root, "TaxCurrencyCode", SEK)
    b.basic(root, "BuyerReference", document.buyer.buyer_reference)
    if invoice.order_reference.strip():
        b.basic(b.group(root, "OrderReference"), "ID", invoice.order_reference)
    if document.credited_number is not None:
        reference = b.group(b.group(root, "BillingReference"), "InvoiceDocumentReference")
        b.basic(reference, "ID", str(document.credited_number))
        credited = document.credited_date
        b.basic(reference, "IssueDate", credited.isoformat() if credited else None)
    _attachment(b, root, document)


def ubl_document(document: EInvoice) -> bytes:
    """The UBL 2.1 Invoice or CreditNote, UTF-8 with an XML declaration."""
    invoice = document.invoice
    sign = document.sign
    breakdown = vat_breakdown(document)
    namespace = CREDIT_NOTE_NS if document.is_credit_note else INVOICE_NS
    root = ET.Element(f"{{{namespace}}}{'CreditNote' if document.is_credit_note else 'Invoice'}")
    b = _Builder(invoice.currency)
    _header(b, root, document)
    _seller(b, root, document)
    _buyer(b, root, document)
    codes = {category.code for category in breakdown.line_categories}
    _delivery(b, root, document, intra_eu="K" in codes)
    if not document.is_credit_note:
        _payment_means(b, root, document)
        b.basic(
            b.group(root, "PaymentTerms"),
            "Note",
            _PAYMENT_TERMS.get(invoice.language, _PAYMENT_TERMS["en"]).format(
                days=invoice.payment_terms_days
            ),
        )
    totals = invoice.totals()
    tax_total = b.group(root, "TaxTotal")
    b.money(tax_total, "TaxAmount", totals.vat * sign)
    for subtotal in breakdown.subtotals:
        element = b.group(tax_total, "TaxSubtotal")
        b.money(element, "TaxableAmount", subtotal.taxable)
        b.money(element, "TaxAmount", subtotal.tax)
        _tax_category(b, element, "TaxCategory", subtotal.category, reason=True)
    vat_in_kronor = invoice.vat_in_kronor(totals)
    if vat_in_kronor is not None:
        # BT-111 in a tax total of its own, without subtotals (PEPPOL-EN16931-R054), of the
        # same sign as the one above (R055).
        in_kronor = b.group(root, "TaxTotal")
        b.basic(in_kronor, "TaxAmount", _amount(vat_in_kronor * sign), currencyID=SEK)
    monetary = b.group(root, "LegalMonetaryTotal")
    b.money(monetary, "LineExtensionAmount", totals.net * sign)
    b.money(monetary, "TaxExclusiveAmount", totals.net * sign)
    b.money(monetary, "TaxInclusiveAmount", (totals.net + totals.vat) * sign)
    if document.rot_rut_deduction:
        b.money(monetary, "PrepaidAmount", document.rot_rut_deduction * sign)
    if totals.rounding:
        b.money(monetary, "PayableRoundingAmount", totals.rounding * sign)
    b.money(monetary, "PayableAmount", (totals.total - document.rot_rut_deduction) * sign)
    for position, (line, category) in enumerate(
        zip(invoice.lines, breakdown.line_categories, strict=True), start=1
    ):
        _line(b, root, document, position, line, category)
    ET.indent(root)
    xml: bytes = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    return xml
