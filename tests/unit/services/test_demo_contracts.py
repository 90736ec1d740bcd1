"""Demo contracts: one customer in eight, every kind, each on the customer's history, and a
run that has periods to catch up."""

from __future__ import annotations

import datetime as dt

from kundbok.domain.events import EventAction
from kundbok.services.contract_queries import list_contracts
from kundbok.services.contract_run import due_periods
from kundbok.services.demo_contracts import create_demo_contracts
from kundbok.services.demo_data import create_demo_customers
from kundbok.services.history import customer_history

TODAY = dt.date(2027, 6, 15)


def test_demo_contracts_give_the_run_work(db):
    create_demo_customers(db, 160)
    made = create_demo_contracts(db, today=TODAY)
    rows = list_contracts(db, TODAY)
    assert made == len(rows) > 10
    assert len({row.customer_id for row in rows}) == made
    assert {row.interval_months for row in rows} >= {1, 3, 12}
    assert len(due_periods(db, TODAY)) > made  # missed periods to catch up
    history = customer_history(db, rows[0].customer_id)
    assert EventAction.CONTRACT_CREATED in [event.action for event in history]


def test_a_count_asks_for_more_contracts_than_customers(db):
    create_demo_customers(db, 20)
    assert create_demo_contracts(db, count=50, today=TODAY) == 50
    assert len(list_contracts(db, TODAY)) == 50
