"""E-invoices pass the official checks in their order: the UBL 2.1 schema, the CEN EN 16931
rules, then the Peppol and Swedish rules; what Peppol would refuse is refused before writing."""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from lxml import etree
from saxonche import PySaxonProcessor
from tests.helpers.shortcuts import new_draft

from helpers.peppol_validation import (
    NS,
    CenRules,
    peppol_and_swedish_rule_violations,
    schema_errors,
)
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.errors import NotFoundError, RefusedError
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer, get_customer, update_customer
from kundbok.services.invoices import create_credit_note, issue_invoice, save_draft
from kundbok.services.peppol_export import export_peppol, export_peppol_invoices, peppol_xml
from kundbok.services.settings import get_company, save_company

TODAY = dt.date(2026, 11, 23)
EURO_RATE = D("11.4350")


@pytest.fixture(scope="session")
def cen_rules(tmp_path_factory):
    """The CEN Schematron compiled once per test session."""
    with PySaxonProcessor(license=False) as processor:
        yield CenRules(processor, tmp_path_factory.mktemp("cen"))


def _issue(db, customer, lines, **changes):
    draft = replace(new_draft(db, customer.id, TODAY), lines=lines, **changes)
    if draft.currency != "SEK" and draft.exchange_rate is None:
        draft = replace(draft, exchange_rate=EURO_RATE)  # issued with its rate to SEK
    return issue_invoice(db, save_draft(db, draft).id, TODAY)


@pytest.fixture
def municipality(db, company):
    return create_customer(
        db,
        CustomerDetails(
            name="Umeå kommun",
            org_number="212000-2742",
            reference="Märta Öberg",
            peppol_scheme="0007",
            peppol_id="212000-2742",
            buyer_reference="UK4711",
            addresses=(AddressDetails(street="Skolgatan 31A", postcode="90184", city="Umeå"),),
        ),
    )


@pytest.fixture
def german_buyer(db, company):
    return create_customer(
        db,
        CustomerDetails(
            name="Müller Bau GmbH",
            country="DE",
            vat_number="DE136695976",
            peppol_scheme="0088",
            peppol_id="4000001000005",
            addresses=(
                AddressDetails(
                    street="Hauptstraße 5", postcode="10115", city="Berlin", country="DE"
                ),
            ),
        ),
    )


def _domestic(db, customer, **changes):
    return _issue(
        db,
        customer,
        (
            LineDetails(
                description="Byte av blandare", quantity=D(3), unit="tim", unit_price=D("650.33")
            ),
            LineDetails(
                description="Blandare", article_number="201", unit="st", unit_price=D("1895")
            ),
        ),
        order_reference="PO-2026-118",
        text="Tack för uppdraget!",
        **changes,
    )


def _multi_rate(db, customer):
    return _issue(
        db,
        customer,
        (
            LineDetails(
                description="Konsulttimmar", quantity=D("2.5"), unit="tim", unit_price=D("1150")
            ),
            LineDetails(
                description="Fika",
                quantity=D("1.5"),
                unit="kg",
                unit_price=D("99.99"),
                vat_rate=D(12),
                discount_percent=D(10),
            ),
            LineDetails(
                description="Bok: Bokföring i praktiken",
                unit="st",
                unit_price=D("399"),
                vat_rate=D(6),
            ),
        ),
    )


def _reverse_charge(db, customer):
    return _issue(
        db,
        customer,
        (
            LineDetails(
                description="Montage", quantity=D(8), unit="tim", unit_price=D(95), vat_rate=D(0)
            ),
            LineDetails(
                description="Pump", unit="st", unit_price=D(1200), vat_rate=D(0), kind="material"
            ),
        ),
        currency="EUR",
        order_reference="4500012345",
    )


def _documents(db, municipality, german_buyer):
    domestic = _domestic(db, municipality)
    credit = create_credit_note(db, _domestic(db, municipality).id, TODAY)
    in_euro = _domestic(db, municipality, currency="EUR")
    return {
        "domestic": peppol_xml(db, domestic.id),
        "multi-rate": peppol_xml(db, _multi_rate(db, municipality).id),
        "reverse charge": peppol_xml(db, _reverse_charge(db, german_buyer).id),
        "credit note": peppol_xml(db, credit.id),
        "in euro": peppol_xml(db, in_euro.id),
        "credit note in euro": peppol_xml(db, create_credit_note(db, in_euro.id, TODAY).id),
    }


def test_every_document_passes_schema_cen_and_peppol_rules(
    db, municipality, german_buyer, cen_rules
):
    for name, xml in _documents(db, municipality, german_buyer).items():
        assert schema_errors(xml) == [], name
        fatal = [f for f in cen_rules.findings(xml) if f.flag == "fatal"]
        assert fatal == [], name
        assert peppol_and_swedish_rule_violations(xml) == [], name


def test_no_cen_warning_is_left(db, municipality, german_buyer, cen_rules):
    for name, xml in _documents(db, municipality, german_buyer).items():
        assert cen_rules.findings(xml) == [], name


def _xml(data: bytes) -> etree._Element:
    return etree.fromstring(data)


def test_domestic_invoice_carries_what_the_invoice_has(db, municipality):
    invoice = _domestic(db, municipality)
    doc = _xml(peppol_xml(db, invoice.id))
    text = lambda path: doc.xpath(path, namespaces=NS)  # noqa: E731
    assert etree.QName(doc).localname == "Invoice"
    assert text("cbc:BuyerReference/text()") == ["UK4711"]
    assert text("cac:OrderReference/cbc:ID/text()") == ["PO-2026-118"]
    assert text("cac:AccountingSupplierParty//cbc:EndpointID/@schemeID") == ["0007"]
    assert text("cac:AccountingSupplierParty//cbc:EndpointID/text()") == ["5560360793"]
    assert text("cac:AccountingCustomerParty//cbc:EndpointID/text()") == ["2120002742"]
    assert text(
        "cac:AccountingSupplierParty//cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='TAX']/cbc:CompanyID/text()"
    ) == ["Godkänd för F-skatt"]
    assert text("cac:AccountingCustomerParty//cac:Contact/cbc:Name/text()") == ["Märta Öberg"]
    assert text("cac:PaymentMeans/cbc:PaymentMeansCode/text()") == ["30", "30"]
    assert text("cac:PaymentMeans/cbc:PaymentID/text()") == [invoice.ocr, invoice.ocr]
    assert text("cac:PaymentMeans[1]/cac:PayeeFinancialAccount/cbc:ID/text()") == ["50501055"]
    assert text("cac:PaymentMeans[1]//cac:FinancialInstitutionBranch/cbc:ID/text()") == [
        "SE:BANKGIRO"
    ]
    # 3 × 650.33 + 1895 = 3845.99, VAT 961.50: 4807.49 rounded to 4807 (öresutjämning −0.49).
    assert text("cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount/text()") == ["4807.49"]
    assert text("cac:LegalMonetaryTotal/cbc:PayableRoundingAmount/text()") == ["-0.49"]
    assert text("cac:LegalMonetaryTotal/cbc:PayableAmount/text()") == ["4807.00"]
    assert text("cac:InvoiceLine/cbc:InvoicedQuantity/@unitCode") == ["HUR", "H87"]
    pdf = text("cac:AdditionalDocumentReference/cac:Attachment/cbc:EmbeddedDocumentBinaryObject")
    assert pdf[0].get("mimeCode") == "application/pdf"
    assert base64.b64decode(pdf[0].text).startswith(b"%PDF")


def test_multi_rate_invoice_has_a_breakdown_per_rate(db, municipality):
    doc = _xml(peppol_xml(db, _multi_rate(db, municipality).id))
    subtotals = doc.xpath("cac:TaxTotal/cac:TaxSubtotal", namespaces=NS)
    assert [
        (
            s.findtext("cac:TaxCategory/cbc:ID", None, NS),
            s.findtext("cac:TaxCategory/cbc:Percent", None, NS),
        )
        for s in subtotals
    ] == [("S", "25"), ("S", "12"), ("S", "6")]
    assert [s.findtext("cbc:TaxAmount", None, NS) for s in subtotals] == [
        "718.75",
        "16.20",
        "23.94",
    ]


def test_reverse_charge_states_why_no_vat_is_charged(db, german_buyer):
    doc = _xml(peppol_xml(db, _reverse_charge(db, german_buyer).id))
    categories = {
        s.findtext("cbc:ID", None, NS): s.findtext("cbc:TaxExemptionReasonCode", None, NS)
        for s in doc.xpath("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory", namespaces=NS)
    }
    assert categories == {"AE": "VATEX-EU-AE", "K": "VATEX-EU-IC"}
    assert doc.xpath(
        "cac:AccountingCustomerParty//cac:PartyTaxScheme/cbc:CompanyID/text()", namespaces=NS
    ) == ["DE136695976"]
    assert doc.xpath(
        "cac:Delivery/cac:DeliveryLocation//cbc:IdentificationCode/text()", namespaces=NS
    ) == ["DE"]
    assert set(doc.xpath("//@currencyID")) == {"EUR", "SEK"}
    assert doc.xpath("cac:TaxTotal/cbc:TaxAmount/text()", namespaces=NS) == ["0.00", "0.00"]


def test_an_invoice_in_euro_states_its_vat_in_kronor(db, municipality):
    invoice = _domestic(db, municipality, currency="EUR")
    credit = create_credit_note(db, invoice.id, TODAY)
    for document in (invoice, credit):
        doc = _xml(peppol_xml(db, document.id))
        text = lambda path, doc=doc: doc.xpath(path, namespaces=NS)  # noqa: E731
        assert text("cbc:DocumentCurrencyCode/text()") == ["EUR"]
        assert text("cbc:TaxCurrencyCode/text()") == ["SEK"]
        # VAT EUR 961.50 at 11.4350 (BT-111), in a tax total of its own, positive in both.
        assert text("cac:TaxTotal/cbc:TaxAmount/text()") == ["961.50", "10994.75"]
        assert text("cac:TaxTotal/cbc:TaxAmount/@currencyID") == ["EUR", "SEK"]
        assert text("cac:TaxTotal[2]/cac:TaxSubtotal") == []
    domestic = _xml(peppol_xml(db, _domestic(db, municipality).id))
    assert domestic.xpath("cbc:TaxCurrencyCode", namespaces=NS) == []


def test_credit_note_refers_to_its_invoice_in_positive_amounts(db, municipality):
    invoice = _domestic(db, municipality)
    credit = create_credit_note(db, invoice.id, TODAY)
    doc = _xml(peppol_xml(db, credit.id))
    assert etree.QName(doc).localname == "CreditNote"
    assert doc.xpath("cbc:CreditNoteTypeCode/text()", namespaces=NS) == ["381"]
    assert doc.xpath(
        "cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID/text()", namespaces=NS
    ) == [str(invoice.number)]
    assert doc.xpath("cac:LegalMonetaryTotal/cbc:PayableAmount/text()", namespaces=NS) == [
        "4807.00"
    ]
    assert doc.xpath("cac:CreditNoteLine/cbc:CreditedQuantity/text()", namespaces=NS) == ["3", "1"]


def test_the_checks_catch_a_broken_document(db, municipality, cen_rules):
    good = peppol_xml(db, _domestic(db, municipality).id)
    broken = (
        good.replace(
            b'<cbc:PayableAmount currencyID="SEK">4807.00',
            b'<cbc:PayableAmount currencyID="SEK">4817.00',
        )
        .replace("Godkänd för F-skatt".encode(), b"F-skatt")
        .replace(b">50501055<", b">5050-1055<")
        .replace(b'schemeID="0007">2120002742', b'schemeID="0007">2120002743')
        .replace(b"<cbc:BuyerReference>UK4711</cbc:BuyerReference>", b"")
        .replace(b"<cbc:ID>PO-2026-118</cbc:ID>", b"<cbc:ID></cbc:ID>")
        .replace(b"<cbc:PaymentMeansCode>30", b"<cbc:PaymentMeansCode>31")
    )
    assert {f.rule for f in cen_rules.findings(broken) if f.flag == "fatal"} >= {"BR-CO-16"}
    assert peppol_and_swedish_rule_violations(broken) == [
        "PEPPOL-COMMON-R049",
        "PEPPOL-EN16931-R003",
        "PEPPOL-EN16931-R008",
        "SE-R-005",
        "SE-R-008",
        "SE-R-009",
        "SE-R-011",
        "SE-R-012",
    ]
    assert schema_errors(good.replace(b"<cbc:IssueDate>", b"<cbc:IssueDate>x")) != []


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_a_buyer_without_peppol_id_is_refused(db, company, out):
    customer = create_customer(db, CustomerDetails(name="Ingen Peppol AB", buyer_reference="X"))
    invoice = _issue(db, customer, (LineDetails(description="Arbete", unit_price=D(100)),))
    with pytest.raises(RefusedError) as refused:
        export_peppol(db, [invoice.number], out)
    assert "Peppol participant id" in str(refused.value)
    assert list(out.iterdir()) == []


def test_without_buyer_or_order_reference_nothing_is_written(db, municipality, out):
    good = _domestic(db, municipality)
    update_customer(
        db, municipality.id, replace(get_customer(db, municipality.id), buyer_reference="")
    )
    unreferenced = _issue(db, municipality, (LineDetails(description="Arbete", unit_price=D(100)),))
    with pytest.raises(RefusedError) as refused:
        export_peppol(db, [good.number, unreferenced.number], out)
    assert "neither a buyer reference nor an order reference" in str(refused.value)
    assert list(out.iterdir()) == []


def test_a_draft_or_unknown_number_is_refused(db, municipality, out):
    draft = save_draft(
        db, replace(new_draft(db, municipality.id, TODAY), lines=(LineDetails(description="x"),))
    )
    with pytest.raises(NotFoundError):
        export_peppol(db, [999], out)
    with pytest.raises(RefusedError) as refused:
        export_peppol_invoices(db, [draft.id], out)
    assert "A draft cannot be sent" in str(refused.value)
    assert list(out.iterdir()) == []


def test_export_writes_one_file_per_document(db, municipality, out):
    invoice = _domestic(db, municipality)
    credit = create_credit_note(db, invoice.id, TODAY)
    written = export_peppol(db, [invoice.number, credit.number], out)
    assert [path.name for path in written] == [
        f"faktura-{invoice.number}.xml",
        f"kreditfaktura-{credit.number}.xml",
    ]
    assert all(path.read_bytes().startswith(b"<?xml") for path in written)


def test_rot_deduction_negative_lines_and_exempt_lines_pass_the_rules(db, municipality, cen_rules):
    invoice = _issue(
        db,
        municipality,
        (
            LineDetails(
                description="Rörarbete",
                quantity=D(10),
                unit="tim",
                unit_price=D(650),
                kind="labour",
            ),
            LineDetails(description="Avgår: kampanj", quantity=D(1), unit_price=D(-200)),
            LineDetails(description="Hyra av lokal", unit="mån", unit_price=D(3000), vat_rate=D(0)),
        ),
        rot_rut="rot",
    )
    xml = peppol_xml(db, invoice.id)
    assert schema_errors(xml) == []
    assert cen_rules.findings(xml) == []
    assert peppol_and_swedish_rule_violations(xml) == []
    doc = _xml(xml)
    # Labour 6 500 + 25 % = 8 125: ROT 30 % = 2 437 kr is claimed from the Tax Agency.
    assert doc.xpath("cac:LegalMonetaryTotal/cbc:PrepaidAmount/text()", namespaces=NS) == [
        "2437.00"
    ]
    assert "2437.00 SEK" in doc.findtext("cbc:Note", "", NS)
    assert doc.xpath("cac:InvoiceLine[2]/cac:Price/cbc:PriceAmount/text()", namespaces=NS) == [
        "200.00"
    ]
    assert doc.xpath("cac:InvoiceLine[2]/cbc:InvoicedQuantity/text()", namespaces=NS) == ["-1"]
    assert doc.xpath(
        "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID/text()", namespaces=NS
    ) == ["S", "E"]
    # Its credit note gives the claim back: the same 2 437 kr, in the credit note's positives.
    credit = _xml_checked(peppol_xml(db, create_credit_note(db, invoice.id, TODAY).id), cen_rules)
    assert credit.xpath("cac:LegalMonetaryTotal/cbc:PrepaidAmount/text()", namespaces=NS) == [
        "2437.00"
    ]
    assert "2437.00 SEK" in credit.findtext("cbc:Note", "", NS)


def _xml_checked(xml: bytes, cen_rules):
    assert schema_errors(xml) == []
    assert cen_rules.findings(xml) == []
    assert peppol_and_swedish_rule_violations(xml) == []
    return _xml(xml)


def test_an_export_outside_the_eu_passes_the_rules(db, company, cen_rules):
    customer = create_customer(
        db,
        CustomerDetails(
            name="Fjord AS",
            country="NO",
            peppol_scheme="0192",
            peppol_id="988077917",
            buyer_reference="NO-1",
            addresses=(
                AddressDetails(street="Kongens gate 1", postcode="0153", city="Oslo", country="NO"),
            ),
        ),
    )
    invoice = _issue(
        db,
        customer,
        (
            LineDetails(
                description="Konsult", unit="tim", quantity=D(4), unit_price=D(100), vat_rate=D(0)
            ),
        ),
        currency="EUR",
    )
    xml = peppol_xml(db, invoice.id)
    assert schema_errors(xml) == []
    assert cen_rules.findings(xml) == []
    assert peppol_and_swedish_rule_violations(xml) == []
    assert _xml(xml).xpath(
        "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID/text()", namespaces=NS
    ) == ["G"]


def test_plusgiro_is_a_credit_transfer_with_its_scheme(db, company, municipality):
    save_company(db, replace(get_company(db), bankgiro=None, iban=None, plusgiro="4711-8"))
    invoice = _domestic(db, municipality)
    xml = peppol_xml(db, invoice.id)
    assert peppol_and_swedish_rule_violations(xml) == []
    means = _xml(xml).xpath("cac:PaymentMeans", namespaces=NS)
    assert [
        (
            m.findtext("cbc:PaymentMeansCode", None, NS),
            m.findtext("cac:PayeeFinancialAccount/cbc:ID", None, NS),
            m.findtext("cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID", None, NS),
            m.findtext("cbc:PaymentID", None, NS),
        )
        for m in means
    ] == [("30", "47118", "SE:PLUSGIRO", invoice.ocr)]


def test_a_reverse_charge_sale_needs_our_vat_number(db, company, german_buyer, out):
    invoice = _reverse_charge(db, german_buyer)  # issued while the VAT number was there
    save_company(db, replace(get_company(db), vat_number=None))
    with pytest.raises(RefusedError) as refused:
        export_peppol(db, [invoice.number], out)
    assert "VAT number" in str(refused.value)


def test_our_name_and_organisation_number_are_needed(db, company, municipality, out):
    invoice = _domestic(db, municipality)
    save_company(db, replace(get_company(db), org_number=None))
    with pytest.raises(RefusedError) as refused:
        export_peppol(db, [invoice.number], out)
    assert "organisation number" in str(refused.value)
