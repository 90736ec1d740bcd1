"""Realistic Swedish demo customers (written in bulk so that 100,000 take seconds, not minutes)
and demo invoices to go with them."""

from __future__ import annotations

import datetime as dt
import random
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from stdnum import luhn

from kundbok.db.models import Article, Customer, Invoice, Payment
from kundbok.db.session import Database
from kundbok.domain.invoice import InvoiceState, LineDetails
from kundbok.domain.peppol.participants import SWEDISH_ORGANISATION
from kundbok.domain.search_terms import customer_terms
from kundbok.services.bulk import (
    BATCH,
    CustomerRows,
    Row,
    bulk_mode,
    insert_rows,
    reserve_numbers,
)
from kundbok.services.invoices import create_credit_note, issue_in_session, write_lines
from kundbok.services.seller import company_is_blank
from kundbok.services.settings import get_company, save_company

FIRST_NAMES = (
    "Anna Eva Maria Karin Sara Lena Kerstin Ingrid Åsa Märta Linnéa Elsa Saga Maja Astrid Björn "
    "Lars Mikael Anders Johan Per Erik Karl Peter Jonas Göran Örjan Åke Nils Olle Sören Måns "
    "Hampus Ali Fatima Zeynep Mohammed Noor Jörgen Håkan"
).split()
LAST_NAMES = (
    "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
    "Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström "
    "Olofsson Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist "
    "Mattsson Berglund Fredriksson Sandberg Henriksson Åkesson Öberg Ström Sjöberg Ågren Lövgren "
    "Hägglund Nyström Holmqvist"
).split()
TRADES = (
    "Bygg Måleri VVS El Städ Trädgård Snickeri Redovisning Konsult Transport Frisör Café Bageri "
    "Fastigheter Data Design Golv Plåt Tak Rör Kakel Flytt Bilverkstad Blommor Fiske Skog Hälsa"
).split()
COMPANY_FORMS = ("AB", "AB", "AB", "HB", "KB", "Ekonomisk förening", "& Söner AB", "i Norr AB")
STREETS = (
    "Storgatan|Drottninggatan|Kungsgatan|Vasagatan|Järnvägsgatan|Skolgatan|Kyrkogatan|"
    "Östra Långgatan|Västra Hamngatan|Södra Vägen|Björkvägen|Ekvägen|Tallstigen|Gärdesgatan|"
    "Hamngatan|Götgatan|Sjövägen|Ängsvägen|Älvgatan|Rönnvägen|Lärkgatan|Bäckvägen|Åsgränd|Örnvägen"
).split("|")
# Postcode and town, as written on a letter.
CITIES = tuple(
    (place[:6], place[7:])
    for place in (
        "111 22 Stockholm|411 01 Göteborg|211 22 Malmö|753 20 Uppsala|722 10 Västerås|"
        "702 10 Örebro|582 22 Linköping|252 21 Helsingborg|553 20 Jönköping|602 22 Norrköping|"
        "222 21 Lund|903 26 Umeå|802 50 Gävle|503 30 Borås|151 73 Södertälje|632 20 Eskilstuna|"
        "302 40 Halmstad|352 30 Växjö|652 24 Karlstad|852 30 Sundsvall|831 30 Östersund|"
        "972 31 Luleå|981 31 Kiruna|791 30 Falun|541 30 Skövde|392 31 Kalmar|621 55 Visby|"
        "837 52 Åre|271 39 Ystad|461 30 Trollhättan"
    ).split("|")
)
ROLES = ("VD", "Ekonomiansvarig", "Inköpare", "Projektledare", "Kontorschef", "Ägare")
NOTES = (
    "Vill ha fakturan i pappersform.",
    "Ring innan leverans, porten har kod.",
    "Ramavtal tecknat i våras; 10 % rabatt på material.",
    "Betalar alltid i tid. Trevlig kund!",
    "Påminn om serviceavtalet i oktober.",
    "Nyckel finns hos grannen på nr 14.",
    "",
    "",
)


T = TypeVar("T")


class QuickRandom(random.Random):
    """Choices and numbers from one float each: uniform enough for invented customers, and several
    times cheaper than the exact ones, which took a fifth of the time of making a customer."""

    def choice(self, seq: Sequence[T]) -> T:  # type: ignore[override]
        return seq[int(self.random() * len(seq))]

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            start, stop = 0, start
        return start + step * int(self.random() * ((stop - start + step - 1) // step))

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))


def _with_check_digit(digits: str) -> str:
    return digits + luhn.calc_check_digit(digits)


def random_org_number(rng: random.Random) -> str:
    """A valid organisationsnummer of an aktiebolag (55xxxx-xxxx)."""
    return _with_check_digit("55" + str(rng.randint(6, 9)) + f"{rng.randrange(10**6):06d}")


def random_personal_number(rng: random.Random) -> str:
    """A valid 12-digit personnummer of someone born 1940–2004."""
    born = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(365 * 64))
    serial = f"{rng.randrange(1000):03d}"
    return born.strftime("%Y") + _with_check_digit(born.strftime("%y%m%d") + serial)[2:]


def _phone(rng: random.Random, mobile: bool) -> str:
    if mobile:
        pairs = f"{rng.randrange(100):02d} {rng.randrange(100):02d}"
        return f"07{rng.choice('0236')}-{rng.randrange(1000):03d} {pairs}"
    return f"0{rng.randint(8, 98)}-{rng.randrange(100000, 999999)}"


_ASCII_LETTERS = str.maketrans("åäöéü", "aaoeu")
_NOT_SLUG = re.compile(r"[^a-z0-9]")


def _slug(text: str) -> str:
    return _NOT_SLUG.sub("", text.casefold().translate(_ASCII_LETTERS))


# Every 40th customer that is no private person is a public-sector buyer that takes e-invoices
# over Peppol, so that the e-invoice path can be tried on a demo register: a kommun (212000-…)
# or a region (232100-…), its organisationsnummer as its Peppol id under scheme 0007, and the
# referenskod such buyers ask invoices to carry.
PUBLIC_EVERY = 40


def _public_buyer(number: int, city: str) -> tuple[str, str, str]:
    """A public buyer's name, organisationsnummer and referenskod."""
    if number % 3 == 0:
        name, prefix = f"Region {city}", "232100"
    else:
        name, prefix = f"{city} kommun", "212000"
    org_number = _with_check_digit(f"{prefix}{number % 1000:03d}")
    return name, org_number, f"{_slug(city)[:3].upper()}{number % 10000:04d}"


def demo_customer(number: int, rng: random.Random, user: str) -> CustomerRows:
    """One invented but plausible customer with addresses, contacts and a note."""
    private = rng.random() < 0.35
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    if private:
        name = f"{first} {last}"
        domain = rng.choice(("gmail.com", "telia.com", "outlook.com", "bredband.net"))
        email = f"{_slug(first)}.{_slug(last)}{rng.randrange(100)}@{domain}"
    else:
        name = f"{last}s {rng.choice(TRADES)} {rng.choice(COMPANY_FORMS)}"
        email = f"info@{_slug(last)}{_slug(rng.choice(TRADES))}.se"
    org_number = None if private else random_org_number(rng)
    personal_number = random_personal_number(rng) if private else None
    postcode, city = rng.choice(CITIES)
    # Drawn as for any company first, so that the customers after it stay as they were.
    public = not private and number % PUBLIC_EVERY == 0
    buyer_reference = ""
    if public:
        name, org_number, buyer_reference = _public_buyer(number, city)
        email = f"fakturor@{_slug(city)}.se"
    street = f"{rng.choice(STREETS)} {rng.randint(1, 120)}"
    stamp = {"created_by": user, "updated_by": user}
    contacts: list[Row] = []
    if not private:
        for index in range(rng.choice((1, 1, 2, 3))):
            contact_first, contact_last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            contacts.append(
                {
                    "name": f"{contact_first} {contact_last}",
                    "role": rng.choice(ROLES),
                    "phone": _phone(rng, mobile=False),
                    "mobile": _phone(rng, mobile=True),
                    "email": f"{_slug(contact_first)}.{_slug(contact_last)}@{email.split('@')[1]}",
                    "is_main": index == 0,
                    "active": True,
                    **stamp,
                }
            )
    addresses: list[Row] = [
        {
            "kind": "billing",
            "street": street,
            "postcode": postcode.replace(" ", ""),
            "city": city,
            "is_default": True,
            **stamp,
        },
    ]
    if not private and rng.random() < 0.3:
        delivery_postcode, delivery_city = rng.choice(CITIES)
        addresses.append(
            {
                "kind": "delivery",
                "street": f"{rng.choice(STREETS)} {rng.randint(1, 60)}",
                "postcode": delivery_postcode.replace(" ", ""),
                "city": delivery_city,
                "is_default": True,
                **stamp,
            }
        )
    phone, mobile = _phone(rng, mobile=False), _phone(rng, mobile=True)
    reference = "" if private else f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    customer = {
        "number": number,
        "kind": "private" if private else "company",
        "name": name,
        "sort_name": name.casefold(),
        "reference": reference,
        "org_number": org_number,
        "personal_number": personal_number,
        "vat_number": f"SE{org_number}01" if org_number else None,
        "phone": phone,
        "mobile": mobile,
        "email": email,
        "website": "" if private else f"https://www.{email.split('@')[1]}",
        "payment_terms_days": rng.choice((None, None, 10, 15, 30)),
        "active": rng.random() > 0.08,
        "notes": rng.choice(NOTES),
        "uid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "rot_rut_personal_number": personal_number if private and rng.random() < 0.3 else None,
        "peppol_scheme": SWEDISH_ORGANISATION if public else None,
        "peppol_id": org_number if public else None,
        "buyer_reference": buyer_reference,
        **stamp,
    }
    terms = customer_terms(
        number=number,
        texts=[name, reference, *(a["city"] for a in addresses), *(c["name"] for c in contacts)],
        numbers=[
            org_number or "",
            personal_number or "",
            phone,
            mobile,
            *(c["phone"] for c in contacts),
            *(c["mobile"] for c in contacts),
        ],
        emails=[email, *(c["email"] for c in contacts)],
    )
    return CustomerRows(customer, addresses, contacts, terms)


def demo_batch(numbers: Sequence[int], seed: int, user: str) -> list[CustomerRows]:
    """Demo customers with these numbers: the same numbers and seed always make the same ones,
    and a second run into one register makes new ones (its numbers are new)."""
    rng = QuickRandom(f"{seed}:{numbers[0]}" if numbers else seed)
    return [demo_customer(number, rng, user) for number in numbers]


def create_demo_customers(db: Database, count: int, seed: int = 1) -> int:
    """Add `count` demo customers in one transaction; returns how many were added."""
    with db.unit_of_work() as session, bulk_mode(session):
        numbers = reserve_numbers(session, count)
        for start in range(0, count, BATCH):
            insert_rows(session, demo_batch(numbers[start : start + BATCH], seed, db.user), db.user)
        session.commit()
    return count


# --- demo company --------------------------------------------------------------------------

# Made-up but valid: the organisationsnummer and the bankgiro number pass their check digits,
# and the VAT number is the organisationsnummer's (SE, the ten digits, 01).
DEMO_COMPANY = {
    "name": "Kundbok Demo AB",
    "street": "Storgatan 12",
    "postcode": "111 22",
    "city": "Stockholm",
    "country": "SE",
    "org_number": "559999-9991",
    "vat_number": "SE559999999101",
    "f_tax": True,
    "bankgiro": "9999-9997",
    "email": "faktura@example.se",
    "phone": "08-123 456 78",
    "website": "https://example.se",
}


def create_demo_company(db: Database) -> bool:
    """Fill in the demo company while nothing of the seller is filled in yet: a company the
    user has begun to fill in is never overwritten. True when it was filled in."""
    if not company_is_blank(db):
        return False
    save_company(db, replace(get_company(db), **DEMO_COMPANY))  # type: ignore[arg-type]
    return True


# --- demo invoices -------------------------------------------------------------------------

DEMO_ARTICLES = (
    ("100", "Arbetstid hantverkare", "tim", Decimal("650.00"), Decimal(25), "labour"),
    ("101", "Arbetstid konsult", "tim", Decimal("1150.00"), Decimal(25), "other"),
    ("200", "Rörkoppling 15 mm", "st", Decimal("48.50"), Decimal(25), "material"),
    ("201", "Blandare kök", "st", Decimal("1895.00"), Decimal(25), "material"),
    ("300", "Resa, milersättning", "mil", Decimal("45.00"), Decimal(25), "other"),
    ("400", "Kaffebröd till möte", "st", Decimal("32.00"), Decimal(6), "other"),
    ("500", "Bok: Bokföring i praktiken", "st", Decimal("399.00"), Decimal(6), "other"),
)


def ensure_articles(
    session: Session, user: str, articles: Iterable[Mapping[str, Any]]
) -> dict[str, Article]:
    """Every article of the register by number, `articles` (column values) added where their
    number is missing."""
    existing = {a.number: a for a in session.scalars(select(Article))}
    for values in articles:
        if values["number"] not in existing:
            existing[values["number"]] = Article(**values, created_by=user, updated_by=user)
            session.add(existing[values["number"]])
    session.flush()
    return existing


def ensure_demo_articles(session: Session, user: str) -> list[Article]:
    """The demo articles, added where missing."""
    columns = ("number", "description", "unit", "unit_price", "vat_rate", "rot_rut_kind")
    return list(
        ensure_articles(
            session, user, (dict(zip(columns, row, strict=True)) for row in DEMO_ARTICLES)
        ).values()
    )


def paid_in_full(session: Session, invoice: Invoice, day: dt.date) -> None:
    """Mark a demo invoice paid by a payment of what it asks (a paid invoice always has its
    payments); added directly, since demo data pays thousands in one transaction."""
    session.add(
        Payment(
            invoice_id=invoice.id,
            payment_date=day,
            amount=invoice.total - invoice.rot_rut_deduction,
            method="bankgiro",
        )
    )
    invoice.state = InvoiceState.PAID
    invoice.paid_date = day


def create_demo_invoices(
    db: Database, count: int, seed: int = 1, today: dt.date | None = None
) -> int:
    """Issue `count` realistic invoices to active customers over the last year: most paid,
    some overdue, one credited. One transaction."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    create_demo_company(db)  # every demo invoice names a complete, lawful seller
    with db.unit_of_work() as session, bulk_mode(session):
        articles = ensure_demo_articles(session, db.user)
        customer_ids = list(
            session.scalars(
                select(Customer.id).where(Customer.active.is_(True), Customer.blocked.is_(False))
            )
        )
        if not customer_ids:
            return 0
        # A pool of buyers loaded in one go: demo invoices go to a few thousand customers.
        pool = list(
            session.scalars(
                select(Customer)
                .where(Customer.id.in_(rng.sample(customer_ids, min(len(customer_ids), 2000))))
                .options(selectinload(Customer.addresses), selectinload(Customer.contacts))
            )
        )
        issued: list[Invoice] = []
        for _ in range(count):
            customer = rng.choice(pool)
            invoice_date = today - dt.timedelta(days=rng.randrange(365))
            invoice = Invoice(
                customer_id=customer.id,
                invoice_date=invoice_date,
                payment_terms_days=customer.payment_terms_days or 30,
                currency=customer.currency,
                language=customer.language,
                their_reference=customer.reference,
                buyer_reference=customer.buyer_reference,
                our_reference="Kundbok Demo",
                created_by=db.user,
                updated_by=db.user,
            )
            picked = rng.sample(articles, rng.randint(1, 4))
            write_lines(
                invoice,
                tuple(
                    LineDetails(
                        description=a.description,
                        quantity=Decimal(rng.randint(1, 12)),
                        unit=a.unit,
                        unit_price=a.unit_price,
                        vat_rate=a.vat_rate,
                        kind=a.rot_rut_kind,
                        article_id=a.id,
                        article_number=a.number,
                    )
                    for a in picked
                ),
            )
            session.add(invoice)
            session.flush()
            issue_in_session(session, invoice, db.user, today, customer)
            due = invoice.due_date or today  # set by issue_in_session
            if due < today - dt.timedelta(days=10) and rng.random() < 0.9:
                paid_in_full(session, invoice, due - dt.timedelta(days=rng.randrange(5)))
            issued.append(invoice)
        session.commit()
    if issued:
        create_credit_note(db, issued[-1].id, today)
    return count
