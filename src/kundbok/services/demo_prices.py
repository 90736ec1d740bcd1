"""Demo agreements: two price lists with volume steps and a campaign, a group of building
firms with its list and a credit limit, a few customers' own prices, and credit limits."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import ColumnElement, or_, select, update

from kundbok.db.models import ArticlePrice, Customer, CustomerGroup, PriceList
from kundbok.db.session import Database
from kundbok.services.demo_data import ensure_demo_articles

# list name -> (article number, price, from quantity, valid from, valid to)
_YEAR = dt.date.today().year
DEMO_LISTS: dict[str, tuple[tuple[str, str, int, dt.date | None, dt.date | None], ...]] = {
    "Byggföretag": (
        ("100", "595.00", 0, None, None),
        ("200", "44.00", 0, None, None),
        ("200", "42.00", 10, None, None),
        ("200", "38.50", 100, None, None),
        ("201", "1795.00", 0, None, None),
    ),
    "Ramavtal konsult": (
        ("101", "1050.00", 0, None, None),
        ("101", "990.00", 40, None, None),
        ("300", "40.00", 0, dt.date(_YEAR, 1, 1), dt.date(_YEAR, 6, 30)),
    ),
}
BUILDING_TRADES = ("Bygg", "VVS", "Rör", "Plåt", "Tak", "Golv", "Kakel", "Måleri", "Snickeri")
CONSULTING_TRADES = ("Konsult", "Data", "Redovisning", "Design")
GROUP = "Byggkunder"
GROUP_CREDIT_LIMIT = Decimal(100000)
CREDIT_LIMITS = (Decimal(15000), Decimal(25000), Decimal(50000))


def _named(words: tuple[str, ...]) -> ColumnElement[bool]:
    return or_(*(Customer.name.contains(word) for word in words))


def create_demo_agreements(db: Database, seed: int = 1) -> int:
    """Add the demo price lists (where missing) and give demo customers lists, own prices and
    credit limits; returns how many customers got a list, a price or a limit."""
    rng = random.Random(seed)
    with db.unit_of_work() as session:
        articles = {article.number: article for article in ensure_demo_articles(session, db.user)}
        lists: dict[str, int] = {}
        for name, prices in DEMO_LISTS.items():
            found = session.scalar(select(PriceList).where(PriceList.name == name))
            if found is None:
                found = PriceList(name=name, created_by=db.user, updated_by=db.user)
                session.add(found)
                session.flush()
                for number, price, step, first, last in prices:
                    session.add(
                        ArticlePrice(
                            price_list_id=found.id,
                            article_id=articles[number].id,
                            unit_price=Decimal(price),
                            from_quantity=Decimal(step),
                            valid_from=first,
                            valid_to=last,
                            created_by=db.user,
                            updated_by=db.user,
                        )
                    )
            lists[name] = found.id
        group = session.scalar(select(CustomerGroup).where(CustomerGroup.name == GROUP))
        if group is None:
            group = CustomerGroup(
                name=GROUP,
                price_list_id=lists["Byggföretag"],
                credit_limit=GROUP_CREDIT_LIMIT,
                created_by=db.user,
                updated_by=db.user,
            )
            session.add(group)
            session.flush()
        companies = Customer.kind == "company"
        building: int = session.execute(  # type: ignore[attr-defined]
            update(Customer)
            .where(companies, Customer.group_id.is_(None), _named(BUILDING_TRADES))
            .values(group_id=group.id, credit_limit=GROUP_CREDIT_LIMIT)
        ).rowcount
        consulting: int = session.execute(  # type: ignore[attr-defined]
            update(Customer)
            .where(
                companies,
                Customer.price_list_id.is_(None),
                _named(CONSULTING_TRADES),
            )
            .values(price_list_id=lists["Ramavtal konsult"])
        ).rowcount
        others = list(
            session.scalars(
                select(Customer.id)
                .where(companies, Customer.group_id.is_(None), Customer.credit_limit.is_(None))
                .order_by(Customer.number)
                .limit(2000)
            )
        )
        limited = rng.sample(others, len(others) // 4)
        for index, limit in enumerate(CREDIT_LIMITS):
            chosen = limited[index :: len(CREDIT_LIMITS)]
            session.execute(
                update(Customer).where(Customer.id.in_(chosen)).values(credit_limit=limit)
            )
        priced = set(session.scalars(select(ArticlePrice.customer_id).distinct()))
        own = [i for i in rng.sample(others, min(3, len(others))) if i not in priced]
        for customer_id in own:
            session.add(
                ArticlePrice(
                    customer_id=customer_id,
                    article_id=articles["100"].id,
                    unit_price=Decimal("560.00"),
                    created_by=db.user,
                    updated_by=db.user,
                )
            )
        session.commit()
    return building + consulting + len(limited) + len(own)
