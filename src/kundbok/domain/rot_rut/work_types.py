"""The work types of Skatteverket's ROT/RUT claim schema V6, with their Swedish names."""

from __future__ import annotations

from enum import StrEnum

from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError


class WorkType(StrEnum):
    """A work type as schema V6 names it; the value is the XML element name."""

    # ROT
    BUILDING = "Bygg"
    ELECTRICAL = "El"
    GLASS_AND_SHEET_METAL = "GlasPlatarbete"
    GROUND_AND_DRAINAGE = "MarkDraneringarbete"
    MASONRY = "Murning"
    PAINTING_AND_WALLPAPERING = "MalningTapetsering"
    PLUMBING = "Vvs"
    # RUT
    CLEANING = "Stadning"
    CLOTHES_AND_TEXTILES = "KladOchTextilvard"
    SNOW_CLEARING = "Snoskottning"
    GARDENING = "Tradgardsarbete"
    CHILDCARE = "Barnpassning"
    PERSONAL_CARE = "Personligomsorg"
    REMOVALS = "Flyttjanster"
    IT_SERVICES = "ItTjanster"
    APPLIANCE_REPAIR = "ReparationAvVitvaror"
    FURNISHING = "Moblering"
    HOME_SUPERVISION = "TillsynAvBostad"
    # RUT, flat-rate: the schema takes only "done", no hours or material.
    TRANSPORT_FOR_SALE = "TransportTillForsaljning"
    LAUNDRY_AT_FACILITY = "TvattVidTvattinrattning"


ROT_WORK_TYPES: tuple[WorkType, ...] = tuple(WorkType)[:7]
RUT_WORK_TYPES: tuple[WorkType, ...] = tuple(WorkType)[7:]
FLAT_RATE_WORK_TYPES = frozenset({WorkType.TRANSPORT_FOR_SALE, WorkType.LAUNDRY_AT_FACILITY})

# Skatteverket's own Swedish words; the app shows these whatever its language, as on the form.
SWEDISH_NAMES: dict[WorkType, str] = {
    WorkType.BUILDING: "Bygg",
    WorkType.ELECTRICAL: "El",
    WorkType.GLASS_AND_SHEET_METAL: "Glas- och plåtarbete",
    WorkType.GROUND_AND_DRAINAGE: "Mark- och dräneringsarbete",
    WorkType.MASONRY: "Murning",
    WorkType.PAINTING_AND_WALLPAPERING: "Målning och tapetsering",
    WorkType.PLUMBING: "VVS",
    WorkType.CLEANING: "Städning",
    WorkType.CLOTHES_AND_TEXTILES: "Kläd- och textilvård",
    WorkType.SNOW_CLEARING: "Snöskottning",
    WorkType.GARDENING: "Trädgårdsarbete",
    WorkType.CHILDCARE: "Barnpassning",
    WorkType.PERSONAL_CARE: "Personlig omsorg",
    WorkType.REMOVALS: "Flyttjänster",
    WorkType.IT_SERVICES: "IT-tjänster",
    WorkType.APPLIANCE_REPAIR: "Reparation av vitvaror",
    WorkType.FURNISHING: "Möblering",
    WorkType.HOME_SUPERVISION: "Tillsyn av bostad",
    WorkType.TRANSPORT_FOR_SALE: "Transport till försäljning (schablon)",
    WorkType.LAUNDRY_AT_FACILITY: "Tvätt vid tvättinrättning (schablon)",
}


def work_types_for(kind: str) -> tuple[WorkType, ...]:
    """The work types a ROT ("rot") or RUT ("rut") claim may name."""
    return ROT_WORK_TYPES if kind == "rot" else RUT_WORK_TYPES if kind == "rut" else ()


def work_type_or_none(code: str | None) -> WorkType | None:
    """The work type for a stored code; None for blank or unknown codes."""
    try:
        return WorkType(code) if code else None
    except ValueError:
        return None


def swedish_name(code: str) -> str:
    """The Swedish words for a stored work type code ("" for none or unknown)."""
    work_type = work_type_or_none(code)
    return SWEDISH_NAMES[work_type] if work_type else ""


def check_work_type(code: str) -> None:
    """Refuse a work type schema V6 does not know ("" is none)."""
    if code and work_type_or_none(code) is None:
        raise ValidationError(
            "work_type", QT_TRANSLATE_NOOP("messages", "Unknown work type {code}."), code=code
        )
