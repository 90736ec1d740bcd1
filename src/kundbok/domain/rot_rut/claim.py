"""The cases of a ROT/RUT claim (begäran om utbetalning) and the checks Skatteverket makes.

One paid invoice is one case (`Arenden`). Amounts are whole kronor, as schema V6 demands.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError
from kundbok.domain.rot_rut.rules import HUNDRED, ReductionsUsed, room, rules_on, share_for
from kundbok.domain.rot_rut.work_types import FLAT_RATE_WORK_TYPES, WorkType, work_types_for

MAX_BUYERS_PER_FILE = 100
ADULT_AGE = 18
HOUR_UNITS = frozenset({"h", "tim", "tim.", "timme", "timmar", "hour", "hours", "hr", "hrs"})


def whole_kronor(amount: Decimal) -> int:
    """`amount` rounded to whole kronor (half up), as the schema takes it."""
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class WorkDone:
    """Hours and material cost (kronor including VAT) of one work type in one case."""

    work_type: WorkType
    hours: int = 0
    material: int = 0


@dataclass(frozen=True)
class ClaimLine:
    """What a case needs of one invoice line: its ROT/RUT kind ("labour", "material",
    "other"), work type, quantity, unit and amount including VAT."""

    kind: str
    work_type: WorkType | None
    quantity: Decimal
    unit: str
    amount_including_vat: Decimal


def work_done(lines: Iterable[ClaimLine]) -> tuple[WorkDone, ...]:
    """Hours (quantity of labour lines in hours) and material per work type, in schema order.
    Material without a work type of its own goes to the invoice's first work type."""
    lines = list(lines)
    labour_types = [line.work_type for line in lines if line.kind == "labour" and line.work_type]
    default = labour_types[0] if labour_types else None
    hours: dict[WorkType, Decimal] = {}
    material: dict[WorkType, Decimal] = {}
    for line in lines:
        work_type = line.work_type or default
        if work_type is None:
            continue
        if line.kind == "labour":
            is_hours = line.unit.strip().lower() in HOUR_UNITS
            hours[work_type] = hours.get(work_type, Decimal(0)) + (
                line.quantity if is_hours else Decimal(0)
            )
        elif line.kind == "material":
            material[work_type] = material.get(work_type, Decimal(0)) + line.amount_including_vat
            hours.setdefault(work_type, Decimal(0))
    return tuple(
        WorkDone(
            work_type,
            whole_kronor(hours[work_type]),
            whole_kronor(material.get(work_type, Decimal(0))),
        )
        for work_type in WorkType
        if work_type in hours
    )


@dataclass(frozen=True)
class ClaimCase:
    """One case of a claim, from one paid invoice."""

    invoice_id: int
    invoice_number: str
    buyer_name: str
    buyer: str  # personnummer, 12 digits
    payment_date: dt.date
    price_for_work: int  # labour including VAT
    paid: int  # what the buyer paid for the work
    requested: int  # the tax reduction asked of Skatteverket
    other_costs: int = 0
    property_designation: str = ""
    housing_org_number: str = ""
    apartment_number: str = ""
    work: tuple[WorkDone, ...] = ()
    work_date: dt.date | None = None  # when the work was performed (None: the payment date)


class CaseProblem(KundbokError):
    """Why Skatteverket would refuse one case, with the invoice it comes from."""

    def __init__(self, invoice_number: str, message: str, **values: object) -> None:
        super().__init__(message, **values)
        self.invoice_number = invoice_number


def _born(buyer: str) -> dt.date | None:
    try:
        day = int(buyer[6:8])
        return dt.date(int(buyer[:4]), int(buyer[4:6]), day - 60 if day > 60 else day)
    except ValueError:
        return None


def _check_buyer(case: ClaimCase, year: int, company_ids: frozenset[str]) -> list[CaseProblem]:
    number = case.invoice_number
    if len(case.buyer) != 12 or not case.buyer.isdigit():
        return [
            CaseProblem(
                number,
                QT_TRANSLATE_NOOP(
                    "messages", "The buyer's personal identity number is missing or not 12 digits."
                ),
            )
        ]
    problems = []
    born = _born(case.buyer)
    if born is None or year - born.year < ADULT_AGE:
        problems.append(
            CaseProblem(
                number,
                QT_TRANSLATE_NOOP("messages", "The buyer is not 18 or older in {year}."),
                year=year,
            )
        )
    if case.buyer in company_ids or case.buyer[2:] in company_ids:
        problems.append(
            CaseProblem(number, QT_TRANSLATE_NOOP("messages", "The buyer is the company itself."))
        )
    return problems


def _check_amounts(case: ClaimCase) -> list[CaseProblem]:
    number = case.invoice_number
    problems = []
    if case.requested > case.paid:
        problems.append(
            CaseProblem(
                number,
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The amount requested ({requested} kr) exceeds the amount paid ({paid} kr).",
                ),
                requested=case.requested,
                paid=case.paid,
            )
        )
    if case.requested + case.paid > case.price_for_work:
        problems.append(
            CaseProblem(
                number,
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Requested plus paid ({total} kr) exceeds the price for the work ({price} kr).",
                ),
                total=case.requested + case.paid,
                price=case.price_for_work,
            )
        )
    if case.requested <= 0:
        problems.append(
            CaseProblem(number, QT_TRANSLATE_NOOP("messages", "The invoice has no tax reduction."))
        )
    return problems


def _check_work(case: ClaimCase, kind: str) -> list[CaseProblem]:
    allowed = set(work_types_for(kind))
    if any(work.work_type not in allowed for work in case.work):
        return [
            CaseProblem(
                case.invoice_number,
                QT_TRANSLATE_NOOP("messages", "A work type does not belong to this kind of claim."),
            )
        ]
    if not any(work.work_type in FLAT_RATE_WORK_TYPES or work.hours > 0 for work in case.work):
        return [
            CaseProblem(
                case.invoice_number,
                QT_TRANSLATE_NOOP(
                    "messages",
                    "No work type with hours and material: give the labour lines a work type "
                    "and the unit hours.",
                ),
            )
        ]
    return []


def _check_share(case: ClaimCase, kind: str) -> list[CaseProblem]:
    """The request within the share in force for the work (`rules.share_for`). The price for
    the work is in whole kronor: the labour it was rounded from was at most 50 öre more."""
    performed = case.work_date or case.payment_date
    share = share_for(kind, performed, case.payment_date)
    most = int((case.price_for_work + Decimal("0.5")) * share / HUNDRED)
    if case.requested <= most:
        return []
    return [
        CaseProblem(
            case.invoice_number,
            QT_TRANSLATE_NOOP(
                "messages",
                "The amount requested ({requested} kr) exceeds {share} % of the price for the "
                "work, the share for work performed {performed} and paid {paid}.",
            ),
            requested=case.requested,
            share=f"{share.normalize():f}",
            performed=performed.isoformat(),
            paid=case.payment_date.isoformat(),
        )
    ]


def _check_ceilings(
    cases: Sequence[ClaimCase], kind: str, granted_before: Mapping[str, tuple[int, int]]
) -> list[CaseProblem]:
    """Per buyer: this claim within the room (`rules.room`) that what was granted earlier in
    the year (ROT, RUT) leaves under the ceilings in force on the buyer's last payment date."""
    problems = []
    by_buyer: dict[str, list[ClaimCase]] = {}
    for case in cases:
        by_buyer.setdefault(case.buyer, []).append(case)
    for buyer, own in by_buyer.items():
        rot_before, rut_before = granted_before.get(buyer, (0, 0))
        last_paid = max(case.payment_date for case in own)
        asked = sum(case.requested for case in own)
        if asked <= room(kind, ReductionsUsed(Decimal(rot_before), Decimal(rut_before)), last_paid):
            continue
        rules = rules_on(last_paid)
        same_kind = asked + (rot_before if kind == "rot" else rut_before)
        own_ceiling_passed = same_kind > rules.ceiling(kind)
        problems += [
            CaseProblem(
                case.invoice_number,
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The buyer's reductions this year ({total} kr) exceed the yearly "
                    "ceiling ({ceiling} kr).",
                ),
                total=same_kind if own_ceiling_passed else asked + rot_before + rut_before,
                ceiling=rules.ceiling(kind) if own_ceiling_passed else rules.together,
            )
            for case in own
        ]
    return problems


def check_cases(
    cases: Sequence[ClaimCase],
    kind: str,
    year: int,
    company_ids: Iterable[str] = (),
    granted_before: Mapping[str, tuple[int, int]] | None = None,
) -> list[CaseProblem]:
    """Every reason Skatteverket's e-service would refuse a case, one message per reason.
    `company_ids` are the company's org or personal numbers; `granted_before` maps a buyer to
    the ROT and RUT kronor already claimed for the year."""
    ids = frozenset(company_ids)
    problems: list[CaseProblem] = []
    for case in cases:
        if case.payment_date.year != year:
            problems.append(
                CaseProblem(
                    case.invoice_number,
                    QT_TRANSLATE_NOOP(
                        "messages", "The payment date {date} is not in {year}: one year per file."
                    ),
                    date=case.payment_date.isoformat(),
                    year=year,
                )
            )
        problems += _check_buyer(case, year, ids)
        problems += _check_amounts(case)
        problems += _check_share(case, kind)
        problems += _check_work(case, kind)
    problems += _check_ceilings(cases, kind, granted_before or {})
    return problems


def split_into_files(
    cases: Sequence[ClaimCase], max_buyers: int = MAX_BUYERS_PER_FILE
) -> list[list[ClaimCase]]:
    """The cases in files of at most `max_buyers` buyers; a buyer's cases stay in one file."""
    files: list[list[ClaimCase]] = []
    buyers: list[set[str]] = []
    for case in sorted(cases, key=lambda case: (case.buyer, case.payment_date)):
        if not files or (case.buyer not in buyers[-1] and len(buyers[-1]) >= max_buyers):
            files.append([])
            buyers.append(set())
        files[-1].append(case)
        buyers[-1].add(case.buyer)
    return files
