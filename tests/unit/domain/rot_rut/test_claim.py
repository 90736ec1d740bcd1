"""The ROT/RUT claim's cases, Skatteverket's checks (one failing case each) and the V6 XML."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal as D

import pytest
from tests.helpers.begaran_schema import assert_valid_claim

from kundbok.domain.rot_rut.claim import (
    ClaimCase,
    ClaimLine,
    WorkDone,
    check_cases,
    split_into_files,
    work_done,
)
from kundbok.domain.rot_rut.rules import rules_on
from kundbok.domain.rot_rut.work_types import SWEDISH_NAMES, WorkType, work_types_for
from kundbok.domain.rot_rut.xml import claim_xml

ROT_CASE = ClaimCase(
    invoice_id=1,
    invoice_number="1001",
    buyer_name="Anna Andersson",
    buyer="198112189876",
    payment_date=dt.date(2025, 3, 14),
    price_for_work=10_000,
    paid=7_000,
    requested=3_000,
    other_costs=250,
    property_designation="Uppsala Kåbo 1:23",
    work=(WorkDone(WorkType.PLUMBING, hours=12, material=1_500),),
)
RUT_CASE = dataclasses.replace(
    ROT_CASE,
    invoice_number="1002",
    price_for_work=4_000,
    paid=2_000,
    requested=2_000,
    property_designation="",
    work=(
        WorkDone(WorkType.CLEANING, hours=8),
        WorkDone(WorkType.TRANSPORT_FOR_SALE),
    ),
)


def messages(problems: list) -> list[str]:
    return [str(problem) for problem in problems]


def test_every_work_type_has_a_swedish_name_and_belongs_to_rot_or_rut() -> None:
    assert set(SWEDISH_NAMES) == set(WorkType)
    assert set(work_types_for("rot")) | set(work_types_for("rut")) == set(WorkType)
    assert SWEDISH_NAMES[WorkType.PAINTING_AND_WALLPAPERING] == "Målning och tapetsering"


def test_hours_and_material_per_work_type_come_from_the_lines() -> None:
    lines = [
        ClaimLine("labour", WorkType.PLUMBING, D("7.5"), "tim", D("6000")),
        ClaimLine("labour", WorkType.ELECTRICAL, D(3), "h", D("2400")),
        ClaimLine("labour", WorkType.PLUMBING, D(1), "st", D("500")),  # not hours
        ClaimLine("material", None, D(1), "st", D("1249.60")),  # the first work type's
        ClaimLine("material", WorkType.ELECTRICAL, D(2), "st", D("300")),
        ClaimLine("other", None, D(1), "st", D("400")),
    ]
    assert work_done(lines) == (
        WorkDone(WorkType.ELECTRICAL, hours=3, material=300),
        WorkDone(WorkType.PLUMBING, hours=8, material=1_250),
    )


def test_valid_cases_pass_every_check() -> None:
    assert check_cases([ROT_CASE], "rot", 2025) == []
    assert check_cases([RUT_CASE], "rut", 2025) == []


@pytest.mark.parametrize(
    ("change", "kind", "message"),
    [
        ({"payment_date": dt.date(2024, 12, 30)}, "rot", "is not in 2025"),
        ({"requested": 7_001, "paid": 3_000}, "rot", "exceeds the amount paid"),
        ({"paid": 8_000}, "rot", "exceeds the price for the work"),
        ({"buyer": "20080101" + "0008"}, "rot", "not 18 or older in 2025"),
        ({"buyer": "5566778899"}, "rot", "not 12 digits"),
        ({"buyer": "195601011234"}, "rot", "is the company itself"),
        ({"work": ()}, "rot", "No work type with hours"),
        ({"work": (WorkDone(WorkType.PLUMBING, hours=0, material=900),)}, "rot", "No work type"),
        ({}, "rut", "does not belong to this kind"),
        ({"requested": 0, "paid": 10_000}, "rot", "has no tax reduction"),
    ],
)
def test_each_check_refuses_a_case_with_its_own_message(
    change: dict, kind: str, message: str
) -> None:
    case = dataclasses.replace(ROT_CASE, **change)
    found = messages(check_cases([case], kind, 2025, company_ids=["195601011234"]))
    assert any(message in text for text in found), found
    assert all(problem.invoice_number == "1001" for problem in check_cases([case], kind, 2025))


def test_the_yearly_ceiling_counts_every_case_of_the_buyer_and_what_was_granted_before() -> None:
    big = dataclasses.replace(ROT_CASE, price_for_work=100_000, paid=70_000, requested=30_000)
    assert check_cases([big], "rot", 2025) == []
    second = dataclasses.replace(big, invoice_number="1003")
    found = messages(check_cases([big, second], "rot", 2025))
    assert (
        found
        == ["The buyer's reductions this year (60000 kr) exceed the yearly ceiling (50000 kr)."] * 2
    )
    # ROT 30 000 within its own ceiling, but RUT 50 000 already granted: 80 000 > 75 000 together.
    found = messages(check_cases([big], "rot", 2025, granted_before={big.buyer: (0, 50_000)}))
    assert found == [
        "The buyer's reductions this year (80000 kr) exceed the yearly ceiling (75000 kr)."
    ]


def test_the_ceilings_are_dated() -> None:
    assert rules_on(dt.date(2024, 6, 30)).rot == 50_000
    assert rules_on(dt.date(2024, 7, 1)).rot == 75_000
    assert rules_on(dt.date(2024, 7, 1)).together == 150_000
    assert rules_on(dt.date(2025, 1, 1)).together == 75_000


def test_101_buyers_make_two_files_and_a_buyer_stays_in_one() -> None:
    cases = [
        dataclasses.replace(ROT_CASE, invoice_number=str(n), buyer=f"1980{n:08d}")
        for n in range(101)
    ]
    cases.append(dataclasses.replace(cases[100], invoice_number="extra"))
    files = split_into_files(cases)
    assert [len({case.buyer for case in part}) for part in files] == [100, 1]
    assert [case.invoice_number for case in files[1]] == ["100", "extra"]


def test_a_rot_claim_is_valid_against_schema_v6() -> None:
    brf = dataclasses.replace(
        ROT_CASE,
        invoice_number="1004",
        property_designation="",
        housing_org_number="7696001234",
        apartment_number="1102",
    )
    xml = claim_xml("ROT 2025 fil 1", "rot", [ROT_CASE, brf])
    assert_valid_claim(xml)
    text = xml.decode()
    assert "<htko:Kopare>198112189876</htko:Kopare>" in text
    assert "<htko:Fastighetsbeteckning>Uppsala Kåbo 1:23</htko:Fastighetsbeteckning>" in text
    assert "<htko:BrfOrgNr>7696001234</htko:BrfOrgNr>" in text
    assert 'xmlns:p="http://xmls.skatteverket.se/se/skatteverket/ht/begaran/6.0"' in text


def test_a_rut_claim_with_a_flat_rate_service_is_valid_against_schema_v6() -> None:
    xml = claim_xml("RUT 2025", "rut", [RUT_CASE])
    assert_valid_claim(xml)
    assert "<htko:Utfort>true</htko:Utfort>" in xml.decode()


def test_the_schema_check_itself_refuses_a_bad_file() -> None:
    bad = dataclasses.replace(ROT_CASE, buyer="12345")
    with pytest.raises(AssertionError):
        assert_valid_claim(claim_xml("x", "rot", [bad]))
