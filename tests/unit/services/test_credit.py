"""Credit limits: what a customer owes against its limit before a new invoice, a group's default,
and the history's note when an invoice went past the limit."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from tests.helpers.shortcuts import new_draft

from kundbok.domain.credit import CreditCheck, is_over_limit
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.customer_group import CustomerGroupDetails, with_group_defaults
from kundbok.domain.errors import ValidationError
from kundbok.domain.invoice import LineDetails
from kundbok.services.credit import credit_check
from kundbok.services.customer_groups import create_group
from kundbok.services.customers import create_customer, update_customer
from kundbok.services.history import customer_history
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.payments.booking import register_payment

DAY = dt.date(2026, 4, 1)


def _invoice(db, customer_id: int, net: str, issue: bool = True, rate: D | None = None):
    """An invoice of `net` plus 25 % VAT in the customer's currency (a draft unless `issue`;
    `rate` to SEK for another currency)."""
    draft = replace(
        new_draft(db, customer_id, DAY),
        lines=(LineDetails(description="Arbete", unit_price=D(net)),),
    )
    saved = save_draft(db, draft)
    return issue_invoice(db, saved.id, DAY, exchange_rate=rate) if issue else saved


@pytest.fixture
def limited(any_db):
    customer = create_customer(any_db, CustomerDetails(name="Bygg AB", credit_limit=D(10000)))
    return any_db, customer


def test_the_check_counts_what_is_owed_and_what_comes(limited):
    db, customer = limited
    first = _invoice(db, customer.id, "6400")  # 8 000 with VAT
    check = credit_check(db, customer.id, D(2000))
    assert check == CreditCheck(D(8000), D(2000), D(10000))
    assert not check.over_limit  # reaching the limit is fine
    assert credit_check(db, customer.id, D("2000.01")).over_limit
    register_payment(db, first.id, D(3000), DAY)
    assert credit_check(db, customer.id, D(5000)) == CreditCheck(D(5000), D(5000), D(10000))


def test_no_limit_no_warning(any_db):
    customer = create_customer(any_db, CustomerDetails(name="Fri AB"))
    _invoice(any_db, customer.id, "100000")
    check = credit_check(any_db, customer.id, D(1000000))
    assert check.limit is None and not check.over_limit


def test_drafts_and_other_currencies_do_not_count(limited):
    db, customer = limited
    _invoice(db, customer.id, "7000", issue=False)
    update_customer(db, customer.id, replace(customer, currency="EUR"))
    _invoice(db, customer.id, "7000", rate=D("11.50"))  # in euros
    assert credit_check(db, customer.id, D(0)).open_amount == D(0)


def test_an_invoice_past_the_limit_is_issued_and_noted(limited):
    db, customer = limited
    _invoice(db, customer.id, "6400")
    assert "credit limit passed" not in [e.action for e in customer_history(db, customer.id)]
    second = _invoice(db, customer.id, "2400")  # 3 000: 11 000 owed, over 10 000
    assert second.number is not None
    [noted] = [e for e in customer_history(db, customer.id) if e.action == "credit limit passed"]
    assert noted.changes["open_amount"] == ["8000.00", "11000.00"]
    assert noted.changes["credit_limit"] == [None, "10000.00"]


def test_a_group_gives_new_customers_its_limit(any_db):
    group = create_group(any_db, CustomerGroupDetails(name="Bygg", credit_limit=D(25000)))
    details = with_group_defaults(CustomerDetails(name="Ny AB"), group)
    assert details.credit_limit == D(25000)
    own = with_group_defaults(CustomerDetails(name="Egen AB", credit_limit=D(5000)), group)
    assert own.credit_limit == D(5000)


@pytest.mark.parametrize("limit", [D(-1), D("10.005")])
def test_a_limit_is_kronor_from_nothing(any_db, limit):
    with pytest.raises(ValidationError) as raised:
        create_customer(any_db, CustomerDetails(name="X", credit_limit=limit))
    assert raised.value.field == "credit_limit"
    with pytest.raises(ValidationError):
        create_group(any_db, CustomerGroupDetails(name="X", credit_limit=limit))


@pytest.mark.parametrize(
    ("owed", "limit", "over"),
    [(D(5), None, False), (None, D(5), False), (D(5), D(5), False), (D("5.01"), D(5), True)],
)
def test_over_limit_in_the_list(owed, limit, over):
    assert is_over_limit(owed, limit) is over


def test_a_customer_table_carries_the_credit_limit(tmp_path):
    from kundbok.services.tables import RowStatus, csv_table, map_columns, plan_import
    from kundbok.services.tables.export import export_rows

    table = csv_table("Namn;Kreditgräns\nEk AB;50 000\nAsk AB;\nAlm AB;mycket\n".encode())
    plan = plan_import(table, map_columns(table.header))
    limits = [row.details.credit_limit if row.details else row.status for row in plan.rows]
    assert limits == [D(50000), None, RowStatus.ERROR]
    rows = export_rows([CustomerDetails(name="Ek AB", credit_limit=D("25000.50"))])
    assert rows[1][rows[0].index("Kreditgräns")] == "25000,5"
