"""Invoices in another currency than kronor: issued with the rate of their delivery date, the
last rate offered, booked in SIE in kronor at that rate, payments at the day's rate with the
difference on 3960/7960, and a rate recorded afterwards on an invoice issued without one."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from sqlalchemy import update
from tests.helpers.shortcuts import new_draft
from tests.unit.domain.sie.strict_sie_reader import read_sie

from kundbok.db.models import Invoice
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.errors import RefusedError, ValidationError
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.exchange_rates import record_exchange_rate
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import (
    create_credit_note,
    issue_invoice,
    save_draft,
    start_draft,
)
from kundbok.services.payments.booking import invoice_payments, register_payment
from kundbok.services.settings import get_company, save_company
from kundbok.services.sie_export import export_sie, sie_vouchers

DAY = dt.date(2026, 3, 2)
MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
LINES = (
    LineDetails(description="Consulting", quantity=D(10), unit_price=D("95.00"), vat_rate=D(25)),
    LineDetails(description="Book", unit_price=D("20.00"), vat_rate=D(6)),
)  # 950 + 237.50 VAT, 20 + 1.20 VAT: EUR 1 208.70


@pytest.fixture
def euro(any_db):
    return create_customer(any_db, CustomerDetails(name="Müller GmbH", currency="EUR"))


def _draft(db, customer, rate=None, day=DAY, lines=LINES):
    return save_draft(db, replace(new_draft(db, customer.id, day), lines=lines, exchange_rate=rate))


def _issued(db, customer, rate=D("11.4350"), day=DAY):
    return issue_invoice(db, _draft(db, customer, rate, day).id, day)


def _lines_of(voucher):
    return {t.account: t.amount for t in voucher.transactions}


def test_an_invoice_in_euro_is_not_issued_without_its_rate(any_db, euro):
    draft = _draft(any_db, euro)
    with pytest.raises(ValidationError, match="needs the exchange rate to SEK") as refused:
        issue_invoice(any_db, draft.id, DAY)
    assert refused.value.field == "exchange_rate"
    assert get_invoice(any_db, draft.id).number is None  # nothing issued, no number drawn
    issued = issue_invoice(any_db, _draft(any_db, euro, D("11.435")).id, DAY)
    assert issued.exchange_rate == D("11.435")
    assert issued.vat_in_kronor() == D("2729.53")  # EUR 238.70 at 11.435


def test_a_rate_is_checked_and_an_invoice_in_kronor_keeps_none(any_db, euro):
    for rate in (D(0), D("-11"), D("11.1234567"), D(20000)):
        with pytest.raises(ValidationError):
            _draft(any_db, euro, rate)
    kronor = create_customer(any_db, CustomerDetails(name="Åkessons Rör AB"))
    assert _draft(any_db, kronor, D("11.4")).exchange_rate is None


def test_a_new_invoice_offers_the_last_rate_of_its_currency(any_db, euro):
    assert start_draft(any_db, euro.id, DAY).invoice.exchange_rate is None  # none used yet
    _issued(any_db, euro, D("11.20"), dt.date(2026, 2, 1))
    _issued(any_db, euro, D("11.35"), dt.date(2026, 2, 20))
    _draft(any_db, euro, D("99"))  # a draft's rate was never used
    start = start_draft(any_db, euro.id, DAY)
    assert (start.invoice.exchange_rate, start.exchange_rate_from) == (
        D("11.35"),
        dt.date(2026, 2, 20),
    )
    pounds = create_customer(any_db, CustomerDetails(name="Smith Ltd", currency="GBP"))
    assert start_draft(any_db, pounds.id, DAY).invoice.exchange_rate is None


def test_rot_and_rut_are_invoiced_in_kronor(any_db, euro):
    draft = save_draft(any_db, replace(_draft(any_db, euro, D("11.4")), rot_rut="rot"))
    with pytest.raises(ValidationError, match="in kronor"):
        issue_invoice(any_db, draft.id, DAY)


def test_the_credit_note_cancels_the_invoice_at_the_invoices_rate(any_db, euro):
    invoice = _issued(any_db, euro)
    credit = create_credit_note(any_db, invoice.id, dt.date(2026, 3, 20))
    assert credit.exchange_rate == invoice.exchange_rate
    vouchers = sie_vouchers(any_db, *MARCH)
    assert _lines_of(vouchers[0])["1510"] == -_lines_of(vouchers[1])["1510"] == D("13821.48")


def test_sie_books_an_invoice_in_euro_in_kronor_at_its_rate(any_db, euro):
    _issued(any_db, euro)
    [voucher] = sie_vouchers(any_db, *MARCH)
    lines = _lines_of(voucher)
    # EUR 1 208.70 at 11.4350: the receivable is the whole converted once, the VAT the kronor
    # the invoice printed (EUR 238.70 -> 2 729.53), the shares add up to the öre.
    assert lines == {
        "1510": D("13821.48"),
        "2611": D("-2715.81"),
        "2631": D("-13.72"),
        "3001": D("-10863.25"),
        "3003": D("-228.70"),
    }
    assert sum(lines.values()) == 0
    receivable = next(t for t in voucher.transactions if t.account == "1510")
    assert receivable.text == "EUR 1\u00a0208,70 kurs 11,435"


def test_payments_at_other_rates_book_the_difference_on_3960_and_7960(any_db, euro):
    invoice = _issued(any_db, euro)
    register_payment(any_db, invoice.id, D("600.00"), dt.date(2026, 3, 10), exchange_rate=D("11.6"))
    register_payment(any_db, invoice.id, D("608.70"), dt.date(2026, 3, 20), exchange_rate=D("11.3"))
    assert [p.exchange_rate for p in invoice_payments(any_db, invoice.id)] == [D("11.6"), D("11.3")]
    _, gain, loss = sie_vouchers(any_db, *MARCH)
    assert _lines_of(gain) == {"1930": D("6960.00"), "1510": D("-6861.00"), "3960": D("-99.00")}
    assert _lines_of(loss) == {"1930": D("6878.31"), "1510": D("-6960.48"), "7960": D("82.17")}
    assert D("6861.00") + D("6960.48") == D("13821.48")  # the receivable is cleared to the öre


def test_a_payment_without_a_rate_is_booked_at_the_invoices(any_db, euro):
    invoice = _issued(any_db, euro)
    register_payment(any_db, invoice.id, D("1208.70"), dt.date(2026, 3, 10))
    _, payment = sie_vouchers(any_db, *MARCH)
    assert _lines_of(payment) == {"1930": D("13821.48"), "1510": D("-13821.48")}


def test_the_exchange_accounts_come_from_the_settings(any_db, euro):
    save_company(
        any_db,
        replace(get_company(any_db), exchange_gain_account="3961", exchange_loss_account="7961"),
    )
    invoice = _issued(any_db, euro)
    register_payment(any_db, invoice.id, D("100.00"), dt.date(2026, 3, 10), exchange_rate=D("12"))
    register_payment(any_db, invoice.id, D("100.00"), dt.date(2026, 3, 11), exchange_rate=D("11"))
    _, gain, loss = sie_vouchers(any_db, *MARCH)
    assert "3961" in _lines_of(gain) and "7961" in _lines_of(loss)
    with pytest.raises(ValidationError) as refused:
        save_company(any_db, replace(get_company(any_db), exchange_loss_account="79x1"))
    assert refused.value.field == "exchange_loss_account"


def test_a_payment_in_kronor_has_no_rate(any_db):
    kronor = create_customer(any_db, CustomerDetails(name="Åkessons Rör AB"))
    invoice = _issued(any_db, kronor, rate=None)
    with pytest.raises(ValidationError, match="in kronor"):
        register_payment(any_db, invoice.id, D(100), DAY, exchange_rate=D("11.4"))
    assert invoice_payments(any_db, invoice.id) == []


def test_an_invoice_issued_without_a_rate_is_booked_once_its_rate_is_recorded(
    any_db, euro, tmp_path
):
    invoice = _issued(any_db, euro)
    with any_db.unit_of_work() as session:  # as a register from before rates were kept has it
        session.execute(update(Invoice).values(exchange_rate=None))
        session.commit()
    path = tmp_path / "mars.se"
    with pytest.raises(ValidationError, match=f"Invoice {invoice.number} is in EUR"):
        export_sie(any_db, *MARCH, path)
    assert not path.exists()
    recorded = record_exchange_rate(any_db, invoice.id, D("11.4350"))
    assert recorded.exchange_rate == D("11.435")
    assert export_sie(any_db, *MARCH, path) == 1
    read_sie(path.read_bytes())
    with pytest.raises(RefusedError, match="already has its exchange rate"):
        record_exchange_rate(any_db, invoice.id, D("12"))
    assert get_invoice(any_db, invoice.id).exchange_rate == D("11.435")
