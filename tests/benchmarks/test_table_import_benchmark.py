"""Table import at 10,000 rows of a customer register (14 columns, as Fortnox exports): the
whole import (read, map, plan against the register, apply in one transaction) within 5 s, from
CSV and from Excel; and the planning alone."""

from __future__ import annotations

import csv
import io
import itertools
import random

import pytest
from openpyxl import Workbook
from tests.helpers.benchmarking import assert_within, sized
from tests.helpers.shortcuts import plan_file

from kundbok.db.migrate import open_database
from kundbok.domain.customer import CustomerDetails
from kundbok.services.customers import create_customer
from kundbok.services.demo_data import CITIES, random_org_number, random_personal_number
from kundbok.services.tables import ExistingCustomerKeys, RowStatus
from kundbok.services.tables.customer_import import (
    import_customers,
    plan_customer_import,
    read_customer_table,
)

ROWS = sized(10_000, 300)
HEADER = (
    "Kundnummer;Namn;Organisationsnummer/Personnummer;Kundtyp;Adress;Postnummer;Ort;Land;"
    "Telefon;E-post;Er referens;Betalningsvillkor;Valuta;Anteckning"
)


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    rng = random.Random(14)
    lines = [HEADER]
    for number in range(1, ROWS + 1):
        private = number % 3 == 0
        identity = random_personal_number(rng) if private else random_org_number(rng)
        postcode, city = rng.choice(CITIES)
        lines.append(
            f"{number};Kund {number} Åkesson;{identity};"
            f"{'Privatperson' if private else 'Företag'};Storgatan {number % 90};{postcode};"
            f"{city};Sverige;08-{number:06d};kund{number}@example.se;Märta;30 dagar;SEK;"
            f'"Rad ett\nrad två"'
        )
    path = tmp_path_factory.mktemp("table") / "kunder.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return path


def test_plan_10000_rows(benchmark, big_file):
    existing = [ExistingCustomerKeys(id=i, number=i) for i in range(1, 101)]
    plan = benchmark.pedantic(
        plan_file, args=(big_file,), kwargs={"existing": existing}, rounds=3, iterations=1
    )
    assert len(plan.rows) == ROWS
    assert plan.count(RowStatus.ERROR) == 0, plan.rows[0].errors
    assert plan.count(RowStatus.DUPLICATE) >= 100
    assert_within(benchmark, 5)


@pytest.fixture(scope="module")
def big_workbook(big_file):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    text = big_file.read_bytes().decode("cp1252")
    for record in csv.reader(io.StringIO(text, newline=""), delimiter=";"):
        sheet.append(record)
    path = big_file.with_suffix(".xlsx")
    workbook.save(path)
    return path


def test_plan_10000_rows_from_excel(benchmark, big_workbook):
    plan = benchmark.pedantic(plan_file, args=(big_workbook,), rounds=3, iterations=1)
    assert len(plan.rows) == ROWS
    assert plan.count(RowStatus.ERROR) == 0, plan.rows[0].errors
    assert_within(benchmark, 5)


def _whole_import(path, db):
    table = read_customer_table(path)
    plan = plan_customer_import(db, table)
    return import_customers(db, plan)


@pytest.fixture
def fresh_registers(tmp_path):
    """A new register for each round, with two customers that rows of the file match."""
    made = []
    counter = itertools.count()

    def fresh():
        db = open_database(tmp_path / f"register{next(counter)}.sqlite3")
        create_customer(db, CustomerDetails(name="Kund 1 Åkesson", email="kund1@example.se"))
        create_customer(db, CustomerDetails(name="Någon annan"))
        made.append(db)
        return db

    yield fresh
    for db in made:
        db.dispose()


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_import_10000_rows(benchmark, big_file, big_workbook, fresh_registers, kind):
    path = big_file if kind == "csv" else big_workbook
    summary = benchmark.pedantic(
        _whole_import, setup=lambda: ((path, fresh_registers()), {}), rounds=3, iterations=1
    )
    # Row 1 is customer 1 (number and e-mail): an update; row 2 has customer 2's number only,
    # and a few random organisationsnummer come twice: duplicates, skipped.
    assert summary.updated == 1 and summary.skipped >= 1
    assert summary.created + summary.skipped == ROWS - 1
    assert_within(benchmark, 5)
