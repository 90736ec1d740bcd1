"""kundbok price set / show / lists / add-list: a price and its source on two lines; bad input
one line on stderr, exit 2, nothing changed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kundbok.cli import main
from kundbok.db.migrate import open_database
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.customer_group import CustomerGroupDetails
from kundbok.services.articles import ArticleDetails, save_article
from kundbok.services.customer_groups import create_group
from kundbok.services.customers import create_customer
from kundbok.services.price_lists import PriceOwner, create_price_list, list_prices


@pytest.fixture
def register(tmp_path):
    """Article 100 at 1000 kr; group Privatkunder with list Privat; customer 1 in the group."""
    path = tmp_path / "register.sqlite3"
    db = open_database(path)
    save_article(db, ArticleDetails(number="100", description="Arbete", unit_price=Decimal(1000)))
    privat = create_price_list(db, "Privat")
    group = create_group(db, CustomerGroupDetails(name="Privatkunder", price_list_id=privat.id))
    create_customer(db, CustomerDetails(name="Anna Ek", group_id=group.id))
    db.dispose()
    return path


def run(path, command: str) -> int:
    """`kundbok --database PATH` and the command's words."""
    return main(["--database", str(path), *command.split()])


def test_show_prints_the_price_then_its_source(register, capsys):
    assert run(register, "price show --customer 1 --article 100") == 0
    assert capsys.readouterr().out.splitlines() == ["1000,00", "the article's price"]
    assert run(register, "price set --list privat --article 100 --price 950") == 0
    assert (
        run(register, "price set --list Privat --article 100 --price 900 --from-quantity 10") == 0
    )
    capsys.readouterr()
    assert run(register, "price show --customer 1 --article 100 --quantity 12") == 0
    assert capsys.readouterr().out.splitlines() == [
        "900,00",
        "the customer group's price list Privat from 10",
    ]
    own = "--price 875,50 --valid-from 2026-01-01 --valid-to 2026-12-31"
    assert run(register, f"price set --customer 1 --article 100 {own}") == 0
    capsys.readouterr()
    for day, expected in (("2026-12-31", "875,50"), ("2027-01-01", "950,00")):
        assert run(register, f"price show --customer 1 --article 100 --date {day}") == 0
        assert capsys.readouterr().out.splitlines()[0] == expected


def test_lists_and_a_new_list(register, capsys):
    assert run(register, "price add-list Bygg") == 0
    assert run(register, "price lists") == 0
    out = capsys.readouterr().out
    assert "Bygg: 0 prices, 0 customers, 0 groups" in out
    assert "Privat: 0 prices, 0 customers, 1 groups" in out


PRIVAT = "price set --list Privat --article 100"


@pytest.mark.parametrize(
    ("command", "message"),
    [
        ("price set --list Okänd --article 100 --price 1", "no price list"),
        ("price set --customer 9 --article 100 --price 1", "no customer"),
        ("price set --list Privat --article 999 --price 1", "article 999"),
        (f"{PRIVAT} --price -5", "0 or more"),
        (f"{PRIVAT} --price 1,005", "more than 2 decimals"),
        (f"{PRIVAT} --price x", "not a number"),
        (f"{PRIVAT} --price 1 --valid-from 2026-02-01 --valid-to 2026-01-31", "before"),
        ("price set --article 100 --price 1", "--customer"),
        ("price show --customer 1 --article 100 --date igår", "date"),
        ("price add-list privat", "already"),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(register, capsys, command, message):
    assert run(register, command) == 2
    err = capsys.readouterr().err
    assert err.startswith("kundbok: ") and len(err.strip().splitlines()) == 1
    assert message in err
    db = open_database(register, create=False)
    try:
        from kundbok.services.price_lists import find_price_list

        assert list_prices(db, PriceOwner(price_list_id=find_price_list(db, "Privat"))) == []
    finally:
        db.dispose()


def test_invoice_new_prices_article_lines_as_the_editor_does(register, capsys):
    """`invoice new` takes the customer's agreed price, without the general discount, and the
    volume step its quantity reaches; a price given on the line wins."""
    assert run(register, f"{PRIVAT} --price 900 --from-quantity 10") == 0
    capsys.readouterr()
    assert run(register, "invoice new --customer 1 --line 100:12 --line 100:2 --line 100:1:5") == 0
    draft_id = int(capsys.readouterr().out.splitlines()[0])
    db = open_database(register)
    from kundbok.services.invoice_queries import get_invoice

    lines = get_invoice(db, draft_id).lines
    db.dispose()
    assert [line.unit_price for line in lines] == [Decimal(900), Decimal(1000), Decimal(5)]
