"""The run invoices every due period once: catch-up, in arrears, end dates, a second run,
drafts deleted and invoices credited, customers left out; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

from sqlalchemy import func, select

from kundbok.db.models import ContractPeriod, Invoice
from kundbok.domain.contract import ContractDetails
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.errors import RefusedError
from kundbok.domain.invoice import LineDetails
from kundbok.services.contract_run import (
    Delivery,
    LeftOut,
    PeriodNotDueError,
    PeriodTakenError,
    deliveries,
    due_periods,
    run_contracts,
)
from kundbok.services.contracts import pause_contract, resume_contract, save_contract
from kundbok.services.customers import (
    create_customer,
    deactivate_customers,
    get_customer,
    update_customer,
)
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import create_credit_note, delete_draft

D0 = dt.date
LINE = LineDetails(description="Serviceavtal", quantity=D(1), unit_price=D(1200), vat_rate=D(25))


def _contract(db, **changes) -> ContractDetails:
    customer = create_customer(db, CustomerDetails(name="Avtalskund AB", language="sv"))
    values = {"customer_id": customer.id, "start_date": D0(2027, 1, 1), "lines": (LINE,)}
    return save_contract(db, ContractDetails(**(values | changes)))


def _run(db, day, issue=False):
    return run_contracts(db, due_periods(db, day), day, issue)


def _recorded(db) -> list[tuple[int, dt.date]]:
    with db.unit_of_work(write=False) as session:
        rows = session.execute(select(ContractPeriod.contract_id, ContractPeriod.period_start))
        return sorted((contract_id, start) for contract_id, start in rows)


def test_missed_periods_are_caught_up_one_invoice_each(any_db):
    contract = _contract(any_db)
    outcome = _run(any_db, D0(2027, 4, 15), issue=True)
    assert [made.period.start for made in outcome.made] == [D0(2027, m, 1) for m in (1, 2, 3, 4)]
    numbers = [made.number for made in outcome.made]
    assert None not in numbers and len(set(numbers)) == 4
    invoice = get_invoice(any_db, outcome.made[0].invoice_id)
    assert invoice.invoice_date == D0(2027, 4, 15)
    assert invoice.lines[0].description == "Serviceavtal\nPeriod 2027-01-01 – 2027-01-31"
    assert invoice.text.startswith(f"Avtal {contract.number}")
    assert invoice.totals().total == D(1500)


def test_a_second_run_makes_nothing(any_db):
    _contract(any_db)
    assert len(_run(any_db, D0(2027, 3, 1)).made) == 3
    assert due_periods(any_db, D0(2027, 3, 1)) == []
    assert _run(any_db, D0(2027, 3, 1)).made == ()
    assert len(_recorded(any_db)) == 3


def test_a_period_listed_twice_is_invoiced_once(any_db):
    _contract(any_db)
    listed = due_periods(any_db, D0(2027, 1, 1))
    first = run_contracts(any_db, listed, D0(2027, 1, 1), issue=True)
    second = run_contracts(any_db, listed, D0(2027, 1, 1), issue=True)
    assert len(first.made) == 1 and second.made == ()
    assert isinstance(second.refused[0][1], PeriodTakenError)
    with any_db.unit_of_work(write=False) as session:
        assert session.scalar(select(func.count()).select_from(Invoice)) == 1


def test_in_arrears_waits_for_the_period_to_end(any_db):
    _contract(any_db, interval_months=3, in_arrears=True)
    assert due_periods(any_db, D0(2027, 3, 31)) == []
    (due,) = due_periods(any_db, D0(2027, 4, 1))
    assert (due.period.start, due.period.end) == (D0(2027, 1, 1), D0(2027, 3, 31))
    made = _run(any_db, D0(2027, 4, 1)).made[0]
    assert get_invoice(any_db, made.invoice_id).delivery_date == D0(2027, 3, 31)


def test_days_before_make_the_invoice_early(any_db):
    _contract(any_db, days_before=14)
    assert [d.period.start for d in due_periods(any_db, D0(2026, 12, 18))] == [D0(2027, 1, 1)]


def test_no_period_after_the_end_date(any_db):
    _contract(any_db, interval_months=3, end_date=D0(2027, 5, 15))
    made = _run(any_db, D0(2028, 1, 1)).made
    assert [(m.period.start, m.period.end) for m in made] == [
        (D0(2027, 1, 1), D0(2027, 3, 31)),
        (D0(2027, 4, 1), D0(2027, 5, 15)),
    ]


def test_deleting_a_draft_frees_its_period_crediting_does_not(any_db):
    _contract(any_db)
    drafts = _run(any_db, D0(2027, 2, 1)).made
    delete_draft(any_db, drafts[0].invoice_id)
    assert [d.period.start for d in due_periods(any_db, D0(2027, 2, 1))] == [D0(2027, 1, 1)]
    issued = _run(any_db, D0(2027, 2, 1), issue=True).made[0]
    assert issued.period.start == D0(2027, 1, 1)
    create_credit_note(any_db, issued.invoice_id, D0(2027, 2, 2), issue=True)
    assert due_periods(any_db, D0(2027, 2, 1)) == []


def test_blocked_and_passive_customers_are_left_out_with_the_reason(any_db):
    blocked = _contract(any_db)
    passive = _contract(any_db)
    stored = get_customer(any_db, blocked.customer_id)
    update_customer(any_db, blocked.customer_id, replace(stored, blocked=True))
    deactivate_customers(any_db, [passive.customer_id])
    reasons = {d.contract_number: d.left_out for d in due_periods(any_db, D0(2027, 1, 1))}
    assert reasons == {blocked.number: LeftOut.BLOCKED, passive.number: LeftOut.PASSIVE}


def test_a_customer_blocked_after_the_list_is_refused_alone_numbers_following_on(any_db):
    first, blocked, last = (_contract(any_db) for _ in range(3))
    listed = due_periods(any_db, D0(2027, 1, 1))
    stored = get_customer(any_db, blocked.customer_id)
    update_customer(any_db, blocked.customer_id, replace(stored, blocked=True))
    outcome = run_contracts(any_db, listed, D0(2027, 1, 1), issue=True)
    assert [(m.contract_number, m.number) for m in outcome.made] == [
        (first.number, 1),
        (last.number, 2),
    ]
    assert [(due.contract_number, type(error)) for due, error in outcome.refused] == [
        (blocked.number, RefusedError)
    ]
    assert _recorded(any_db) == [(first.id, D0(2027, 1, 1)), (last.id, D0(2027, 1, 1))]


def test_a_pause_passes_its_periods_over_for_good(any_db):
    contract = _contract(any_db)
    assert contract.id is not None
    _run(any_db, D0(2027, 1, 1))
    pause_contract(any_db, contract.id, D0(2027, 2, 1))
    listed = due_periods(any_db, D0(2027, 4, 1))
    assert {d.left_out for d in listed} == {LeftOut.PAUSED}
    refused = run_contracts(any_db, listed, D0(2027, 4, 1), issue=False).refused
    assert {type(error) for _, error in refused} == {PeriodNotDueError}
    resume_contract(any_db, contract.id, D0(2027, 4, 1))
    assert [d.period.start for d in due_periods(any_db, D0(2027, 4, 1))] == [D0(2027, 4, 1)]


def test_a_cancelled_run_stops_between_invoices(any_db):
    _contract(any_db)
    listed = due_periods(any_db, D0(2027, 6, 1))
    outcome = run_contracts(any_db, listed, D0(2027, 6, 1), True, lambda done, total: done < 2)
    assert outcome.stopped and len(outcome.made) == 2
    assert len(_recorded(any_db)) == 2
    with any_db.unit_of_work(write=False) as session:
        assert session.scalar(select(func.count()).select_from(Invoice)) == 2


def test_issued_invoices_go_by_e_mail_peppol_or_print(db):
    by_mail = _contract(db)
    peppol = _contract(db)
    on_paper = _contract(db)
    for contract, changes in (
        (by_mail, {"invoice_by_email": True, "email": "ekonomi@example.se"}),
        (peppol, {"peppol_scheme": "0007", "peppol_id": "2120000142", "buyer_reference": "R1"}),
    ):
        update_customer(
            db, contract.customer_id, replace(get_customer(db, contract.customer_id), **changes)
        )
    made = _run(db, D0(2027, 1, 1), issue=True).made
    ids = {m.contract_number: m.invoice_id for m in made}
    routes = deliveries(db, list(ids.values()))
    assert routes == {
        Delivery.EMAIL: [ids[by_mail.number]],
        Delivery.PEPPOL: [ids[peppol.number]],
        Delivery.PRINT: [ids[on_paper.number]],
    }


def test_a_run_past_the_credit_limit_is_noted_in_the_history(any_db):
    from kundbok.services.history import customer_history

    limited = _contract(any_db)  # 1 500 kr a month
    customer = get_customer(any_db, limited.customer_id)
    update_customer(any_db, customer.id, replace(customer, credit_limit=D(4000)))
    _contract(any_db)  # another customer, no limit: invoiced together
    outcome = _run(any_db, D0(2027, 4, 15), issue=True)
    assert len(outcome.made) == 8
    numbers = sorted(made.number for made in outcome.made)
    assert numbers == list(range(numbers[0], numbers[0] + 8))
    noted = [e for e in customer_history(any_db, customer.id) if e.action == "credit limit passed"]
    # 3 000 owed after two months; the third and the fourth take it past 4 000.
    assert sorted(e.changes["open_amount"] for e in noted) == [
        ["3000.00", "4500.00"],
        ["4500.00", "6000.00"],
    ]
