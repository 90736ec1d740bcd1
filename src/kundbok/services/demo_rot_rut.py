"""Demo ROT and RUT invoices with work types, paid last year, this year and not yet, so that the
claim to Skatteverket can be tried."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kundbok.db.models import Article, Customer, Invoice
from kundbok.db.session import Database
from kundbok.domain.invoice import LineDetails
from kundbok.domain.rot_rut.work_types import WorkType
from kundbok.services.demo_data import ensure_articles, paid_in_full
from kundbok.services.invoices import issue_in_session, write_lines

# number, description, unit, price excluding VAT, kind, work type
ROT_RUT_ARTICLES = (
    ("110", "Arbetstid VVS", "tim", Decimal("640.00"), "labour", WorkType.PLUMBING),
    (
        "111",
        "Arbetstid målning",
        "tim",
        Decimal("560.00"),
        "labour",
        WorkType.PAINTING_AND_WALLPAPERING,
    ),
    ("112", "Arbetstid elinstallation", "tim", Decimal("680.00"), "labour", WorkType.ELECTRICAL),
    ("210", "Rör och kopplingar", "st", Decimal("420.00"), "material", WorkType.PLUMBING),
    (
        "211",
        "Färg och tapet",
        "st",
        Decimal("890.00"),
        "material",
        WorkType.PAINTING_AND_WALLPAPERING,
    ),
    ("120", "Städning", "tim", Decimal("360.00"), "labour", WorkType.CLEANING),
    ("121", "Trädgårdsarbete", "tim", Decimal("400.00"), "labour", WorkType.GARDENING),
    ("122", "Fönsterputs", "tim", Decimal("380.00"), "labour", WorkType.CLEANING),
)
ROT_NUMBERS = ("110", "111", "112")
RUT_NUMBERS = ("120", "121", "122")
MATERIAL_FOR = {"110": "210", "111": "211"}
# Per kind: paid last year, paid this year, unpaid.
PAID_LAST_YEAR, PAID_THIS_YEAR, UNPAID = 3, 2, 2


def _articles(session: Session, user: str) -> dict[str, Article]:
    return ensure_articles(
        session,
        user,
        (
            {
                "number": number,
                "description": description,
                "unit": unit,
                "unit_price": price,
                "vat_rate": Decimal(25),
                "rot_rut_kind": kind,
                "work_type": work_type.value,
            }
            for number, description, unit, price, kind, work_type in ROT_RUT_ARTICLES
        ),
    )


def _line(article: Article, quantity: int) -> LineDetails:
    return LineDetails(
        description=article.description,
        quantity=Decimal(quantity),
        unit=article.unit,
        unit_price=article.unit_price,
        vat_rate=article.vat_rate,
        kind=article.rot_rut_kind,
        work_type=article.work_type,
        article_id=article.id,
        article_number=article.number,
    )


def _buyers(session: Session, rng: random.Random, count: int) -> list[Customer]:
    adults = list(
        session.scalars(
            select(Customer)
            .where(
                Customer.kind == "private",
                Customer.personal_number.is_not(None),
                Customer.personal_number < "2000",
                Customer.active.is_(True),
                Customer.blocked.is_(False),
            )
            .order_by(Customer.number)
            .limit(count * 5)
            .options(selectinload(Customer.addresses), selectinload(Customer.contacts))
        )
    )
    return rng.sample(adults, min(count, len(adults)))


def create_demo_rot_rut_invoices(db: Database, seed: int = 1, today: dt.date | None = None) -> int:
    """Issue ROT and RUT invoices with work types to private demo customers: some paid last
    year (to claim), some this year, some unpaid. Returns how many; 0 without private customers."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    per_kind = PAID_LAST_YEAR + PAID_THIS_YEAR + UNPAID
    issued = 0
    with db.unit_of_work() as session:
        articles = _articles(session, db.user)
        buyers = _buyers(session, rng, 2 * per_kind)
        for index, customer in enumerate(buyers):
            kind = "rot" if index < per_kind else "rut"
            slot = index % per_kind
            if slot < PAID_LAST_YEAR:
                invoice_date = dt.date(today.year - 1, 3 + 2 * slot, 10)
            else:
                invoice_date = max(dt.date(today.year, 1, 2), today - dt.timedelta(days=40 - slot))
            if kind == "rot" and not customer.rot_rut_property:
                customer.rot_rut_property = f"Demoby Eken 1:{customer.number}"
            labour = articles[rng.choice(ROT_NUMBERS if kind == "rot" else RUT_NUMBERS)]
            lines = [_line(labour, rng.randint(4, 24))]
            if labour.number in MATERIAL_FOR:
                lines.append(_line(articles[MATERIAL_FOR[labour.number]], rng.randint(1, 3)))
            invoice = Invoice(
                customer_id=customer.id,
                invoice_date=invoice_date,
                payment_terms_days=10,
                rot_rut=kind,
                our_reference="Kundbok Demo",
                created_by=db.user,
                updated_by=db.user,
            )
            write_lines(invoice, tuple(lines))
            session.add(invoice)
            session.flush()
            issue_in_session(session, invoice, db.user, invoice_date, customer)
            if slot < PAID_LAST_YEAR + PAID_THIS_YEAR:
                paid_in_full(session, invoice, min(today, invoice_date + dt.timedelta(days=8)))
            issued += 1
        session.commit()
    return issued
