"""`kundbok price …`: agreed prices from scripts. `price set` sets an article's price in a price
list or for one customer, `price show` says what a customer pays for an article (the price
alone on the first line, where it came from on the second), `price lists` and `price add-list`
keep the lists."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kundbok.cli.common import UsageError, date_argument, open_database, positive, printable

if TYPE_CHECKING:
    from kundbok.db.session import Database
    from kundbok.domain.pricing import LinePrice


def _number_argument(decimals: int) -> Callable[[str], Decimal]:
    """A reader of a number 0 or more as people type it ("1 250,50", "12.5"), with at most
    `decimals` decimals (refused, never rounded)."""

    def read(text: str) -> Decimal:
        from kundbok.domain.errors import KundbokError
        from kundbok.domain.money import parse_decimal

        try:
            value = parse_decimal(text, "number", decimals)
        except KundbokError as error:
            raise argparse.ArgumentTypeError(str(error)) from None
        if value < 0:
            raise argparse.ArgumentTypeError(f"must be 0 or more: {text}")
        return value

    return read


price_argument = _number_argument(2)  # kronor and öre
quantity_argument = _number_argument(3)  # as the database keeps quantities


def add_price_commands(commands: Any) -> None:
    """Add `price set`, `price show`, `price lists` and `price add-list`."""
    price = commands.add_parser("price", help="agreed prices: set or show one, keep the lists")
    actions = price.add_subparsers(dest="price_action", metavar="ACTION", required=True)
    setting = actions.add_parser(
        "set", help="set an article's price in a price list or for one customer"
    )
    owner = setting.add_mutually_exclusive_group(required=True)
    owner.add_argument("--customer", type=positive, metavar="NUMBER")
    owner.add_argument("--list", dest="list_name", metavar="NAME")
    setting.add_argument("--article", required=True, metavar="ARTICLE")
    setting.add_argument("--price", type=price_argument, required=True, metavar="P")
    setting.add_argument(
        "--from-quantity",
        type=quantity_argument,
        default=Decimal(0),
        metavar="Q",
        help="a volume price: from this quantity on (default: any)",
    )
    setting.add_argument("--valid-from", type=date_argument, metavar="D")
    setting.add_argument("--valid-to", type=date_argument, metavar="D")
    setting.set_defaults(handler=_set_price)

    showing = actions.add_parser("show", help="what a customer pays for an article, and why")
    showing.add_argument("--customer", type=positive, required=True, metavar="NUMBER")
    showing.add_argument("--article", required=True, metavar="ARTICLE")
    showing.add_argument("--quantity", type=quantity_argument, default=Decimal(1), metavar="Q")
    showing.add_argument("--date", type=date_argument, metavar="D", help="default: today")
    showing.set_defaults(handler=_show_price)

    lists = actions.add_parser("lists", help="the price lists and who uses them")
    lists.set_defaults(handler=_lists)
    add = actions.add_parser("add-list", help="make a new, empty price list")
    add.add_argument("name", metavar="NAME")
    add.set_defaults(handler=_add_list)


def _article_id(database: Database, number: str) -> int:
    from kundbok.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
    from kundbok.services.articles import find_article

    article = find_article(database, number.strip())
    if article is None or article.id is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "There is no active article {number}."), number=number
        )
    return article.id


def price_text(value: Decimal) -> str:
    """A price as a Swedish spreadsheet reads it: "900,00"."""
    return f"{value:.2f}".replace(".", ",")


def source_text(price: LinePrice) -> str:
    """Where a price came from, in words."""
    from kundbok.domain.pricing import PriceSource

    step = f" from {price.from_quantity.normalize():f}" if price.from_quantity else ""
    match price.source:
        case PriceSource.CUSTOMER:
            return f"the customer's own price{step}"
        case PriceSource.CUSTOMER_LIST:
            return f"the customer's price list {price.list_name}{step}"
        case PriceSource.GROUP_LIST:
            return f"the customer group's price list {price.list_name}{step}"
    return "the article's price"


def _set_price(args: argparse.Namespace) -> int:
    from kundbok.services.customers import find_customer_id
    from kundbok.services.price_lists import PriceOwner, find_price_list, set_price

    if args.valid_from and args.valid_to and args.valid_to < args.valid_from:
        raise UsageError("--valid-to is before --valid-from")
    database = open_database(args, create=False)
    try:
        if args.customer is not None:
            owner = PriceOwner(customer_id=find_customer_id(database, args.customer))
            whose = f"customer {args.customer}"
        else:
            owner = PriceOwner(price_list_id=find_price_list(database, args.list_name))
            whose = f"price list {args.list_name}"
        saved = set_price(
            database,
            owner,
            _article_id(database, args.article),
            args.price,
            args.from_quantity,
            args.valid_from,
            args.valid_to,
        )
    finally:
        database.dispose()
    step = f" from {saved.from_quantity.normalize():f}" if saved.from_quantity else ""
    days = ""
    if saved.valid_from or saved.valid_to:
        days = f" {saved.valid_from or '…'} – {saved.valid_to or '…'}"
    print(printable(f"{whose}: article {saved.article_number} {price_text(saved.unit_price)}"))
    if step or days:
        print(printable(f"  {step.strip()}{days}".rstrip()))
    return 0


def _show_price(args: argparse.Namespace) -> int:
    from kundbok.services.customers import find_customer_id
    from kundbok.services.pricing import price_for

    database = open_database(args, create=False)
    try:
        customer_id = find_customer_id(database, args.customer)
        article_id = _article_id(database, args.article)
        price = price_for(
            database, customer_id, article_id, args.quantity, args.date or dt.date.today()
        )
    finally:
        database.dispose()
    print(price_text(price.unit_price))
    print(printable(source_text(price)))
    return 0


def _lists(args: argparse.Namespace) -> int:
    from kundbok.services.price_lists import list_price_lists

    database = open_database(args, create=False)
    try:
        lists = list_price_lists(database)
    finally:
        database.dispose()
    for item in lists:
        print(
            printable(
                f"{item.name}: {item.price_count} prices, {item.customer_count} customers, "
                f"{item.group_count} groups"
            )
        )
    return 0


def _add_list(args: argparse.Namespace) -> int:
    from kundbok.services.price_lists import create_price_list

    database = open_database(args, create=False)
    try:
        created = create_price_list(database, args.name)
    finally:
        database.dispose()
    print(printable(f"price list {created.name} added"))
    return 0
