"""Invoice use cases: draft from a customer, issue with a gapless number, credit, mark paid.

A draft has no number and may change. Issuing draws the next number of the series in the same
transaction, computes the OCR reference, freezes a copy of the buyer and the totals, and from then
on every service refuses to change the invoice: a mistake is corrected by a credit note.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, selectinload

from kundbok.db.models import Article, Customer, Invoice, InvoiceLine
from kundbok.db.session import Database
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, RefusedError, ValidationError
from kundbok.domain.identifiers import format_postcode, make_ocr
from kundbok.domain.invoicing import (
    Line,
    Totals,
    due_date,
    invoice_totals,
    line_amount,
    reverse_charge_applies,
)
from kundbok.domain.limits import check_invoice_texts, check_line_texts
from kundbok.services.bulk import bulk_mode
from kundbok.services.customers import details_of, load_customer
from kundbok.services.history import record_event
from kundbok.services.numbering import INVOICE_SERIES, draw_number
from kundbok.services.settings import company_row

STATUSES = ("draft", "issued", "overdue", "paid", "credited")


@dataclass(frozen=True, kw_only=True)
class LineDetails:
    """One invoice line as the editor shows it."""

    description: str = ""
    quantity: Decimal = Decimal(1)
    unit: str = ""
    unit_price: Decimal = Decimal(0)
    discount_percent: Decimal = Decimal(0)
    vat_rate: Decimal = Decimal(25)
    kind: str = "other"
    article_id: int | None = None
    article_number: str = ""

    def as_line(self) -> Line:
        return Line(self.quantity, self.unit_price, self.discount_percent, self.vat_rate, self.kind)

    @property
    def amount(self) -> Decimal:
        """Excluding VAT, after discount, in öre."""
        return line_amount(self.as_line())


@dataclass(frozen=True, kw_only=True)
class InvoiceDetails:
    """An invoice or credit note with its lines; the buyer fields are frozen at issue."""

    customer_id: int
    id: int | None = None
    number: int | None = None
    kind: str = "invoice"
    state: str = "draft"
    invoice_date: dt.date | None = None
    due_date: dt.date | None = None
    delivery_date: dt.date | None = None
    paid_date: dt.date | None = None
    payment_terms_days: int = 30
    currency: str = "SEK"
    language: str = "sv"
    their_reference: str = ""
    our_reference: str = ""
    text: str = ""
    ocr: str | None = None
    rot_rut: str = ""
    credited_invoice_id: int | None = None
    buyer_name: str = ""
    buyer_number: int | None = None
    buyer_org_number: str | None = None
    buyer_personal_number: str | None = None
    buyer_vat_number: str | None = None
    buyer_country: str = "SE"
    buyer_billing_address: str = ""
    buyer_delivery_address: str = ""
    buyer_rot_rut_property: str = ""
    buyer_rot_rut_housing_org_number: str | None = None
    buyer_rot_rut_apartment_number: str = ""
    lines: tuple[LineDetails, ...] = ()

    def totals(self, used_deduction: Decimal = Decimal(0)) -> Totals:
        return invoice_totals(
            (line.as_line() for line in self.lines), self.currency, self.rot_rut, used_deduction
        )

    def status(self, today: dt.date) -> str:
        """draft, issued, overdue (issued and past due), paid or credited."""
        if self.state == "issued" and self.due_date and self.due_date < today:
            return "overdue"
        return self.state

    @property
    def reverse_charge(self) -> bool:
        return reverse_charge_applies(self.buyer_country, self.buyer_vat_number)


_EDITABLE = (
    "invoice_date",
    "delivery_date",
    "payment_terms_days",
    "currency",
    "language",
    "their_reference",
    "our_reference",
    "text",
    "rot_rut",
)
_LINE_COLUMNS = tuple(f.name for f in fields(LineDetails) if f.name != "kind")


def _address_text(address: AddressDetails | None) -> str:
    if address is None or address.is_empty():
        return ""
    place = " ".join(
        p for p in (format_postcode(address.postcode, address.country), address.city) if p
    )
    parts = [address.name, address.street, address.street2, place]
    if address.country and address.country != "SE":
        parts.append(address.country)
    return "\n".join(p for p in parts if p)


def _details_of(invoice: Invoice) -> InvoiceDetails:
    values = {f.name: getattr(invoice, f.name) for f in fields(InvoiceDetails) if f.name != "lines"}
    lines = tuple(
        LineDetails(**{name: getattr(line, name) for name in _LINE_COLUMNS}, kind=line.line_kind)
        for line in invoice.lines
    )
    return InvoiceDetails(**values, lines=lines)


def _load(session: Session, invoice_id: int) -> Invoice:
    invoice = session.get(Invoice, invoice_id, options=[selectinload(Invoice.lines)])
    if invoice is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("messages", "The invoice no longer exists."))
    return invoice


def _refuse_issued(invoice: Invoice) -> None:
    if invoice.state != "draft":
        raise RefusedError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Invoice {number} is issued and cannot be changed. Correct it with a credit note.",
            ),
            number=invoice.number,
        )


def _refuse_blocked(customer: Customer) -> None:
    if customer.blocked:
        raise RefusedError(
            QT_TRANSLATE_NOOP(
                "messages", "Customer {number} ({name}) is blocked: no new invoices."
            ),
            number=customer.number,
            name=customer.name,
        )


def new_draft(db: Database, customer_id: int, today: dt.date | None = None) -> InvoiceDetails:
    """A new, unsaved invoice for a customer, filled in from the customer's card."""
    today = today or dt.date.today()
    with db.unit_of_work(write=False) as session:
        customer = load_customer(session, customer_id)
        _refuse_blocked(customer)
        company = company_row(session)
        details = details_of(customer)
        terms = (
            customer.payment_terms_days
            if customer.payment_terms_days is not None
            else company.payment_terms_days
        )
        draft = InvoiceDetails(
            customer_id=customer_id,
            invoice_date=today,
            due_date=due_date(today, terms),
            payment_terms_days=terms,
            currency=customer.currency,
            language=customer.language,
            their_reference=customer.reference,
            buyer_country=customer.country,
            buyer_vat_number=customer.vat_number,
        )
        return _with_buyer(draft, customer, details)


def _with_buyer(
    invoice: InvoiceDetails, customer: Customer, details: CustomerDetails | None = None
) -> InvoiceDetails:
    """The invoice with a copy of the buyer as the customer's card says now."""
    details = details or details_of(customer)
    billing = details.address("billing")
    delivery = details.address("delivery")
    billing_text = _address_text(billing)
    delivery_text = _address_text(delivery)
    return replace(
        invoice,
        buyer_name=customer.name,
        buyer_number=customer.number,
        buyer_org_number=customer.org_number,
        buyer_personal_number=customer.personal_number or customer.rot_rut_personal_number,
        buyer_vat_number=customer.vat_number,
        buyer_country=customer.country,
        buyer_billing_address=billing_text,
        buyer_delivery_address="" if delivery_text == billing_text else delivery_text,
        buyer_rot_rut_property=customer.rot_rut_property,
        buyer_rot_rut_housing_org_number=customer.rot_rut_housing_org_number,
        buyer_rot_rut_apartment_number=customer.rot_rut_apartment_number,
    )


def customer_defaults(db: Database, customer_id: int) -> tuple[Decimal | None, Decimal, str]:
    """(VAT override, discount %, alert text) of a customer, for new lines in the editor."""
    with db.unit_of_work(write=False) as session:
        customer = load_customer(session, customer_id)
        return customer.vat_rate, customer.discount_percent, customer.alert_text


def _check_lines(lines: tuple[LineDetails, ...]) -> None:
    for position, line in enumerate(lines, start=1):
        check_line_texts(position, line.article_number, line.description, line.unit)
        if not line.description.strip() and not line.article_number:
            raise ValidationError(
                "lines",
                QT_TRANSLATE_NOOP("messages", "Line {line} needs a description."),
                line=position,
            )
        if line.vat_rate not in (Decimal(25), Decimal(12), Decimal(6), Decimal(0)):
            raise ValidationError(
                "lines",
                QT_TRANSLATE_NOOP("messages", "Line {line}: VAT is 25, 12, 6 or 0 %."),
                line=position,
            )
        if not Decimal(0) <= line.discount_percent <= Decimal(100):
            raise ValidationError(
                "lines",
                QT_TRANSLATE_NOOP("messages", "A percentage must lie between 0 and 100."),
            )


def _write_lines(invoice: Invoice, lines: tuple[LineDetails, ...]) -> None:
    invoice.lines = [
        InvoiceLine(
            position=position,
            **{name: getattr(line, name) for name in _LINE_COLUMNS},
            line_kind=line.kind,
        )
        for position, line in enumerate(lines, start=1)
    ]


def save_draft(db: Database, draft: InvoiceDetails) -> InvoiceDetails:
    """Save a draft (new or changed); an issued invoice is refused."""
    _check_lines(draft.lines)
    check_invoice_texts(draft.their_reference, draft.our_reference, draft.text)
    with db.unit_of_work() as session:
        if draft.id is None:
            customer = load_customer(session, draft.customer_id)
            _refuse_blocked(customer)
            invoice = Invoice(customer_id=draft.customer_id, created_by=db.user)
            session.add(invoice)
            action = "draft created"
        else:
            invoice = _load(session, draft.id)
            _refuse_issued(invoice)
            action = "draft changed"
        for name in _EDITABLE:
            setattr(invoice, name, getattr(draft, name))
        for name in (f.name for f in fields(InvoiceDetails) if f.name.startswith("buyer_")):
            setattr(invoice, name, getattr(draft, name))
        invoice.due_date = (
            due_date(draft.invoice_date, draft.payment_terms_days) if (draft.invoice_date) else None
        )
        invoice.updated_by = db.user
        _write_lines(invoice, draft.lines)
        session.flush()
        record_event(
            session, db.user, action, customer_id=invoice.customer_id, invoice_id=invoice.id
        )
        saved = _details_of(invoice)
        session.commit()
        return saved


def delete_draft(db: Database, invoice_id: int) -> None:
    """Throw away a draft; issued invoices are kept for ever (credit them instead)."""
    with db.unit_of_work() as session:
        invoice = _load(session, invoice_id)
        _refuse_issued(invoice)
        session.delete(invoice)
        session.commit()


def _used_deduction(session: Session, invoice: Invoice) -> Decimal:
    """ROT/RUT already asked for this buyer this calendar year, on other issued invoices."""
    if not invoice.rot_rut or invoice.invoice_date is None:
        return Decimal(0)
    year = invoice.invoice_date.year
    used = session.scalar(
        select(func.coalesce(func.sum(Invoice.rot_rut_deduction), 0)).where(
            Invoice.customer_id == invoice.customer_id,
            Invoice.number.is_not(None),
            Invoice.invoice_date >= dt.date(year, 1, 1),
            Invoice.invoice_date <= dt.date(year, 12, 31),
        )
    )
    return Decimal(used or 0)


def _issue(
    session: Session, invoice: Invoice, user: str, today: dt.date, customer: Customer | None = None
) -> None:
    """Number, freeze and total an invoice inside the caller's transaction."""
    _refuse_issued(invoice)
    if not invoice.lines:
        raise ValidationError(
            "lines", QT_TRANSLATE_NOOP("messages", "An invoice needs at least one line.")
        )
    customer = customer or load_customer(session, invoice.customer_id)
    if invoice.kind == "invoice":
        _refuse_blocked(customer)
        frozen = _with_buyer(_details_of(invoice), customer)
        for name in (f.name for f in fields(InvoiceDetails) if f.name.startswith("buyer_")):
            setattr(invoice, name, getattr(frozen, name))
    invoice.invoice_date = invoice.invoice_date or today
    invoice.due_date = due_date(invoice.invoice_date, invoice.payment_terms_days)
    invoice.number = draw_number(session, INVOICE_SERIES)
    invoice.ocr = make_ocr(invoice.number)
    totals = _details_of(invoice).totals(_used_deduction(session, invoice))
    invoice.net_total = totals.net
    invoice.vat_total = totals.vat
    invoice.rounding = totals.rounding
    invoice.total = totals.total
    invoice.rot_rut_deduction = totals.deduction
    invoice.state = "issued"
    invoice.updated_by = user
    session.flush()
    record_event(
        session,
        user,
        "credit note issued" if invoice.kind == "credit_note" else "issued",
        customer_id=invoice.customer_id,
        invoice_id=invoice.id,
        changes={"number": (None, invoice.number), "total": (None, totals.total)},
    )


def issue_invoice(db: Database, invoice_id: int, today: dt.date | None = None) -> InvoiceDetails:
    """Give a draft the next number of the series and freeze it; gapless and unique even when
    several copies of the app issue at once (the number is drawn in this transaction)."""
    with db.unit_of_work() as session:
        invoice = _load(session, invoice_id)
        _issue(session, invoice, db.user, today or dt.date.today())
        issued = _details_of(invoice)
        session.commit()
        return issued


def create_credit_note(
    db: Database, invoice_id: int, today: dt.date | None = None
) -> InvoiceDetails:
    """Credit an issued invoice whole: a new, numbered credit note with the lines negated that
    refers to it. An unpaid invoice is settled by it; a paid one leaves money to refund."""
    today = today or dt.date.today()
    with db.unit_of_work() as session:
        original = _load(session, invoice_id)
        if original.state not in ("issued", "paid") or original.kind != "invoice":
            raise RefusedError(
                QT_TRANSLATE_NOOP("messages", "Only an issued invoice can be credited.")
            )
        note = Invoice(
            customer_id=original.customer_id,
            kind="credit_note",
            credited_invoice_id=original.id,
            invoice_date=today,
            payment_terms_days=0,
            created_by=db.user,
            **{
                name: getattr(original, name)
                for name in (
                    "currency",
                    "language",
                    "their_reference",
                    "our_reference",
                    "rot_rut",
                    *(f.name for f in fields(InvoiceDetails) if f.name.startswith("buyer_")),
                )
            },
        )
        note.text = original.text
        _write_lines(
            note,
            tuple(replace(line, quantity=-line.quantity) for line in _details_of(original).lines),
        )
        session.add(note)
        session.flush()
        _issue(session, note, db.user, today)
        if original.state == "issued":
            note.state = "paid"  # settled against the unpaid original
            note.paid_date = today
        original.state = "credited"
        record_event(
            session,
            db.user,
            "credited",
            customer_id=original.customer_id,
            invoice_id=original.id,
            changes={"credit_note": (None, note.number)},
        )
        credit = _details_of(note)
        session.commit()
        return credit


def mark_paid(db: Database, invoice_id: int, paid_date: dt.date) -> InvoiceDetails:
    """Record the payment of an issued invoice."""
    with db.unit_of_work() as session:
        invoice = _load(session, invoice_id)
        if invoice.state != "issued":
            raise RefusedError(
                QT_TRANSLATE_NOOP("messages", "Only an issued, unpaid invoice can be marked paid.")
            )
        invoice.state = "paid"
        invoice.paid_date = paid_date
        record_event(
            session,
            db.user,
            "paid",
            customer_id=invoice.customer_id,
            invoice_id=invoice.id,
            changes={"paid_date": (None, paid_date)},
        )
        paid = _details_of(invoice)
        session.commit()
        return paid


def get_invoice(db: Database, invoice_id: int) -> InvoiceDetails:
    with db.unit_of_work(write=False) as session:
        return _details_of(_load(session, invoice_id))


def find_invoice_id(db: Database, number: int) -> int:
    """The id of the issued invoice or credit note with `number`."""
    with db.unit_of_work(write=False) as session:
        invoice_id = session.scalar(select(Invoice.id).where(Invoice.number == number))
    if invoice_id is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "There is no invoice number {number}."), number=number
        )
    return invoice_id


class InvoiceRow(NamedTuple):
    """One line of the invoice list."""

    id: int
    number: int | None
    kind: str
    status: str
    customer_id: int
    customer_number: int
    customer_name: str
    invoice_date: dt.date | None
    due_date: dt.date | None
    total: Decimal
    currency: str
    credited_number: int | None


def list_invoices(
    db: Database,
    status: str | None = None,
    customer_id: int | None = None,
    today: dt.date | None = None,
    offset: int = 0,
    limit: int = 200,
) -> list[InvoiceRow]:
    """Invoices newest first, optionally of one status (overdue included) or one customer."""
    today = today or dt.date.today()
    credited = aliased(Invoice)
    statement = (
        select(
            Invoice.id,
            Invoice.number,
            Invoice.kind,
            Invoice.state,
            Invoice.customer_id,
            Customer.number,
            Customer.name,
            Invoice.invoice_date,
            Invoice.due_date,
            Invoice.total,
            Invoice.rot_rut_deduction,
            Invoice.currency,
            credited.number,
        )
        .join(Customer, Customer.id == Invoice.customer_id)
        .outerjoin(credited, credited.id == Invoice.credited_invoice_id)
        .order_by(Invoice.number.is_(None).desc(), Invoice.number.desc(), Invoice.id.desc())
    )
    if customer_id is not None:
        statement = statement.where(Invoice.customer_id == customer_id)
    if status == "overdue":
        statement = statement.where(Invoice.state == "issued", Invoice.due_date < today)
    elif status == "issued":
        statement = statement.where(Invoice.state == "issued", Invoice.due_date >= today)
    elif status:
        statement = statement.where(Invoice.state == status)
    with db.unit_of_work(write=False) as session:
        rows = session.execute(statement.offset(offset).limit(limit)).all()
    return [
        InvoiceRow(
            row[0],
            row[1],
            row[2],
            "overdue" if row[3] == "issued" and row[8] and row[8] < today else row[3],
            row[4],
            row[5],
            row[6],
            row[7],
            row[8],
            row[9] - row[10],
            row[11],
            row[12],
        )
        for row in rows
    ]


def customer_balance(db: Database, customer_id: int) -> Decimal:
    """What the customer owes: unpaid issued invoices less refunds due on credit notes."""
    with db.unit_of_work(write=False) as session:
        invoices = session.execute(
            select(Invoice.total, Invoice.rot_rut_deduction).where(
                Invoice.customer_id == customer_id, Invoice.state == "issued"
            )
        ).all()
    return sum((total - deduction for total, deduction in invoices), Decimal(0))


# --- demo data ---------------------------------------------------------------------------

DEMO_ARTICLES = (
    ("100", "Arbetstid hantverkare", "tim", Decimal("650.00"), Decimal(25), "labour"),
    ("101", "Arbetstid konsult", "tim", Decimal("1150.00"), Decimal(25), "other"),
    ("200", "Rörkoppling 15 mm", "st", Decimal("48.50"), Decimal(25), "material"),
    ("201", "Blandare kök", "st", Decimal("1895.00"), Decimal(25), "material"),
    ("300", "Resa, milersättning", "mil", Decimal("45.00"), Decimal(25), "other"),
    ("400", "Kaffebröd till möte", "st", Decimal("32.00"), Decimal(6), "other"),
    ("500", "Bok: Bokföring i praktiken", "st", Decimal("399.00"), Decimal(6), "other"),
)


def ensure_demo_articles(session: Session, user: str) -> list[Article]:
    existing = {a.number: a for a in session.scalars(select(Article))}
    for number, description, unit, price, vat, kind in DEMO_ARTICLES:
        if number not in existing:
            existing[number] = Article(
                number=number,
                description=description,
                unit=unit,
                unit_price=price,
                vat_rate=vat,
                rot_rut_kind=kind,
                created_by=user,
                updated_by=user,
            )
            session.add(existing[number])
    session.flush()
    return list(existing.values())


def create_demo_invoices(
    db: Database, count: int, seed: int = 1, today: dt.date | None = None
) -> int:
    """Issue `count` realistic invoices to active customers over the last year: most paid,
    some overdue, one credited. One transaction."""
    today = today or dt.date.today()
    rng = random.Random(seed)
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
                our_reference="Kundbok Demo",
                created_by=db.user,
                updated_by=db.user,
            )
            picked = rng.sample(articles, rng.randint(1, 4))
            _write_lines(
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
            _issue(session, invoice, db.user, today, customer)
            due = invoice.due_date or today  # set by _issue
            if due < today - dt.timedelta(days=10) and rng.random() < 0.9:
                invoice.state = "paid"
                invoice.paid_date = due - dt.timedelta(days=rng.randrange(5))
            issued.append(invoice)
        session.commit()
    if issued:
        create_credit_note(db, issued[-1].id, today)
    return count
