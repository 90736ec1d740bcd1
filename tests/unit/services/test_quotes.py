"""Quotes from draft to invoiced: numbers, answers, part invoices that add up to the quote to
the öre, ROT on each part, parts given back by a credit note or a deleted draft."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from tests.helpers.rot_rut_invoices import ROT_LINES, personnummer

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.errors import NotFoundError, RefusedError, ValidationError
from kundbok.domain.invoice import LineDetails
from kundbok.domain.quote import QuoteStatus
from kundbok.services.customers import create_customer
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import create_credit_note, delete_draft, issue_invoice
from kundbok.services.quote_invoicing import invoice_quote
from kundbok.services.quote_queries import get_quote, list_quotes, quote_parts
from kundbok.services.quotes import (
    accept_quote,
    copy_quote,
    decline_quote,
    save_quote,
    start_quote,
)

TODAY = dt.date(2026, 3, 2)


@pytest.fixture
def db(any_db):
    """Every test here on SQLite and, when the run has a server, on PostgreSQL."""
    return any_db


LINES = (
    LineDetails(description="Målning", quantity=D("12.5"), unit="tim", unit_price=D("545.00"),
                vat_rate=D(25), discount_percent=D("7.5")),
    LineDetails(description="Färg", quantity=D(3), unit="st", unit_price=D("333.33"),
                vat_rate=D(25)),
    LineDetails(description="Bok", quantity=D(1), unit="st", unit_price=D("199.90"),
                vat_rate=D(6)),
)  # fmt: skip


def _quote(db, lines=LINES, rot_rut="", private=False, today=TODAY):
    details = (
        CustomerDetails(
            name="Anna Berg",
            kind="private",
            personal_number=personnummer(dt.date(1970, 5, 17), 12),
            rot_rut_property="Umeå Haga 1:1",
        )
        if private
        else CustomerDetails(name="Bygg AB")
    )
    customer = create_customer(db, details)
    start = start_quote(db, customer.id, today)
    quote = replace(start.quote, body=replace(start.quote.body, lines=lines, rot_rut=rot_rut))
    return save_quote(db, quote)


def test_quotes_are_numbered_in_their_own_series_and_stand_30_days(db):
    first, second = _quote(db), _quote(db)
    assert (first.number, second.number) == (1, 2)
    assert first.valid_until == TODAY + dt.timedelta(days=30)
    assert first.status(TODAY) == QuoteStatus.DRAFT
    assert first.status(TODAY + dt.timedelta(days=31)) == QuoteStatus.EXPIRED


def test_a_valid_until_before_the_quote_date_is_refused(db):
    quote = _quote(db)
    with pytest.raises(ValidationError):
        save_quote(db, replace(quote, valid_until=TODAY - dt.timedelta(days=1)))
    assert get_quote(db, quote.id).valid_until == quote.valid_until


def test_an_accepted_quote_is_fixed_and_a_copy_is_a_new_offer(db):
    quote = accept_quote(db, _quote(db).id, TODAY)
    with pytest.raises(RefusedError):
        save_quote(db, replace(quote, body=replace(quote.body, lines=LINES[:1])))
    copy = copy_quote(db, quote.id, TODAY)
    assert copy.number == quote.number + 1 and copy.body.lines == quote.body.lines
    assert copy.status(TODAY) == QuoteStatus.DRAFT


def test_an_expired_quote_is_accepted_only_with_a_later_date(db):
    quote = _quote(db)
    late = quote.valid_until + dt.timedelta(days=1)
    with pytest.raises(RefusedError):
        accept_quote(db, quote.id, late)
    assert get_quote(db, quote.id).state == "draft"
    declined = decline_quote(db, quote.id)
    assert declined.status(late) == QuoteStatus.DECLINED
    with pytest.raises(RefusedError):
        accept_quote(db, quote.id, TODAY)


def test_a_quote_not_accepted_is_not_invoiced(db):
    quote = _quote(db)
    with pytest.raises(RefusedError):
        invoice_quote(db, quote.id, today=TODAY)
    assert quote_parts(db, quote.id) == []


@pytest.mark.parametrize("percents", [(D(40),), (D("33.33"), D("33.33")), (D(10), D(45), D(5))])
def test_parts_add_up_to_the_quote_to_the_ore(db, percents):
    quote = accept_quote(db, _quote(db).id, TODAY)
    parts = [invoice_quote(db, quote.id, percent, today=TODAY) for percent in percents]
    parts.append(invoice_quote(db, quote.id, today=TODAY))  # the rest
    issued = [issue_invoice(db, part.id, TODAY) for part in parts]
    whole = quote.totals()
    sums = [invoice.totals() for invoice in issued]
    assert sum(t.net for t in sums) == whole.net
    assert sum(t.vat for t in sums) == whole.vat
    assert sum(t.total for t in sums) == whole.total
    assert all(t.rounding == 0 for t in sums[:-1])  # the last part takes the rounding
    assert get_quote(db, quote.id).status(TODAY) == QuoteStatus.INVOICED
    with pytest.raises(RefusedError):
        invoice_quote(db, quote.id, today=TODAY)


def test_a_part_says_which_quote_and_part_it_bills(db):
    quote = accept_quote(db, _quote(db).id, TODAY)
    part = invoice_quote(db, quote.id, D(40), today=TODAY)
    assert part.text == f"Delfaktura 1 enligt offert {quote.number}, 40 %"
    assert get_quote(db, quote.id).status(TODAY) == QuoteStatus.INVOICED_IN_PART
    second = invoice_quote(db, quote.id, today=TODAY)
    assert second.text == f"Delfaktura 2 enligt offert {quote.number}, återstående del"


def test_a_percentage_beyond_what_remains_is_refused(db):
    quote = accept_quote(db, _quote(db).id, TODAY)
    invoice_quote(db, quote.id, D(70), today=TODAY)
    with pytest.raises(ValidationError, match=r"29\.85"):
        invoice_quote(db, quote.id, D(31), today=TODAY)
    assert len(quote_parts(db, quote.id)) == 1
    rest = invoice_quote(db, quote.id, D(30), today=TODAY)  # the 30 % left, as the user reads it
    assert "återstående" in rest.text and get_quote(db, quote.id).remaining == 0


def test_chosen_lines_are_billed_whole_and_once(db):
    quote = accept_quote(db, _quote(db).id, TODAY)
    part = invoice_quote(db, quote.id, lines=(1, 3), today=TODAY)
    assert part.lines == (quote.body.lines[0], quote.body.lines[2])
    with pytest.raises(RefusedError):
        invoice_quote(db, quote.id, lines=(1,), today=TODAY)
    with pytest.raises(ValidationError):
        invoice_quote(db, quote.id, lines=(4,), today=TODAY)
    rest = invoice_quote(db, quote.id, today=TODAY)
    assert rest.lines == (quote.body.lines[1],)


def test_crediting_a_part_or_deleting_its_draft_gives_it_back(db):
    quote = accept_quote(db, _quote(db).id, TODAY)
    first = issue_invoice(db, invoice_quote(db, quote.id, D(50), today=TODAY).id, TODAY)
    draft = invoice_quote(db, quote.id, today=TODAY)
    assert get_quote(db, quote.id).remaining == 0
    delete_draft(db, draft.id)
    assert get_quote(db, quote.id).billed == first.totals().net
    create_credit_note(db, first.id, TODAY)
    assert get_quote(db, quote.id).billed == 0
    assert get_quote(db, quote.id).status(TODAY) == QuoteStatus.ACCEPTED
    again = invoice_quote(db, quote.id, today=TODAY)
    assert again.totals().net == quote.totals().net


def test_each_rot_part_carries_its_share_of_labour_and_deduction(db):
    quote = accept_quote(db, _quote(db, ROT_LINES, "rot", private=True).id, TODAY)
    whole = quote.totals()
    assert whole.deduction > 0
    first = issue_invoice(db, invoice_quote(db, quote.id, D(40), today=TODAY).id, TODAY)
    last = issue_invoice(db, invoice_quote(db, quote.id, today=TODAY).id, TODAY)
    parts = [first.totals(), last.totals()]
    assert sum(t.labour for t in parts) == whole.labour
    assert sum(t.deduction for t in parts) == whole.deduction
    assert sum(t.to_pay for t in parts) == whole.to_pay
    assert parts[0].deduction == (parts[0].labour * D("0.3"))  # whole kronor, nothing lost
    assert [line.kind for line in first.lines] == ["labour", "material", "other"]
    # 40 % of 10 hours is 4 hours at the quoted price: the claim counts the hours.
    labour = first.lines[0]
    assert (labour.quantity, labour.unit, labour.unit_price) == (D(4), "tim", D("600.00"))


def test_the_list_filters_by_status_as_the_quote_reads_it(db):
    accepted = accept_quote(db, _quote(db).id, TODAY)
    invoice_quote(db, accepted.id, D(20), today=TODAY)
    declined = decline_quote(db, _quote(db).id)
    draft = _quote(db)
    later = TODAY + dt.timedelta(days=40)
    for status in QuoteStatus:
        for day in (TODAY, later):
            rows = list_quotes(db, status, today=day)
            expected = {
                quote.id
                for quote in (get_quote(db, q.id) for q in (accepted, declined, draft))
                if quote.status(day) == status
            }
            assert {row.id for row in rows} == expected, (status, day)
    assert [row.number for row in list_quotes(db, search=str(draft.number))] == [draft.number]
    assert len(list_quotes(db, search="bygg")) == 3
    row = next(row for row in list_quotes(db, today=TODAY) if row.id == accepted.id)
    assert row.billed == get_quote(db, accepted.id).billed > 0


def test_an_unknown_quote_is_not_found(db):
    with pytest.raises(NotFoundError):
        accept_quote(db, 999, TODAY)
    with pytest.raises(NotFoundError):
        get_invoice(db, 999)


def test_a_quote_accepted_past_the_credit_limit_is_noted_in_the_history(db):
    from kundbok.services.history import customer_history

    quote = _quote(db)  # over 5 000 kr to pay
    customer_id = quote.customer_id
    accept_quote(db, quote.id, TODAY)
    assert "credit limit passed" not in [e.action for e in customer_history(db, customer_id)]
    from kundbok.services.customers import get_customer, update_customer

    limited = replace(get_customer(db, customer_id), credit_limit=D(5000))
    update_customer(db, customer_id, limited)
    second = save_quote(db, replace(quote, id=None, number=None, state=quote.state.DRAFT))
    accept_quote(db, second.id, TODAY)
    [noted] = [e for e in customer_history(db, customer_id) if e.action == "credit limit passed"]
    assert noted.changes["credit_limit"] == [None, "5000.00"]


def test_a_quote_gives_an_article_the_price_agreed_with_the_customer(db):
    from kundbok.domain.line_orders import LineOrder
    from kundbok.services.articles import ArticleDetails, save_article
    from kundbok.services.price_lists import PriceOwner, set_price
    from kundbok.services.quotes import QuoteOrder, order_quote

    article = save_article(
        db, ArticleDetails(number="100", description="Arbete", unit_price=D(1000))
    )
    customer = create_customer(db, CustomerDetails(name="Bygg AB"))
    set_price(db, PriceOwner(customer_id=customer.id), article.id, D(900))
    order = QuoteOrder(customer.number, (LineOrder(quantity=D(2), article_number="100"),))
    made = order_quote(db, order, TODAY)
    [line] = made.quote.body.lines
    assert line.unit_price == D("900.00") and line.description == "Arbete"
