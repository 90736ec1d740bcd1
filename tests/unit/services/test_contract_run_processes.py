"""Each period exactly once when runs meet: two processes running at once, and a run killed
with SIGKILL half-way and run again; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from decimal import Decimal as D

from sqlalchemy import func, select

from kundbok.db.models import ContractPeriod, Invoice
from kundbok.domain.contract import ContractDetails
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.contracts import save_contract
from kundbok.services.customers import create_customer

CONTRACTS = 15
RUN_DATE = "2027-06-15"
PERIODS = CONTRACTS * 6  # January to June


def _contracts(db) -> None:
    line = LineDetails(description="Hyra", quantity=D(1), unit_price=D(2500), vat_rate=D(25))
    for number in range(CONTRACTS):
        customer = create_customer(db, CustomerDetails(name=f"Hyresgäst {number}"))
        save_contract(
            db,
            ContractDetails(customer_id=customer.id, start_date=dt.date(2027, 1, 1), lines=(line,)),
        )


def _url(db) -> str:
    return db.engine.url.render_as_string(hide_password=False)


def _start_run(db) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kundbok",
            "--database",
            _url(db),
            "contract",
            "run",
            "--date",
            RUN_DATE,
            "--issue",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )


def _counts(db) -> tuple[int, int]:
    with db.unit_of_work(write=False) as session:
        records = session.scalar(select(func.count()).select_from(ContractPeriod)) or 0
        invoices = session.scalar(select(func.count()).select_from(Invoice)) or 0
    return records, invoices


def _assert_each_period_once(db) -> None:
    with db.unit_of_work(write=False) as session:
        rows = list(session.execute(select(ContractPeriod.contract_id, ContractPeriod.invoice_id)))
        numbers = sorted(session.scalars(select(Invoice.number)))
    assert len(rows) == PERIODS  # no period skipped; unique per period: none twice
    per_contract: dict[int, int] = {}
    for contract_id, _ in rows:
        per_contract[contract_id] = per_contract.get(contract_id, 0) + 1
    assert set(per_contract.values()) == {6}
    assert None not in {invoice_id for _, invoice_id in rows}
    assert len({invoice_id for _, invoice_id in rows}) == PERIODS
    assert numbers == list(range(1, PERIODS + 1))  # every invoice has its record, no gap


def test_two_runs_at_once_invoice_each_period_once(any_db):
    _contracts(any_db)
    runs = [_start_run(any_db), _start_run(any_db)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    made = [out.count("\tinvoice ") for out, _ in outputs]
    assert sum(made) == PERIODS
    _assert_each_period_once(any_db)


def test_a_run_killed_half_way_leaves_no_period_twice_and_none_missing(any_db):
    _contracts(any_db)
    run = _start_run(any_db)
    deadline = time.monotonic() + 120
    while _counts(any_db)[0] < 10 and time.monotonic() < deadline:
        time.sleep(0.02)
    run.send_signal(signal.SIGKILL)
    run.communicate(timeout=30)  # closes its pipes
    records, invoices = _counts(any_db)
    assert 10 <= records < PERIODS
    assert invoices == records  # each invoice committed with its record, or neither
    again = _start_run(any_db)
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert out.count("\tinvoice ") == PERIODS - records
    _assert_each_period_once(any_db)
