"""The reminder fee agreed with a customer: its own, else its group's, else the company's."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from tests.helpers.shortcuts import new_draft

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.customer_group import CustomerGroupDetails
from kundbok.domain.invoice import LineDetails
from kundbok.domain.reminders import agreed_fee
from kundbok.services.customer_groups import create_group
from kundbok.services.customers import create_customer
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.reminders.overdue import get_reminder, make_reminders, overdue_customers
from kundbok.services.reminders.settings import get_reminder_settings, save_reminder_settings

ISSUED = dt.date(2026, 1, 2)
LATE = dt.date(2026, 2, 15)
LINES = (LineDetails(description="Arbete", quantity=D(1), unit_price=D(1000), vat_rate=D(25)),)


@pytest.mark.parametrize(
    ("customer", "group", "fee"),
    [(None, None, D(60)), (None, D(30), D(30)), (D(0), D(30), D(0)), (D(45), None, D(45))],
)
def test_agreed_fee_takes_the_nearest_agreement(customer, group, fee):
    assert agreed_fee(customer, group, D(60)) == fee


@pytest.fixture
def company_fee_60(any_db):
    settings = get_reminder_settings(any_db)
    save_reminder_settings(any_db, replace(settings, reminder_fee=D(60)))
    return any_db


def _overdue_customer(db, **details):
    customer = create_customer(
        db, CustomerDetails(name="Åkessons Rör AB", payment_terms_days=30, **details)
    )
    draft = save_draft(db, replace(new_draft(db, customer.id, ISSUED), lines=LINES))
    issue_invoice(db, draft.id, ISSUED)
    return customer


def test_a_customer_of_a_group_is_charged_the_groups_fee(company_fee_60):
    db = company_fee_60
    group = create_group(db, CustomerGroupDetails(name="Stamkunder", reminder_fee=D(25)))
    customer = _overdue_customer(db, group_id=group.id)
    [listed] = overdue_customers(db, LATE)
    assert listed.content.fee == D(25)
    [made] = make_reminders(db, [customer.id], LATE)
    assert get_reminder(db, made.reminder_id).fee == D(25)


def test_the_customers_own_fee_goes_before_its_groups(company_fee_60):
    db = company_fee_60
    group = create_group(db, CustomerGroupDetails(name="Stamkunder", reminder_fee=D(25)))
    _overdue_customer(db, group_id=group.id, reminder_fee=D(0))
    [listed] = overdue_customers(db, LATE)
    assert listed.content.fee == 0


def test_a_group_without_a_fee_leaves_the_companys(company_fee_60):
    db = company_fee_60
    group = create_group(db, CustomerGroupDetails(name="Övriga"))
    _overdue_customer(db, group_id=group.id)
    [listed] = overdue_customers(db, LATE)
    assert listed.content.fee == D(60)
