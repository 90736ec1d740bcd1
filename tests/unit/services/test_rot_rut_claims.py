"""The ROT/RUT claim from stored invoices: the cases of a payment year, the files, the marks on
the invoices, the January list, Skatteverket's decision in the SIE export, the commands."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from tests.helpers.begaran_schema import assert_valid_claim
from tests.helpers.rot_rut_invoices import RUT_LINES, paid_invoice
from tests.unit.domain.sie.strict_sie_reader import read_sie

from kundbok.cli import main
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.rot_rut_claims import (
    ClaimNotReady,
    preview_claim,
    record_decision,
    unclaimed_cases,
    write_claim,
)
from kundbok.services.sie_export import export_sie, sie_vouchers


def test_a_paid_rot_invoice_becomes_a_case_with_hours_material_and_other_costs(db):
    invoice = paid_invoice(db, 1)
    preview = preview_claim(db, "rot", 2025)
    assert preview.ready
    (case,) = preview.cases
    assert case.invoice_number == str(invoice.number)
    assert case.price_for_work == 7_500  # 10 h × 600 kr + 25 % VAT
    assert case.requested == 2_250 and case.paid == 5_250
    assert case.other_costs == 250
    assert [(w.work_type.value, w.hours, w.material) for w in case.work] == [("Vvs", 10, 1_500)]
    assert case.property_designation == "Umeå Haga 1:1"


def test_writing_the_claim_marks_the_invoices_and_a_second_claim_finds_nothing(db, tmp_path):
    invoice = paid_invoice(db, 1)
    paid_invoice(db, 2, born=dt.date(1980, 1, 1), paid=dt.date(2026, 1, 5))  # another year
    now = dt.datetime(2026, 1, 10, 9, 0, tzinfo=dt.UTC)
    assert [case.invoice_number for case in unclaimed_cases(db, 2025)] == [invoice.number]
    paths = write_claim(db, "rot", 2025, tmp_path / "rot.xml", now)
    assert paths == [tmp_path / "rot.xml"]
    assert_valid_claim(paths[0])
    claimed = get_invoice(db, invoice.id)
    assert claimed.rot_rut_claimed_at is not None and claimed.rot_rut_claim_file == "rot.xml"
    assert claimed.rot_rut_claimed_at.date() == now.date()
    assert unclaimed_cases(db, 2025) == []
    assert preview_claim(db, "rot", 2025).cases == ()
    with pytest.raises(Exception, match="No paid ROT invoices of 2025"):
        write_claim(db, "rot", 2025, tmp_path / "again.xml")


def test_a_rut_claim_is_valid_against_the_schema(db, tmp_path):
    paid_invoice(db, 1, kind="rut", lines=RUT_LINES)
    (path,) = write_claim(db, "rut", 2025, tmp_path / "rut.xml")
    assert_valid_claim(path)
    assert b"<htko:Stadning>" in path.read_bytes()


def test_a_failing_case_writes_nothing_and_marks_nothing(db, tmp_path):
    good = paid_invoice(db, 1)
    minor = paid_invoice(db, 2, born=dt.date(2010, 6, 1))
    with pytest.raises(ClaimNotReady) as refused:
        write_claim(db, "rot", 2025, tmp_path / "rot.xml")
    assert [p.invoice_number for p in refused.value.problems] == [str(minor.number)]
    assert "not 18 or older in 2025" in str(refused.value.problems[0])
    assert not (tmp_path / "rot.xml").exists()
    assert get_invoice(db, good.id).rot_rut_claimed_at is None


def test_101_buyers_make_two_files_both_valid(db, tmp_path):
    for n in range(101):
        paid_invoice(db, n, kind="rut", lines=RUT_LINES)
    paths = write_claim(db, "rut", 2025, tmp_path / "rut.xml")
    assert [path.name for path in paths] == ["rut-1.xml", "rut-2.xml"]
    for path in paths:
        assert_valid_claim(path)
    assert paths[0].read_bytes().count(b"<htko:Arenden>") == 100


def test_skatteverkets_decision_is_booked_against_1513_and_a_refusal_back_to_1510(db, tmp_path):
    paid_invoice(db, 1)
    second = paid_invoice(db, 2, born=dt.date(1960, 2, 2))
    write_claim(db, "rot", 2025, tmp_path / "rot.xml")
    assert record_decision(db, 1, D("2250"), dt.date(2026, 2, 20)) == D("2250")
    assert record_decision(db, second.number, None, dt.date(2026, 2, 21)) == 0
    vouchers = sie_vouchers(db, dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    booked = [{t.account: t.amount for t in voucher.transactions} for voucher in vouchers]
    assert booked == [
        {"1930": D("2250.00"), "1513": D("-2250.00")},
        {"1510": D("2250.00"), "1513": D("-2250.00")},
    ]
    out = tmp_path / "feb.se"
    export_sie(db, dt.date(2026, 2, 1), dt.date(2026, 2, 28), out)
    assert len(read_sie(out.read_bytes()).vouchers) == 2  # the strict reader checks the balance
    with pytest.raises(Exception, match="between 0 and the deduction"):
        record_decision(db, 1, D("9999"), dt.date(2026, 2, 22))


def test_a_decision_needs_a_claim(db):
    invoice = paid_invoice(db, 1)
    with pytest.raises(Exception, match="has not been claimed"):
        record_decision(db, invoice.number, D("100"), dt.date(2026, 2, 20))


def test_the_commands_write_list_and_refuse(db, tmp_path, capsys):
    good = paid_invoice(db, 1)
    minor = paid_invoice(db, 2, born=dt.date(2010, 6, 1))
    database = tmp_path / "test.sqlite3"
    db.dispose()
    base = ["--database", str(database)]
    out = tmp_path / "rot.xml"
    assert main([*base, "rot-rut-unclaimed", "--year", "2025"]) == 0
    listed = capsys.readouterr()
    assert f"{good.number}\tROT\t2025-03-20" in listed.out
    assert "2 to claim by 2026-01-31" in listed.err
    assert main([*base, "rot-rut-claim", "--kind", "rot", "--year", "2025", str(out)]) == 2
    refused = capsys.readouterr().err
    assert f"invoice {minor.number}: The buyer is not 18 or older in 2025." in refused
    assert not out.exists()
    assert main([*base, "rot-rut-claim", "--kind", "rot", "--year", "2025", "--dry-run"]) == 2
    assert f"{good.number}\tKöpare 1\t2250 kr\tok" in capsys.readouterr().out
    assert main([*base, "rot-rut-decision", str(good.number), "--paid", "100"]) == 2
    assert "has not been claimed" in capsys.readouterr().err
    assert main([*base, "rot-rut-claim", "--kind", "rut", "--year", "2025", str(out)]) == 2
    assert "No paid RUT invoices of 2025" in capsys.readouterr().err
