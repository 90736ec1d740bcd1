"""The price of a line for a customer: the one rule (`domain.pricing.line_price`) fed with the
customer's own prices, its list's and its group's list's, read in one query.

Invoices call it when an article is chosen or its quantity changes; quotes, contracts and time
entries are to call it too. An issued invoice keeps the prices on its lines whatever changes
later: nothing here touches a line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from decimal import Decimal

from sqlalchemy import and_, bindparam, or_, select
from sqlalchemy.orm import Session

from kundbok.db.models import Article, ArticlePrice, Customer, CustomerGroup, PriceList
from kundbok.db.session import Database
from kundbok.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from kundbok.domain.pricing import AgreedPrice, LinePrice, PriceSource, line_price

ArticlePrices = dict[int, tuple[Decimal, list[AgreedPrice]]]


# Built once: a line's price is asked on every article chosen, and building the statement
# would take longer than running it.
_AGREED = (
    select(
        Article.id,
        Article.unit_price,
        Customer.price_list_id,
        ArticlePrice.customer_id,
        ArticlePrice.price_list_id,
        ArticlePrice.unit_price,
        ArticlePrice.from_quantity,
        ArticlePrice.valid_from,
        ArticlePrice.valid_to,
        PriceList.name,
    )
    .select_from(Customer)
    .join(Article, Article.id.in_(bindparam("article_ids", expanding=True)))
    .outerjoin(CustomerGroup, CustomerGroup.id == Customer.group_id)
    .outerjoin(
        ArticlePrice,
        and_(
            ArticlePrice.article_id == Article.id,
            or_(
                ArticlePrice.customer_id == Customer.id,
                ArticlePrice.price_list_id == Customer.price_list_id,
                ArticlePrice.price_list_id == CustomerGroup.price_list_id,
            ),
        ),
    )
    .outerjoin(PriceList, PriceList.id == ArticlePrice.price_list_id)
    .where(Customer.id == bindparam("customer_id"))
)


def agreed_prices(
    session: Session, customer_id: int, article_ids: Collection[int]
) -> ArticlePrices:
    """Per article: the register's price and every price agreed with the customer for it
    (its own, its list's, its group's list's), in one query. Raises NotFoundError when the
    customer or an article does not exist."""
    rows = session.connection().execute(
        _AGREED, {"customer_id": customer_id, "article_ids": list(set(article_ids))}
    )
    found: ArticlePrices = {}
    for row in rows:
        (article_id, article_price, own_list, owner, list_id, price, step, first, last, name) = row
        _, agreed = found.setdefault(article_id, (article_price, []))
        if price is None:
            continue  # the article has no agreed price (the outer join's empty row)
        if owner is not None:
            source = PriceSource.CUSTOMER
        elif list_id == own_list:
            source = PriceSource.CUSTOMER_LIST
        else:
            source = PriceSource.GROUP_LIST
        agreed.append(AgreedPrice(source, price, step, first, last, name or ""))
    if len(found) < len(set(article_ids)):
        _refuse_missing(session, customer_id)
    return found


def _refuse_missing(session: Session, customer_id: int) -> None:
    if session.get(Customer, customer_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("messages", "The customer no longer exists."))
    raise NotFoundError(QT_TRANSLATE_NOOP("messages", "The article no longer exists."))


def price_for(
    db: Database, customer_id: int, article_id: int, quantity: Decimal, day: dt.date
) -> LinePrice:
    """The price of `quantity` of an article for a customer on `day`, and where it came from:
    the customer's own price, else its price list's, else its group's list's, else the
    article's. An agreed price takes no general discount (`LinePrice.agreed`)."""
    return prices_for(db, customer_id, [(article_id, quantity)], day)[0]


def prices_for(
    db: Database, customer_id: int, lines: Sequence[tuple[int, Decimal]], day: dt.date
) -> list[LinePrice]:
    """`price_for` of several (article id, quantity) lines at once, in one query."""
    if not lines:
        return []
    with db.unit_of_work(write=False) as session:
        found = agreed_prices(session, customer_id, {article_id for article_id, _ in lines})
    prices = []
    for article_id, quantity in lines:
        article_price, agreed = found[article_id]
        prices.append(line_price(agreed, article_price, quantity, day))
    return prices
