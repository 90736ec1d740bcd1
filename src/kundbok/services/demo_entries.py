"""Demo entries (fakturaunderlag): hours and material on active customers over the last month,
not yet invoiced, so that *Att fakturera* and the card's *Underlag* have something to show."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import insert, select

from kundbok.db.models import Customer, Entry
from kundbok.db.session import Database
from kundbok.domain.entries import EntryDetails
from kundbok.services.demo_data import ensure_demo_articles

TEXTS = (
    "Felsökning",
    "Byte av blandare",
    "Montering",
    "Resa till kund",
    "Möte om nästa etapp",
    "",
    "",
)
DAYS_BACK = 30


def create_demo_entries(
    db: Database, count: int, seed: int = 1, today: dt.date | None = None, customers: int = 0
) -> int:
    """Add `count` unbilled entries to active, unblocked customers (spread over `customers` of
    them, or a few per customer), dated within the last month. One transaction."""
    if count <= 0:
        return 0
    today = today or dt.date.today()
    rng = random.Random(seed)
    with db.unit_of_work() as session:
        articles = [a for a in ensure_demo_articles(session, db.user) if a.active]
        ids = list(
            session.scalars(
                select(Customer.id).where(Customer.active.is_(True), Customer.blocked.is_(False))
            )
        )
        if not ids:
            return 0
        chosen = rng.sample(ids, min(len(ids), customers or max(1, count // 4)))
        rows = []
        for _ in range(count):
            article = rng.choice(articles)
            hours = article.unit == "tim"
            quantity = Decimal(rng.randint(1, 32)) / 4 if hours else Decimal(rng.randint(1, 10))
            amount = EntryDetails(
                customer_id=0,
                entry_date=today,
                quantity=quantity,
                unit_price=article.unit_price,
                vat_rate=article.vat_rate,
            ).amount
            rows.append(
                {
                    "amount": amount,
                    "customer_id": rng.choice(chosen),
                    "entry_date": today - dt.timedelta(days=rng.randrange(DAYS_BACK)),
                    "article_id": article.id,
                    "article_number": article.number,
                    "description": article.description,
                    "text": rng.choice(TEXTS),
                    "quantity": quantity,
                    "unit": article.unit,
                    "unit_price": article.unit_price,
                    "vat_rate": article.vat_rate,
                    "line_kind": article.rot_rut_kind,
                    "work_type": article.work_type,
                    "created_by": db.user,
                    "updated_by": db.user,
                }
            )
        session.execute(insert(Entry), rows)
        session.commit()
    return count
