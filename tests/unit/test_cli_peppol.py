"""`kundbok export-peppol`: one e-invoice file per number; bad input is one line and exit 2."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from tests.helpers.shortcuts import new_draft

from helpers.peppol_validation import peppol_and_swedish_rule_violations, schema_errors
from kundbok.cli import main
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoices import issue_invoice, save_draft

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def path(db, company, tmp_path):
    return str(tmp_path / "test.sqlite3")


def _customer(db, **peppol):
    return create_customer(
        db,
        CustomerDetails(
            name="Umeå kommun",
            org_number="212000-2742",
            addresses=(AddressDetails(street="Skolgatan 31A", postcode="90184", city="Umeå"),),
            **peppol,
        ),
    )


def _draft(db, customer):
    lines = (LineDetails(description="Arbete", quantity=D(2), unit="tim", unit_price=D(650)),)
    return save_draft(db, replace(new_draft(db, customer.id, TODAY), lines=lines))


def test_writes_a_valid_file_per_invoice(path, db, tmp_path, capsys):
    customer = _customer(db, peppol_scheme="0007", peppol_id="2120002742", buyer_reference="UK1")
    numbers = [issue_invoice(db, _draft(db, customer).id, TODAY).number for _ in range(2)]
    out = tmp_path / "out"
    out.mkdir()
    status = main(["--database", path, "export-peppol", *map(str, numbers), "--output", str(out)])
    assert status == 0
    files = sorted(out.iterdir())
    assert [file.name for file in files] == [f"faktura-{n}.xml" for n in numbers]
    assert capsys.readouterr().out.splitlines() == [str(file) for file in files]
    for file in files:
        assert schema_errors(file.read_bytes()) == []
        assert peppol_and_swedish_rule_violations(file.read_bytes()) == []


@pytest.mark.parametrize(
    ("peppol", "issued", "message"),
    [
        (
            {"peppol_scheme": "0007", "peppol_id": "2120002742", "buyer_reference": "UK1"},
            False,
            "There is no invoice number 99",
        ),
        ({}, True, "has no Peppol participant id"),
        (
            {"peppol_scheme": "0007", "peppol_id": "2120002742"},
            True,
            "neither a buyer reference nor an order reference",
        ),
    ],
)
def test_refusals_are_one_line_and_exit_2(path, db, tmp_path, capsys, peppol, issued, message):
    customer = _customer(db, **peppol)
    draft = _draft(db, customer)
    number = issue_invoice(db, draft.id, TODAY).number if issued else 99
    status = main(["--database", path, "export-peppol", str(number), "--output", str(tmp_path)])
    err = capsys.readouterr().err
    assert status == 2
    assert len(err.splitlines()) == 1
    assert message in err
    assert not list(tmp_path.glob("*.xml"))


def test_a_missing_output_folder_is_refused(path, db, tmp_path, capsys):
    status = main(["--database", path, "export-peppol", "1", "--output", str(tmp_path / "nope")])
    assert status == 2
    assert "There is no folder" in capsys.readouterr().err
