"""Demo quotes in every status: drafts, sent, expired, declined, accepted, invoiced in part and
invoiced (its two part invoices paid), so that the Offerter tab and part invoicing can be tried."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from decimal import Decimal

from sqlalchemy import select

from kundbok.db.models import Customer
from kundbok.db.session import Database
from kundbok.domain.invoice import LineDetails
from kundbok.domain.rot_rut.work_types import WorkType
from kundbok.services.invoices import mark_paid
from kundbok.services.quote_invoicing import invoice_quote
from kundbok.services.quotes import (
    accept_quote,
    decline_quote,
    mark_quote_sent,
    save_quote,
    start_quote,
)

# description, unit, price excluding VAT, quantity range, kind, ROT work type
WORK = (
    ("Arbetstid hantverkare", "tim", Decimal("650.00"), (8, 80), "labour", WorkType.BUILDING),
    ("Material enligt specifikation", "st", Decimal("4850.00"), (1, 4), "material", ""),
    ("Etablering och bortforsling", "st", Decimal("1500.00"), (1, 1), "other", ""),
)
# What becomes of each demo quote, oldest first.
FATES = (
    "invoiced", "invoiced_in_part", "invoiced_in_part", "accepted", "accepted", "declined",
    "expired", "expired", "sent", "sent", "draft", "draft",
)  # fmt: skip


def _lines(rng: random.Random) -> tuple[LineDetails, ...]:
    return tuple(
        LineDetails(
            description=description,
            quantity=Decimal(rng.randint(*quantities)),
            unit=unit,
            unit_price=price,
            vat_rate=Decimal(25),
            kind=kind,
            work_type=work_type,
        )
        for description, unit, price, quantities, kind, work_type in WORK
    )


def create_demo_quotes(db: Database, seed: int = 1, today: dt.date | None = None) -> int:
    """Make a dozen quotes to active, unblocked customers, in every status; the number made."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    with db.unit_of_work(write=False) as session:
        customers = list(
            session.execute(
                select(Customer.id, Customer.kind)
                .where(Customer.active.is_(True), Customer.blocked.is_(False))
                .order_by(Customer.number)
                .limit(len(FATES))
            )
        )
    for position, ((customer_id, kind), fate) in enumerate(zip(customers, FATES, strict=False)):
        day = today - dt.timedelta(days=(70 if fate == "expired" else 3 * (len(FATES) - position)))
        start = start_quote(db, customer_id, day)
        body = replace(
            start.quote.body,
            lines=_lines(rng),
            text="Priset gäller enligt ritning.",
            rot_rut="rot" if kind == "private" else "",  # a home owner's job: ROT
        )
        quote = save_quote(db, replace(start.quote, body=body))
        assert quote.id is not None
        if fate in ("sent", "expired", "declined"):
            with db.unit_of_work() as session:
                mark_quote_sent(session, db.user, quote.id, "", dt.datetime.now(dt.UTC))
                session.commit()
        if fate == "declined":
            decline_quote(db, quote.id)
        if fate in ("accepted", "invoiced_in_part", "invoiced"):
            accept_quote(db, quote.id, day)
        if fate in ("invoiced_in_part", "invoiced"):
            first = invoice_quote(db, quote.id, Decimal(40), issue=True, today=day)
            assert first.id is not None
            mark_paid(db, first.id, today)
        if fate == "invoiced":
            last = invoice_quote(db, quote.id, issue=True, today=today)
            assert last.id is not None
            mark_paid(db, last.id, today)
    return min(len(customers), len(FATES))
