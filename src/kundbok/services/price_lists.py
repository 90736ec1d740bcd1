"""Price lists and agreed prices: keep the named lists (Fakturering → Prislistor…), and the
prices in a list or of one customer, each from a quantity and for a period.

Prices are saved at once, one at a time, like payments. A customer's own prices are part of
the customer, so each change of one is also an event in its history. A list that customers or
groups use cannot be deleted: nobody loses agreed prices unnoticed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from kundbok.db.models import Article, ArticlePrice, Customer, CustomerGroup, PriceList
from kundbok.db.session import Database
from kundbok.domain import limits
from kundbok.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, RefusedError, ValidationError
from kundbok.domain.events import EventAction
from kundbok.domain.pricing import check_agreed_price, periods_overlap
from kundbok.domain.text import without_control_characters
from kundbok.services.conflicts import stale_as_conflict
from kundbok.services.history import record_event

LIST_NAME = 100  # characters a price list's name may have


@dataclass(frozen=True)
class PriceListDetails:
    """A price list, how many prices it holds, and how many customers and groups use it."""

    name: str
    id: int | None = None
    price_count: int = 0
    customer_count: int = 0
    group_count: int = 0


@dataclass(frozen=True)
class PriceOwner:
    """Whose prices: a price list's, or one customer's own (exactly one of the two)."""

    price_list_id: int | None = None
    customer_id: int | None = None


@dataclass(frozen=True, kw_only=True)
class AgreedPriceDetails:
    """One agreed price of an article; the article's number, description, unit and register
    price are read with it, for showing."""

    article_id: int
    unit_price: Decimal
    from_quantity: Decimal = Decimal(0)
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    id: int | None = None
    version: int | None = None  # as read; a change over a newer version is refused
    article_number: str = ""
    article_description: str = ""
    article_unit: str = ""
    article_price: Decimal = Decimal(0)


def _owner_filter(owner: PriceOwner) -> ColumnElement[bool]:
    if (owner.price_list_id is None) == (owner.customer_id is None):
        raise ValueError("a price belongs to a list or to a customer")
    if owner.customer_id is not None:
        return ArticlePrice.customer_id == owner.customer_id
    return ArticlePrice.price_list_id == owner.price_list_id


def _price_details(price: ArticlePrice, article: Article) -> AgreedPriceDetails:
    return AgreedPriceDetails(
        id=price.id,
        version=price.version,
        article_id=price.article_id,
        unit_price=price.unit_price,
        from_quantity=price.from_quantity,
        valid_from=price.valid_from,
        valid_to=price.valid_to,
        article_number=article.number,
        article_description=article.description,
        article_unit=article.unit,
        article_price=article.unit_price,
    )


def _load_list(session: Session, list_id: int) -> PriceList:
    price_list = session.get(PriceList, list_id)
    if price_list is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("messages", "The price list no longer exists."))
    return price_list


def _checked_name(session: Session, name: str, list_id: int | None) -> str:
    name = without_control_characters(name).strip()
    if not name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("messages", "A price list needs a name."))
    limits.check_length("name", name, LIST_NAME)
    taken = select(PriceList.id).where(func.lower(PriceList.name) == name.lower())
    if list_id is not None:
        taken = taken.where(PriceList.id != list_id)
    if session.scalar(taken) is not None:
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP("messages", "There is already a price list called {name}."),
            name=name,
        )
    return name


def _counted(session: Session, column: InstrumentedAttribute[int | None]) -> dict[int, int]:
    rows = session.execute(
        select(column, func.count()).where(column.is_not(None)).group_by(column)
    ).all()
    return {list_id: count for list_id, count in rows if list_id is not None}


def list_price_lists(db: Database) -> list[PriceListDetails]:
    """Every price list by name, with its number of prices and of customers and groups."""
    with db.unit_of_work(write=False) as session:
        prices = _counted(session, ArticlePrice.price_list_id)
        customers = _counted(session, Customer.price_list_id)
        groups = _counted(session, CustomerGroup.price_list_id)
        lists = session.scalars(select(PriceList).order_by(func.lower(PriceList.name)))
        return [
            PriceListDetails(
                row.name,
                row.id,
                prices.get(row.id, 0),
                customers.get(row.id, 0),
                groups.get(row.id, 0),
            )
            for row in lists
        ]


def find_price_list(db: Database, name: str) -> int:
    """The id of the price list called `name` (compared without case)."""
    with db.unit_of_work(write=False) as session:
        found = session.scalar(
            select(PriceList.id).where(func.lower(PriceList.name) == name.strip().lower())
        )
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "There is no price list called {name}."), name=name
        )
    return found


def create_price_list(db: Database, name: str) -> PriceListDetails:
    """Make a new, empty price list; its name must be free."""
    with db.unit_of_work() as session:
        row = PriceList(name=_checked_name(session, name, None), created_by=db.user)
        row.updated_by = db.user
        session.add(row)
        session.flush()
        created = PriceListDetails(row.name, row.id)
        session.commit()
        return created


def rename_price_list(db: Database, list_id: int, name: str) -> PriceListDetails:
    """Give a price list another free name; its customers and groups keep it."""
    with db.unit_of_work() as session:
        row = _load_list(session, list_id)
        row.name = _checked_name(session, name, list_id)
        row.updated_by = db.user
        renamed = PriceListDetails(row.name, row.id)
        session.commit()
        return renamed


def delete_price_list(db: Database, list_id: int) -> int:
    """Delete a price list and its prices (how many is returned); refused while a customer or
    a group has it."""
    with db.unit_of_work() as session:
        row = _load_list(session, list_id)
        customers = session.scalar(select(func.count()).where(Customer.price_list_id == list_id))
        groups = session.scalar(select(func.count()).where(CustomerGroup.price_list_id == list_id))
        if customers or groups:
            raise RefusedError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The price list {name} is used by {customers} customers and {groups} groups "
                    "and cannot be deleted. Give them another list first.",
                ),
                name=row.name,
                customers=customers,
                groups=groups,
            )
        prices = session.scalar(select(func.count()).where(ArticlePrice.price_list_id == list_id))
        session.delete(row)
        session.commit()
        return prices or 0


def list_prices(db: Database, owner: PriceOwner) -> list[AgreedPriceDetails]:
    """The prices of a list or of a customer, by article number, step and first day."""
    with db.unit_of_work(write=False) as session:
        rows = session.execute(
            select(ArticlePrice, Article)
            .join(Article, Article.id == ArticlePrice.article_id)
            .where(_owner_filter(owner))
            .order_by(
                Article.number,
                ArticlePrice.from_quantity,
                ArticlePrice.valid_from.is_not(None),
                ArticlePrice.valid_from,
            )
        ).all()
        return [_price_details(price, article) for price, article in rows]


def _refuse_overlap(session: Session, owner: PriceOwner, price: AgreedPriceDetails) -> None:
    """A price of the same article from the same quantity whose period shares a day with this
    one, both undated or both dated, would leave the line's price to chance: refused."""
    others = session.scalars(
        select(ArticlePrice).where(
            _owner_filter(owner),
            ArticlePrice.article_id == price.article_id,
            ArticlePrice.from_quantity == price.from_quantity,
        )
    )
    dated = price.valid_from is not None or price.valid_to is not None
    for other in others:
        if other.id == price.id:
            continue
        other_dated = other.valid_from is not None or other.valid_to is not None
        if dated == other_dated and periods_overlap(
            (price.valid_from, price.valid_to), (other.valid_from, other.valid_to)
        ):
            raise ValidationError(
                "valid_from",
                QT_TRANSLATE_NOOP(
                    "messages",
                    "There is already a price of this article from the same quantity for some "
                    "of these days; change that one, or choose other days.",
                ),
            )


def _load_article(session: Session, article_id: int) -> Article:
    article = session.get(Article, article_id)
    if article is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("messages", "The article no longer exists."))
    return article


def _check_owner(session: Session, owner: PriceOwner) -> None:
    _owner_filter(owner)
    if owner.price_list_id is not None:
        _load_list(session, owner.price_list_id)
    elif owner.customer_id is not None and session.get(Customer, owner.customer_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("messages", "The customer no longer exists."))


_PRICE_FIELDS = ("unit_price", "from_quantity", "valid_from", "valid_to")


def _values(price: ArticlePrice | AgreedPriceDetails | None) -> dict[str, object]:
    return {name: getattr(price, name) if price else None for name in _PRICE_FIELDS}


def _price_changes(
    before: dict[str, object], after: dict[str, object], number: str
) -> dict[str, tuple[object, object]]:
    """The history's record of a customer's price: the article, and each value that changed."""
    changes: dict[str, tuple[object, object]] = {"article": (number, number)}
    for name in _PRICE_FIELDS:
        if before[name] != after[name]:
            changes[name] = (before[name], after[name])
    return changes


def save_price(db: Database, owner: PriceOwner, price: AgreedPriceDetails) -> AgreedPriceDetails:
    """Add an agreed price (no id) or change one; a change over someone else's newer one is
    refused (ConflictError), and so is a price overlapping another of the same step."""
    check_agreed_price(price.unit_price, price.from_quantity, price.valid_from, price.valid_to)
    with db.unit_of_work() as session:
        _check_owner(session, owner)
        article = _load_article(session, price.article_id)
        _refuse_overlap(session, owner, price)
        if price.id is None:
            row = ArticlePrice(
                price_list_id=owner.price_list_id,
                customer_id=owner.customer_id,
                created_by=db.user,
            )
            session.add(row)
            before = _values(None)
        else:
            found = session.get(ArticlePrice, price.id)
            if found is None or found.version != (price.version or found.version):
                raise RefusedError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Someone else changed or removed this price meanwhile; the prices are "
                        "shown again as they are now.",
                    )
                )
            row = found
            before = _values(row)
        row.article_id = price.article_id
        for name in _PRICE_FIELDS:
            setattr(row, name, getattr(price, name))
        row.updated_by = db.user
        with stale_as_conflict():
            session.flush()
        if owner.customer_id is not None:
            record_event(
                session,
                db.user,
                EventAction.PRICE_SET,
                customer_id=owner.customer_id,
                changes=_price_changes(before, _values(price), article.number),
            )
        saved = _price_details(row, article)
        session.commit()
        return saved


def remove_price(db: Database, price_id: int) -> None:
    """Remove an agreed price (one already gone is no error)."""
    with db.unit_of_work() as session:
        row = session.get(ArticlePrice, price_id)
        if row is None:
            return
        if row.customer_id is not None:
            article = _load_article(session, row.article_id)
            record_event(
                session,
                db.user,
                EventAction.PRICE_REMOVED,
                customer_id=row.customer_id,
                changes=_price_changes(_values(row), _values(None), article.number),
            )
        session.delete(row)
        session.commit()


def set_price(
    db: Database,
    owner: PriceOwner,
    article_id: int,
    unit_price: Decimal,
    from_quantity: Decimal = Decimal(0),
    valid_from: dt.date | None = None,
    valid_to: dt.date | None = None,
) -> AgreedPriceDetails:
    """The price of an article from `from_quantity` for the period, set: the price of that
    step and first day is changed if there is one, else added."""
    with db.unit_of_work(write=False) as session:
        existing = session.scalar(
            select(ArticlePrice).where(
                _owner_filter(owner),
                ArticlePrice.article_id == article_id,
                ArticlePrice.from_quantity == from_quantity,
                ArticlePrice.valid_from.is_(None)
                if valid_from is None
                else ArticlePrice.valid_from == valid_from,
            )
        )
        key = (existing.id, existing.version) if existing else (None, None)
    details = AgreedPriceDetails(
        id=key[0],
        version=key[1],
        article_id=article_id,
        unit_price=unit_price,
        from_quantity=from_quantity,
        valid_from=valid_from,
        valid_to=valid_to,
    )
    return save_price(db, owner, details)
