"""Contracts made, changed, paused, ended and adjusted, each told on the customer's history;
the list's next period and amounts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest

from kundbok.domain.contract import ContractDetails, ContractStatus, Rounding
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.errors import RefusedError
from kundbok.domain.events import EventAction
from kundbok.domain.invoice import LineDetails
from kundbok.services.conflicts import ConflictError
from kundbok.services.contract_queries import get_contract, list_contracts
from kundbok.services.contract_run import due_periods, run_contracts
from kundbok.services.contracts import (
    adjust_prices,
    end_contract,
    pause_contract,
    resume_contract,
    save_contract,
)
from kundbok.services.customers import create_customer, get_customer, update_customer
from kundbok.services.history import customer_history

LINE = LineDetails(description="Städning", quantity=D(4), unit_price=D(400), vat_rate=D(25))
START = dt.date(2027, 1, 1)


@pytest.fixture
def contract(db) -> ContractDetails:
    customer = create_customer(db, CustomerDetails(name="Städkund AB"))
    return save_contract(
        db,
        ContractDetails(
            customer_id=customer.id, start_date=START, interval_months=3, lines=(LINE,)
        ),
    )


def test_numbers_follow_each_other(db, contract):
    second = save_contract(db, replace(contract, id=None, number=None, version=None))
    assert (contract.number, second.number) == (1, 2)


def test_history_tells_the_contract_story(db, contract):
    assert contract.id is not None
    changed = save_contract(db, replace(contract, text="Varannan vecka"))
    paused = pause_contract(db, contract.id, dt.date(2027, 6, 1))
    resume_contract(db, contract.id, dt.date(2027, 9, 1))
    adjust_prices(db, [contract.id], D(3), dt.date(2028, 1, 1))
    end_contract(db, contract.id, dt.date(2028, 12, 31))
    events = customer_history(db, contract.customer_id)
    actions = [event.action for event in reversed(events)][1:]  # after the customer's creation
    assert actions == [
        EventAction.CONTRACT_CREATED,
        EventAction.CONTRACT_CHANGED,
        EventAction.CONTRACT_PAUSED,
        EventAction.CONTRACT_RESUMED,
        EventAction.CONTRACT_ADJUSTED,
        EventAction.CONTRACT_ENDED,
    ]
    assert all(event.changes["contract"] == [None, 1] for event in events[:-1])
    assert events[-3].changes["text"] == ["", "Varannan vecka"]
    assert changed.text == "Varannan vecka" and paused.paused_from == dt.date(2027, 6, 1)


def test_a_save_from_an_older_read_is_refused(db, contract):
    save_contract(db, replace(contract, text="Först"))
    with pytest.raises(ConflictError):
        save_contract(db, replace(contract, text="Sedan"))
    assert get_contract(db, contract.id).text == "Först"


def test_start_and_interval_stay_once_a_period_is_invoiced(db, contract):
    run_contracts(db, due_periods(db, START), START, issue=False)
    current = get_contract(db, contract.id)
    with pytest.raises(RefusedError):
        save_contract(db, replace(current, interval_months=1))
    save_contract(db, replace(current, text="Ändrad text"))  # the rest may change


def test_a_blocked_customer_gets_no_new_contract(db, contract):
    customer = get_customer(db, contract.customer_id)
    update_customer(db, customer.id, replace(customer, blocked=True))
    with pytest.raises(RefusedError):
        save_contract(db, replace(contract, id=None, number=None, version=None))


def test_adjust_all_skips_the_ended_and_rounds_as_asked(db, contract):
    assert contract.id is not None
    other = save_contract(db, replace(contract, id=None, number=None, version=None))
    end_contract(db, other.id, dt.date(2027, 3, 31))
    assert adjust_prices(db, None, D("2.5"), dt.date(2027, 4, 1), Rounding.KRONA) == 1
    rows = {row.number: row for row in list_contracts(db, dt.date(2027, 1, 15))}
    assert rows[1].per_period == D(1600)  # the next period is the first, before the raise
    run_contracts(db, due_periods(db, START), START, issue=False)
    rows = {row.number: row for row in list_contracts(db, dt.date(2027, 1, 15))}
    assert rows[1].next_period.start == dt.date(2027, 4, 1)
    assert rows[1].per_period == D(4 * 410)  # 400 × 1.025 = 410 kr
    assert rows[1].per_year == D(4 * 410 * 4)
    assert rows[2].status == ContractStatus.ACTIVE
    assert {row.number: row.status for row in list_contracts(db, dt.date(2027, 4, 1))}[2] == (
        ContractStatus.ENDED
    )


def test_a_contract_made_from_articles_takes_the_customers_agreed_prices(db):
    from kundbok.domain.line_orders import LineOrder
    from kundbok.services.articles import ArticleDetails, save_article
    from kundbok.services.contracts import ContractOrder, create_contract
    from kundbok.services.price_lists import PriceOwner, set_price

    article = save_article(
        db, ArticleDetails(number="ST", description="Städning", unit_price=D(450))
    )
    customer = create_customer(db, CustomerDetails(name="Kontor AB"))
    # Agreed from the contract's first day: the contract takes it; the article's price is 450.
    set_price(db, PriceOwner(customer_id=customer.id), article.id, D(380), valid_from=START)
    order = ContractOrder(customer.number, (LineOrder(D(4), "ST"),), 1, START)
    [line] = create_contract(db, order).lines
    assert line.unit_price == D(380)
