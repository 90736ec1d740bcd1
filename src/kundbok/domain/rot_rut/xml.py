"""Skatteverket's ROT/RUT claim as XML, schema V6 (Begaran.xsd with BegaranCOMPONENT.xsd)."""

from __future__ import annotations

from collections.abc import Sequence
from xml.etree import ElementTree as ET

from kundbok.domain.rot_rut.claim import ClaimCase
from kundbok.domain.rot_rut.work_types import FLAT_RATE_WORK_TYPES

BEGARAN_NS = "http://xmls.skatteverket.se/se/skatteverket/ht/begaran/6.0"
COMPONENT_NS = "http://xmls.skatteverket.se/se/skatteverket/ht/komponent/begaran/6.0"
NAME_LENGTH = 16  # NamnPaBegaranTYPE


def _child(parent: ET.Element, name: str, text: object | None = None) -> ET.Element:
    element = ET.SubElement(parent, f"{{{COMPONENT_NS}}}{name}")
    if text is not None:
        element.text = str(text)
    return element


def _case(parent: ET.Element, case: ClaimCase, kind: str) -> None:
    arende = _child(parent, "Arenden")
    _child(arende, "Kopare", case.buyer)
    _child(arende, "BetalningsDatum", case.payment_date.isoformat())
    _child(arende, "PrisForArbete", case.price_for_work)
    _child(arende, "BetaltBelopp", case.paid)
    _child(arende, "BegartBelopp", case.requested)
    _child(arende, "FakturaNr", case.invoice_number[:20])
    _child(arende, "Ovrigkostnad", case.other_costs)
    if kind == "rot":
        if case.housing_org_number:
            _child(arende, "LagenhetsNr", case.apartment_number or None)
            _child(arende, "BrfOrgNr", case.housing_org_number)
        else:
            _child(arende, "Fastighetsbeteckning", case.property_designation[:40])
    done = _child(arende, "UtfortArbete")
    for work in case.work:
        element = _child(done, work.work_type.value)
        if work.work_type in FLAT_RATE_WORK_TYPES:
            _child(element, "Utfort", "true")
        else:
            _child(element, "AntalTimmar", work.hours)
            _child(element, "Materialkostnad", work.material)


def claim_xml(name: str, kind: str, cases: Sequence[ClaimCase]) -> bytes:
    """One claim file: `name` (at most 16 characters) and the cases of a ROT ("rot") or RUT
    ("rut") claim, UTF-8 encoded."""
    ET.register_namespace("p", BEGARAN_NS)
    ET.register_namespace("htko", COMPONENT_NS)
    root = ET.Element(f"{{{BEGARAN_NS}}}Begaran")
    _child(root, "NamnPaBegaran", name[:NAME_LENGTH])
    claim = _child(root, "RotBegaran" if kind == "rot" else "HushallBegaran")
    for case in cases:
        _case(claim, case, kind)
    ET.indent(root)
    xml: bytes = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    return xml
