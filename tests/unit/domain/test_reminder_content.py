"""What a reminder contains: overdue invoices, the fee once, förseningsersättning once per
invoice and only for businesses, interest per day across reference-rate changes and part
payments; what a räntefaktura charges."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from kundbok.domain.errors import ValidationError
from kundbok.domain.late_payment import ReferenceRate, check_reference_rates
from kundbok.domain.reminders import (
    InterestTerms,
    Receivable,
    ReminderTerms,
    interest_charge,
    interest_until,
    reminder_content,
)

DUE = dt.date(2026, 1, 31)


def receivable(number=1, due=DUE, amount="10000.00", **changes) -> Receivable:
    return Receivable(
        invoice_id=number, number=number, ocr=f"{number}", due_date=due, amount_due=D(amount),
        **changes,
    )  # fmt: skip


def test_interest_across_a_reference_rate_change():
    # Due 2025-06-20, paid 2025-07-10: the rate falls from 3.00 to 2.00 on 1 July.
    late = receivable(due=dt.date(2025, 6, 20))
    interest = interest_until(late, dt.date(2025, 7, 10), InterestTerms())
    first = D(10000) * D("11.00") / 100 * 10 / 365  # 2025-06-21..30 at 3.00 + 8
    second = D(10000) * D("10.00") / 100 * 10 / 365  # 2025-07-01..10 at 2.00 + 8
    assert interest == (first + second).quantize(D("0.01"))
    assert interest == D("57.53")


def test_an_agreed_rate_replaces_the_statutory_one():
    terms = InterestTerms(agreed_percent=D(24))
    assert interest_until(receivable(), dt.date(2026, 3, 2), terms) == D("197.26")  # 30 days


def test_part_payments_lower_the_interest_from_their_day():
    part = receivable(payments=((dt.date(2026, 2, 10), D("5000.00")),))
    whole = receivable()
    day = dt.date(2026, 3, 2)
    # 10 days on 10 000, 20 days on 5 000, at 10 %.
    expected = (D(10000) * 10 + D(5000) * 20) * D("0.10") / 365
    assert interest_until(part, day, InterestTerms()) == expected.quantize(D("0.01"))
    assert interest_until(part, day, InterestTerms()) < interest_until(whole, day, InterestTerms())


@pytest.mark.parametrize(
    ("business", "charged_before", "company_charges", "compensation"),
    [
        (True, False, True, D(450)),
        (True, True, True, D(0)),  # never twice for the same invoice
        (False, False, True, D(0)),  # never for a consumer
        (True, False, False, D(0)),  # only when the company charges it
    ],
)
def test_compensation_once_per_invoice_for_businesses(
    business, charged_before, company_charges, compensation
):
    terms = ReminderTerms(is_business=business, charges_compensation=company_charges)
    content = reminder_content(
        [receivable(compensation_charged=charged_before)], terms, dt.date(2026, 2, 15)
    )
    assert content.lines[0].compensation == compensation


def test_the_fee_once_per_reminder_and_the_total():
    terms = ReminderTerms(fee=D(60), charges_compensation=True)
    day = dt.date(2026, 3, 2)
    content = reminder_content([receivable(1), receivable(2, amount="500.00")], terms, day)
    assert content.fee == D(60)
    assert content.open_total == D("10500.00")
    assert content.compensation_total == D(900)
    assert content.total == (content.open_total + D(60) + D(900) + content.interest_total)
    assert [line.level for line in content.lines] == [1, 1]


def test_the_fee_is_capped_at_60_kronor():
    with pytest.raises(ValidationError):
        reminder_content([receivable()], ReminderTerms(fee=D(61)), dt.date(2026, 2, 15))


def test_no_fee_when_none_was_agreed_and_no_reminder_without_overdue_invoices():
    day = dt.date(2026, 2, 15)
    assert reminder_content([receivable()], ReminderTerms(), day).fee == 0
    not_due = receivable(due=dt.date(2026, 3, 1))
    paid = receivable(2, payments=((dt.date(2026, 2, 1), D("10000.00")),))
    content = reminder_content([not_due, paid], ReminderTerms(fee=D(60)), day)
    assert content.lines == () and content.fee == 0


def test_an_invoice_reminded_today_is_left_out_and_the_level_rises():
    day = dt.date(2026, 2, 15)
    assert reminder_content([receivable(reminded_on=day)], ReminderTerms(), day).lines == ()
    [line] = reminder_content([receivable(level=2)], ReminderTerms(), day).lines
    assert line.level == 3


def test_no_interest_or_compensation_on_a_raentefaktura():
    terms = ReminderTerms(charges_compensation=True)
    [line] = reminder_content(
        [receivable(is_interest_invoice=True)], terms, dt.date(2026, 3, 2)
    ).lines
    assert (line.interest, line.compensation) == (0, 0)


def test_interest_charge_runs_to_the_day_the_invoice_was_covered():
    late = receivable(
        payments=((dt.date(2026, 2, 10), D("4000.00")), (dt.date(2026, 3, 2), D("6000.00")))
    )
    charge = interest_charge(late, InterestTerms(), fees=[D(60)], compensation=[D(450)])
    assert charge is not None and charge.paid_on == dt.date(2026, 3, 2)
    expected = (D(10000) * 10 + D(6000) * 20) * D("0.10") / 365
    assert charge.interest == expected.quantize(D("0.01"))
    assert charge.total == charge.interest + D(510)
    on_time = receivable(payments=((DUE, D("10000.00")),))
    assert interest_charge(on_time, InterestTerms()) is None
    assert interest_charge(receivable(), InterestTerms()) is None  # still open


def test_reference_rates_are_checked():
    day = dt.date(2026, 7, 1)
    assert check_reference_rates([ReferenceRate(day, D("1.50"))])[0].percent == D("1.50")
    for bad in (
        [],
        [ReferenceRate(day, D(1)), ReferenceRate(day, D(2))],
        [ReferenceRate(day, D(80))],
    ):
        with pytest.raises(ValidationError):
            check_reference_rates(bad)
