"""The contract run: the list of periods due on a date over 5,000 contracts within 1 s, and
1,000 issued invoices made from contracts (without sending) within 10 s."""

from __future__ import annotations

import datetime as dt
import shutil
from itertools import islice, takewhile

import pytest
from sqlalchemy import insert
from tests.helpers.benchmarking import assert_within, sized

from kundbok.db.migrate import open_database
from kundbok.db.models import ContractPeriod
from kundbok.domain.contract_periods import periods
from kundbok.services.contract_queries import loaded_contracts
from kundbok.services.contract_run import due_periods, run_contracts
from kundbok.services.demo_contracts import create_demo_contracts
from kundbok.services.demo_data import create_demo_company, create_demo_customers

DAY = dt.date(2027, 6, 15)


def _register(path, contracts: int, history: bool) -> None:
    db = open_database(path)
    create_demo_company(db)
    create_demo_customers(db, contracts)
    create_demo_contracts(db, count=contracts, today=DAY)
    if history:
        # A year of runs behind: every period due a month ago recorded; one in twenty
        # contracts has a gap (a deleted draft), which is read period by period.
        with db.unit_of_work() as session:
            rows = []
            cutoff = DAY - dt.timedelta(days=31)
            for contract, _ in loaded_contracts(session):
                done = list(takewhile(lambda p: p.due <= cutoff, periods(contract.schedule)))
                if contract.id is not None and contract.id % 20 == 0 and done:
                    done = done[1:]
                rows += [
                    {"contract_id": contract.id, "period_start": p.start, "period_end": p.end}
                    for p in islice(done, 100)
                ]
            if rows:
                session.execute(insert(ContractPeriod), rows)
            session.commit()
    db.dispose()


@pytest.fixture(scope="module")
def contract_register(tmp_path_factory):
    path = tmp_path_factory.mktemp("contracts") / "contracts.sqlite3"
    _register(path, sized(5_000, 200), history=True)
    db = open_database(path)
    yield db
    db.dispose()


def test_the_list_of_periods_due_over_5000_contracts(benchmark, contract_register):
    due = benchmark.pedantic(due_periods, args=(contract_register, DAY), rounds=3, iterations=1)
    assert due
    assert_within(benchmark, 1.0)


@pytest.fixture(scope="module")
def run_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("run") / "template.sqlite3"
    _register(path, sized(1_000, 50), history=False)
    return path


def test_1000_issued_invoices_from_contracts(benchmark, run_template, tmp_path):
    wanted = sized(1_000, 50)
    rounds = iter(range(100))

    def fresh():
        path = tmp_path / f"run-{next(rounds)}.sqlite3"
        shutil.copy(run_template, path)
        db = open_database(path)
        chosen = due_periods(db, DAY)[:wanted]
        assert len(chosen) == wanted
        return (db, chosen, DAY, True), {}

    def run(db, chosen, day, issue):
        outcome = run_contracts(db, chosen, day, issue)
        db.dispose()
        return outcome

    outcome = benchmark.pedantic(run, setup=fresh, rounds=3, iterations=1)
    assert len(outcome.made) == wanted and not outcome.refused
    assert_within(benchmark, 10.0)
