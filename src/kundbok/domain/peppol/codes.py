"""The code lists a Peppol invoice speaks: units (UN/ECE Recommendation 20) and VAT categories
(UNCL5305) with the exemption reasons (VATEX) that zero-rated categories must state."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kundbok.domain.invoicing import EU_COUNTRIES

# The units people type on Swedish invoices, lower case without dots, and their Rec 20 codes.
UNIT_CODES = {
    "st": "H87",
    "styck": "H87",
    "stycken": "H87",
    "pcs": "H87",
    "pc": "H87",
    "piece": "H87",
    "tim": "HUR",
    "timme": "HUR",
    "timmar": "HUR",
    "h": "HUR",
    "hour": "HUR",
    "hours": "HUR",
    "min": "MIN",
    "minut": "MIN",
    "minuter": "MIN",
    "dag": "DAY",
    "dagar": "DAY",
    "day": "DAY",
    "days": "DAY",
    "v": "WEE",
    "vecka": "WEE",
    "veckor": "WEE",
    "week": "WEE",
    "mån": "MON",
    "månad": "MON",
    "månader": "MON",
    "month": "MON",
    "år": "ANN",
    "year": "ANN",
    "kg": "KGM",
    "g": "GRM",
    "ton": "TNE",
    "t": "TNE",
    "m": "MTR",
    "meter": "MTR",
    "km": "KMT",
    "cm": "CMT",
    "mm": "MMT",
    "m2": "MTK",
    "m²": "MTK",
    "kvm": "MTK",
    "m3": "MTQ",
    "m³": "MTQ",
    "kbm": "MTQ",
    "l": "LTR",
    "liter": "LTR",
    "kwh": "KWH",
    "paket": "PK",
    "pkt": "PK",
    "förp": "PK",
    "set": "SET",
    "sats": "SET",
    "par": "PR",
    "rulle": "RO",
    "flaska": "BO",
    "låda": "BX",
    "kartong": "CT",
    "pall": "PF",
}
ONE = "C62"  # "one": a unit with no name of its own, and what an unknown unit is sent as


def unit_code(unit: str) -> str:
    """The Rec 20 code of a unit as typed on a line ("st" H87, "tim" HUR); C62 otherwise."""
    # The Swedish "mil" (10 km) has no code of its own and is sent as C62 like any other.
    return UNIT_CODES.get(unit.strip().lower().rstrip("."), ONE)


@dataclass(frozen=True, order=True)
class VatCategory:
    """A VAT category of EN 16931 with its rate and, when no VAT is charged, why not."""

    code: str
    percent: Decimal
    exemption_code: str = ""
    exemption_reason: str = ""


STANDARD = "S"
EXEMPT = "E"
REVERSE_CHARGE = "AE"
INTRA_EU_GOODS = "K"
EXPORT = "G"

_REASONS = {
    "sv": {
        REVERSE_CHARGE: "Omvänd betalningsskyldighet, artikel 196 i direktiv 2006/112/EG",
        INTRA_EU_GOODS: "Unionsintern varuleverans, artikel 138 i direktiv 2006/112/EG",
        EXPORT: "Export av varor och tjänster utanför EU",
        EXEMPT: "Undantaget från skatteplikt enligt mervärdesskattelagen",
    },
    "en": {
        REVERSE_CHARGE: "Reverse charge, article 196 of Directive 2006/112/EC",
        INTRA_EU_GOODS: "Intra-Community supply of goods, article 138 of Directive 2006/112/EC",
        EXPORT: "Export outside the EU",
        EXEMPT: "Exempt from VAT under the Swedish VAT Act",
    },
}
_CODES = {REVERSE_CHARGE: "VATEX-EU-AE", INTRA_EU_GOODS: "VATEX-EU-IC", EXPORT: "VATEX-EU-G"}


def vat_category(
    rate: Decimal,
    line_kind: str,
    reverse_charge: bool,
    buyer_country: str,
    language: str = "sv",
) -> VatCategory:
    """The category of a line: VAT charged is standard rated (S); without VAT, a sale to an EU
    business is reverse charge (AE), or an intra-EU supply (K) for material; a sale outside
    the EU is an export (G); anything else at 0 % is exempt (E)."""
    if rate != 0:
        return VatCategory(STANDARD, rate)
    if reverse_charge:
        code = INTRA_EU_GOODS if line_kind == "material" else REVERSE_CHARGE
    elif (buyer_country or "SE").upper() not in (*EU_COUNTRIES, "SE"):
        code = EXPORT
    else:
        code = EXEMPT
    reasons = _REASONS.get(language, _REASONS["en"])
    return VatCategory(code, Decimal(0), _CODES.get(code, ""), reasons[code])
