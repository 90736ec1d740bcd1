"""Entries on a customer: noted with their article's price, VAT and work type, changed and
removed until invoiced, then fixed; invoiced once per customer, itemised or summed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.errors import NotFoundError, RefusedError, ValidationError
from kundbok.services.articles import ArticleDetails, list_articles, save_article
from kundbok.services.customers import create_customer
from kundbok.services.entries import (
    NewEntry,
    add_entry,
    change_entry,
    choose_entries_summed,
    entries_summed,
    list_entries,
    remove_entry,
)
from kundbok.services.entry_invoicing import free_credited_entries, invoice_entries
from kundbok.services.entry_queries import unbilled_customers
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import create_credit_note, delete_draft

DAY = dt.date(2026, 11, 2)


@pytest.fixture
def shop(any_db):
    """A register with an electrician's labour (ROT, El) and a cable, and one customer."""
    save_article(
        any_db,
        ArticleDetails(
            number="EL",
            description="Elarbete",
            unit="tim",
            unit_price=D(650),
            rot_rut_kind="labour",
            work_type="El",
        ),
    )
    save_article(
        any_db,
        ArticleDetails(number="KABEL", description="Kabel 3G1,5", unit="m", unit_price=D("12.50")),
    )
    customer = create_customer(any_db, CustomerDetails(name="Strömgrens Bygg AB"))
    return any_db, customer.id


def test_an_entry_takes_its_article_price_vat_and_work_type(shop):
    db, customer = shop
    entry = add_entry(db, NewEntry(customer, DAY, D("1.25"), "EL", text="Byte av uttag"))
    assert (entry.unit_price, entry.unit, entry.kind, entry.work_type) == (
        D(650),
        "tim",
        "labour",
        "El",
    )
    assert entry.vat_rate == D(25) and entry.amount == D("812.50") and entry.created_by == "tester"
    assert [e.id for e in list_entries(db, customer, unbilled=True)] == [entry.id]


def test_unknown_article_zero_quantity_and_free_text_without_price_are_refused(shop):
    db, customer = shop
    with pytest.raises(NotFoundError):
        add_entry(db, NewEntry(customer, DAY, D(1), "NOPE"))
    with pytest.raises(ValidationError):
        add_entry(db, NewEntry(customer, DAY, D(0), "EL"))
    with pytest.raises(RefusedError):
        add_entry(db, NewEntry(customer, DAY, D(1), text="Resa"))
    assert list_entries(db) == []


def test_itemised_invoice_has_a_line_per_entry_and_fixes_the_entries(shop):
    db, customer = shop
    first = add_entry(db, NewEntry(customer, DAY, D(2), "EL", text="Felsökning"))
    add_entry(db, NewEntry(customer, DAY + dt.timedelta(days=1), D(10), "KABEL"))
    add_entry(db, NewEntry(customer, DAY + dt.timedelta(days=9), D(1), "EL"))  # after --to
    [made] = invoice_entries(db, [customer], DAY + dt.timedelta(days=1), today=DAY)
    assert made.invoice_number is None and made.entry_count == 2
    invoice = get_invoice(db, made.invoice_id)
    assert [line.description for line in invoice.lines] == [
        "2026-11-02 Elarbete: Felsökning",
        "2026-11-03 Kabel 3G1,5",
    ]
    assert invoice.lines[0].work_type == "El" and invoice.lines[0].kind == "labour"
    assert made.total == D("1781") and invoice.delivery_date == DAY + dt.timedelta(days=1)
    with pytest.raises(RefusedError):
        change_entry(db, first.id, NewEntry(customer, DAY, D(3), "EL"), None)
    with pytest.raises(RefusedError):
        remove_entry(db, first.id)
    assert invoice_entries(db, [customer], DAY + dt.timedelta(days=1), today=DAY) == []


def test_summed_lines_add_up_each_article_and_price(shop):
    db, customer = shop
    choose_entries_summed(db, customer, True)
    assert entries_summed(db, customer)
    for hours in ("1.5", "2.25"):
        add_entry(db, NewEntry(customer, DAY, D(hours), "EL"))
    add_entry(db, NewEntry(customer, DAY, D(1), "EL", unit_price=D(700)))
    [made] = invoice_entries(db, None, DAY, today=DAY)
    lines = get_invoice(db, made.invoice_id).lines
    assert [(line.description, line.quantity, line.unit_price) for line in lines] == [
        ("Elarbete", D("3.75"), D(650)),
        ("Elarbete", D(1), D(700)),
    ]


def test_deleting_the_draft_frees_the_entries_for_a_later_invoice(shop):
    db, customer = shop
    add_entry(db, NewEntry(customer, DAY, D(1), "EL"))
    [made] = invoice_entries(db, None, DAY, today=DAY)
    delete_draft(db, made.invoice_id)
    assert [e.invoice_id for e in list_entries(db)] == [None]
    [again] = invoice_entries(db, None, DAY, issue=True, today=DAY)
    assert again.invoice_number is not None
    assert list_entries(db)[0].invoice_number == again.invoice_number


def test_a_credited_invoice_frees_its_entries_only_when_asked(shop):
    db, customer = shop
    add_entry(db, NewEntry(customer, DAY, D(1), "EL"))
    [made] = invoice_entries(db, None, DAY, issue=True, today=DAY)
    with pytest.raises(RefusedError):
        free_credited_entries(db, made.invoice_id)  # not credited
    create_credit_note(db, made.invoice_id, DAY)
    assert invoice_entries(db, None, DAY, today=DAY) == []
    assert free_credited_entries(db, made.invoice_id) == 1
    [again] = invoice_entries(db, None, DAY, today=DAY)
    assert again.entry_count == 1


def test_a_blocked_customer_is_refused_and_nothing_is_invoiced(shop):
    db, customer = shop
    other = create_customer(db, CustomerDetails(name="Spärrad AB", blocked=True))
    add_entry(db, NewEntry(customer, DAY, D(1), "EL"))
    add_entry(db, NewEntry(other.id, DAY, D(1), "EL"))
    with pytest.raises(RefusedError):
        invoice_entries(db, None, DAY, today=DAY)
    assert all(e.invoice_id is None for e in list_entries(db))


def test_labour_with_a_rot_work_type_makes_a_private_buyers_invoice_rot(shop):
    db, _ = shop
    private = create_customer(db, CustomerDetails(name="Eva Ek", kind="private"))
    add_entry(db, NewEntry(private.id, DAY, D(3), "EL"))
    add_entry(db, NewEntry(private.id, DAY, D(4), "KABEL"))
    [made] = invoice_entries(db, [private.id], DAY, today=DAY)
    invoice = get_invoice(db, made.invoice_id)
    assert invoice.rot_rut == "rot"
    labour = [line for line in invoice.lines if line.kind == "labour"]
    assert sum(line.quantity for line in labour) == D(3) and labour[0].unit == "tim"


def test_unbilled_customers_sum_hours_material_and_amount_oldest_first(shop):
    db, customer = shop
    other = create_customer(db, CustomerDetails(name="Äldst AB")).id
    add_entry(db, NewEntry(customer, DAY, D("1.25"), "EL"))
    add_entry(db, NewEntry(customer, DAY, D("3.333"), "KABEL", unit_price=D("0.15")))
    add_entry(db, NewEntry(customer, DAY, D("-0.5"), "KABEL", unit_price=D("0.15")))
    add_entry(db, NewEntry(other, DAY - dt.timedelta(days=5), D(1), text="Resa", unit_price=D(99)))
    rows = unbilled_customers(db)
    assert [row.customer_id for row in rows] == [other, customer]
    mine = rows[1]
    entries = list_entries(db, customer)
    assert (mine.entry_count, mine.hours) == (3, D("1.25"))
    assert mine.material == sum(e.amount for e in entries if e.hours == 0)
    assert mine.amount == sum(e.amount for e in entries)
    assert unbilled_customers(db, DAY - dt.timedelta(days=1))[0].customer_id == other


def test_an_entry_takes_the_price_agreed_with_the_customer_without_its_general_discount(shop):
    from dataclasses import replace

    from kundbok.services.customers import get_customer, update_customer
    from kundbok.services.price_lists import PriceOwner, set_price

    db, customer = shop
    details = get_customer(db, customer)
    update_customer(db, customer, replace(details, discount_percent=D(10)))
    [electric] = [a for a in list_articles(db) if a.number == "EL"]
    set_price(db, PriceOwner(customer_id=customer), electric.id, D(600))
    set_price(db, PriceOwner(customer_id=customer), electric.id, D(550), D(10))  # from 10 hours
    hour = add_entry(db, NewEntry(customer, DAY, D(2), "EL"))
    day_long = add_entry(db, NewEntry(customer, DAY, D(10), "EL"))
    cable = add_entry(db, NewEntry(customer, DAY, D(20), "KABEL"))
    assert (hour.unit_price, day_long.unit_price, cable.unit_price) == (D(600), D(550), D("12.50"))
    [made] = invoice_entries(db, [customer], DAY)
    lines = get_invoice(db, made.invoice_id).lines
    discounts = {line.unit_price: line.discount_percent for line in lines}
    # The agreed prices are the customer's price already; the cable takes its 10 %.
    assert discounts == {D(600): D(0), D(550): D(0), D("12.50"): D(10)}
