"""Demo contracts: service agreements, rents and subscriptions of every interval, some in
arrears, some ended or with days before, started over the last year so that a run has periods
to catch up."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import insert, select

from kundbok.db.models import Contract, ContractLine, Customer, Event
from kundbok.db.session import Database
from kundbok.domain.events import EventAction
from kundbok.services.contracts import CONTRACT_SERIES
from kundbok.services.history import event_values
from kundbok.services.numbering import draw_number

# description, unit, price a period excluding VAT, VAT, months between invoices
DEMO_CONTRACTS = (
    ("Serviceavtal värmepump", "st", Decimal("1250.00"), Decimal(25), 12),
    ("Hyra kontorsplats", "mån", Decimal("3400.00"), Decimal(25), 1),
    ("Support och underhåll", "kvartal", Decimal("2900.00"), Decimal(25), 3),
    ("Fönsterputs", "st", Decimal("850.00"), Decimal(25), 2),
    ("Webbhotell och domän", "halvår", Decimal("1490.00"), Decimal(25), 6),
    ("Tidningsprenumeration", "mån", Decimal("189.00"), Decimal(6), 1),
)
DEFAULT_SHARE = 8  # one customer in eight has a contract
MOST = 200  # what `demo-data` makes at most


def create_demo_contracts(
    db: Database, count: int | None = None, seed: int = 1, today: dt.date | None = None
) -> int:
    """Contracts for active customers (one in eight, at most 200, unless `count` says how
    many), in one transaction; how many were made."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    with db.unit_of_work() as session:
        customer_ids = list(
            session.scalars(
                select(Customer.id).where(Customer.active.is_(True), Customer.blocked.is_(False))
            )
        )
        wanted = min(len(customer_ids) // DEFAULT_SHARE, MOST) if count is None else count
        chosen = (
            [customer_ids[n % len(customer_ids)] for n in range(wanted)] if customer_ids else []
        )
        contracts = []
        for customer_id in chosen:
            description, unit, price, vat, months = rng.choice(DEMO_CONTRACTS)
            start = (today - dt.timedelta(days=rng.randint(0, 330))).replace(day=1)
            contract = Contract(
                number=draw_number(session, CONTRACT_SERIES),
                customer_id=customer_id,
                interval_months=months,
                start_date=start,
                end_date=start.replace(year=start.year + 2) - dt.timedelta(days=1)
                if rng.random() < 0.2
                else None,
                in_arrears=months == 1 and rng.random() < 0.3,
                days_before=10 if months >= 3 and rng.random() < 0.5 else 0,
                text="Enligt avtal",
                created_by=db.user,
                updated_by=db.user,
                lines=[
                    ContractLine(
                        position=1,
                        description=description,
                        unit=unit,
                        quantity=Decimal(1),
                        unit_price=price,
                        vat_rate=vat,
                    )
                ],
            )
            session.add(contract)
            contracts.append(contract)
        session.flush()
        made = [(contract.customer_id, contract.number) for contract in contracts]
        events = [
            event_values(
                db.user,
                EventAction.CONTRACT_CREATED,
                customer_id=customer_id,
                changes={"contract": (None, number)},
            )
            for customer_id, number in made
        ]
        if events:
            session.execute(insert(Event), events)
        session.commit()
    return len(chosen)
