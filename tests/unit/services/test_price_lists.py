"""Agreed prices in the register: lists, a customer's own prices, a group's list, and the price
of a line read from them in one query."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import event

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.customer_group import CustomerGroupDetails
from kundbok.domain.errors import NotFoundError, RefusedError, ValidationError
from kundbok.domain.pricing import PriceSource
from kundbok.services.articles import ArticleDetails, save_article
from kundbok.services.customer_groups import create_group
from kundbok.services.customers import create_customer, update_customer
from kundbok.services.history import customer_history
from kundbok.services.price_lists import (
    AgreedPriceDetails,
    PriceOwner,
    create_price_list,
    delete_price_list,
    find_price_list,
    list_price_lists,
    list_prices,
    remove_price,
    rename_price_list,
    save_price,
    set_price,
)
from kundbok.services.pricing import price_for, prices_for

DAY = dt.date(2026, 6, 15)


@pytest.fixture
def register(any_db):
    """Article 100 at 1000 kr; lists Bygg and Privat; group Privatkunder with Privat; customer
    Anna in the group with Bygg as her own list."""
    article = save_article(
        any_db, ArticleDetails(number="100", description="Arbete", unit_price=Decimal(1000))
    )
    bygg = create_price_list(any_db, "Bygg")
    privat = create_price_list(any_db, "Privat")
    group = create_group(any_db, CustomerGroupDetails(name="Privatkunder", price_list_id=privat.id))
    anna = create_customer(
        any_db, CustomerDetails(name="Anna", group_id=group.id, price_list_id=bygg.id)
    )
    return any_db, article.id, bygg.id, privat.id, anna


def test_each_source_in_turn(register):
    db, article, bygg, privat, anna = register
    assert price_for(db, anna.id, article, Decimal(1), DAY).source is PriceSource.ARTICLE
    set_price(db, PriceOwner(price_list_id=privat), article, Decimal(980))
    found = price_for(db, anna.id, article, Decimal(1), DAY)
    assert (found.unit_price, found.source, found.list_name) == (
        Decimal(980),
        PriceSource.GROUP_LIST,
        "Privat",
    )
    set_price(db, PriceOwner(price_list_id=bygg), article, Decimal(950))
    found = price_for(db, anna.id, article, Decimal(1), DAY)
    assert (found.unit_price, found.source, found.list_name) == (
        Decimal(950),
        PriceSource.CUSTOMER_LIST,
        "Bygg",
    )
    set_price(db, PriceOwner(customer_id=anna.id), article, Decimal(900))
    found = price_for(db, anna.id, article, Decimal(1), DAY)
    assert (found.unit_price, found.source, found.agreed) == (
        Decimal(900),
        PriceSource.CUSTOMER,
        True,
    )


def test_volume_steps_and_dates_from_the_register(register):
    db, article, bygg, _privat, anna = register
    owner = PriceOwner(price_list_id=bygg)
    set_price(db, owner, article, Decimal(95), Decimal(10))
    set_price(db, owner, article, Decimal(85), Decimal(100))
    set_price(db, owner, article, Decimal(70), Decimal(100), DAY, DAY)
    assert [
        p.unit_price
        for p in prices_for(
            db,
            anna.id,
            [(article, Decimal(9)), (article, Decimal(10)), (article, Decimal(100))],
            DAY + dt.timedelta(days=1),
        )
    ] == [Decimal(1000), Decimal(95), Decimal(85)]
    assert price_for(db, anna.id, article, Decimal(100), DAY).unit_price == Decimal(70)


def test_a_line_price_is_one_query(register):
    db, article, bygg, privat, anna = register
    for owner in (PriceOwner(price_list_id=bygg), PriceOwner(price_list_id=privat)):
        set_price(db, owner, article, Decimal(90))
        set_price(db, owner, article, Decimal(80), Decimal(10))
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        price_for(db, anna.id, article, Decimal(12), DAY)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert len(statements) == 1


def test_a_customer_without_list_or_group_pays_the_article_price(register):
    db, article, bygg, _privat, _anna = register
    set_price(db, PriceOwner(price_list_id=bygg), article, Decimal(1))
    bertil = create_customer(db, CustomerDetails(name="Bertil"))
    found = price_for(db, bertil.id, article, Decimal(1), DAY)
    assert (found.unit_price, found.source) == (Decimal(1000), PriceSource.ARTICLE)


def test_a_missing_customer_or_article_is_named(register):
    db, article, _bygg, _privat, anna = register
    with pytest.raises(NotFoundError, match="customer"):
        price_for(db, anna.id + 1000, article, Decimal(1), DAY)
    with pytest.raises(NotFoundError, match="article"):
        price_for(db, anna.id, article + 1000, Decimal(1), DAY)


def test_set_price_changes_the_price_of_the_same_step_and_day(register):
    db, article, bygg, _privat, _anna = register
    owner = PriceOwner(price_list_id=bygg)
    set_price(db, owner, article, Decimal(90))
    set_price(db, owner, article, Decimal(91))
    set_price(db, owner, article, Decimal(85), Decimal(10))
    prices = list_prices(db, owner)
    assert [(p.from_quantity, p.unit_price, p.article_number) for p in prices] == [
        (Decimal(0), Decimal(91), "100"),
        (Decimal(10), Decimal(85), "100"),
    ]


def test_overlapping_periods_of_one_step_are_refused(register):
    db, article, bygg, _privat, _anna = register
    owner = PriceOwner(price_list_id=bygg)
    set_price(db, owner, article, Decimal(90), valid_from=DAY, valid_to=DAY + dt.timedelta(9))
    with pytest.raises(ValidationError):
        set_price(db, owner, article, Decimal(80), valid_from=DAY + dt.timedelta(9))
    # the day after, or a standing price beside the campaign, is fine
    set_price(db, owner, article, Decimal(80), valid_from=DAY + dt.timedelta(10))
    set_price(db, owner, article, Decimal(100))
    assert len(list_prices(db, owner)) == 3


def test_a_change_over_someone_elses_is_refused(register):
    db, article, bygg, _privat, _anna = register
    owner = PriceOwner(price_list_id=bygg)
    first = set_price(db, owner, article, Decimal(90))
    save_price(db, owner, replace(first, unit_price=Decimal(91)))
    with pytest.raises(RefusedError):
        save_price(db, owner, replace(first, unit_price=Decimal(92)))
    assert list_prices(db, owner)[0].unit_price == Decimal(91)


def test_a_customers_own_prices_are_in_its_history(register):
    db, article, _bygg, _privat, anna = register
    owner = PriceOwner(customer_id=anna.id)
    saved = set_price(db, owner, article, Decimal(900))
    set_price(db, owner, article, Decimal(880))
    remove_price(db, saved.id)
    actions = [event.action for event in customer_history(db, anna.id)]
    assert actions.count("price set") == 2
    assert "price removed" in actions
    assert list_prices(db, owner) == []


def test_lists_in_use_are_kept(register):
    db, article, bygg, _privat, anna = register
    set_price(db, PriceOwner(price_list_id=bygg), article, Decimal(90))
    lists = {item.name: item for item in list_price_lists(db)}
    assert (lists["Bygg"].price_count, lists["Bygg"].customer_count) == (1, 1)
    assert lists["Privat"].group_count == 1
    with pytest.raises(RefusedError):
        delete_price_list(db, bygg)
    update_customer(db, anna.id, replace(anna, price_list_id=None))
    delete_price_list(db, bygg)
    assert [item.name for item in list_price_lists(db)] == ["Privat"]
    assert price_for(db, anna.id, article, Decimal(1), DAY).source is PriceSource.ARTICLE


def test_list_names_are_unique_without_regard_to_case(register):
    db, _article, bygg, _privat, _anna = register
    with pytest.raises(ValidationError):
        create_price_list(db, "bygg")
    with pytest.raises(ValidationError):
        rename_price_list(db, bygg, " PRIVAT ")
    rename_price_list(db, bygg, "Bygg 2026")
    assert find_price_list(db, "bygg 2026") == bygg
    with pytest.raises(NotFoundError):
        find_price_list(db, "Bygg")


def test_bad_prices_change_nothing(register):
    db, article, bygg, _privat, _anna = register
    owner = PriceOwner(price_list_id=bygg)
    for bad in (
        AgreedPriceDetails(article_id=article, unit_price=Decimal("-1")),
        AgreedPriceDetails(article_id=article, unit_price=Decimal("1.001")),
        AgreedPriceDetails(
            article_id=article,
            unit_price=Decimal(1),
            valid_from=DAY,
            valid_to=DAY - dt.timedelta(1),
        ),
    ):
        with pytest.raises(ValidationError):
            save_price(db, owner, bad)
    assert list_prices(db, owner) == []
