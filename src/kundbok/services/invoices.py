"""Invoice commands: draft from a customer, save, delete a draft, issue with a gapless number,
credit, mark paid. What the screens read is in `invoice_queries`.

A draft has no number and may change. Issuing draws the next number of the series in the same
transaction, computes the OCR reference, freezes a copy of the buyer and the totals, and from then
on every service refuses to change the invoice: a mistake is corrected by a credit note.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from kundbok.db.models import Customer, Invoice, InvoiceLine
from kundbok.db.session import Database
from kundbok.domain import limits
from kundbok.domain.customer import AddressDetails
from kundbok.domain.errors import QT_TRANSLATE_NOOP, RefusedError, ValidationError
from kundbok.domain.events import EventAction
from kundbok.domain.identifiers import make_ocr
from kundbok.domain.invoice import (
    InvoiceDetails,
    InvoiceKind,
    InvoiceState,
    LineDetails,
    can_credit,
    can_delete,
    can_edit,
    can_issue,
    can_mark_paid,
)
from kundbok.domain.invoicing import due_date, vat_rates_on
from kundbok.domain.limits import check_invoice_texts, check_length, check_line_texts
from kundbok.domain.postal_address import postal_address_lines
from kundbok.domain.rot_rut.work_types import check_work_type
from kundbok.services.conflicts import check_version, stale_as_conflict
from kundbok.services.credit import (
    CREDIT_CURRENCY,
    credit_check_in_session,
    note_credit_limit_passed,
)
from kundbok.services.customers import details_of, load_customer
from kundbok.services.history import record_event
from kundbok.services.invoice_queries import LINE_COLUMNS, invoice_details, load_invoice
from kundbok.services.numbering import INVOICE_SERIES, draw_number
from kundbok.services.payments.booking import amount_due, book_payment, paid_amounts
from kundbok.services.seller import check_seller_in_session
from kundbok.services.settings import company_row

_EDITABLE = (
    "invoice_date",
    "delivery_date",
    "payment_terms_days",
    "currency",
    "language",
    "their_reference",
    "our_reference",
    "order_reference",
    "text",
    "rot_rut",
)


def address_text(address: AddressDetails | None, language: str) -> str:
    """The address as the envelope window shows it, in its country's customary order."""
    if address is None or address.is_empty():
        return ""
    lines = postal_address_lines(
        recipient=[address.name] if address.name else [],
        street=address.street,
        street2=address.street2,
        postcode=address.postcode,
        city=address.city,
        region=address.region,
        country=address.country,
        language=language,
    )
    return "\n".join(lines)


def _refuse_issued(invoice: Invoice) -> None:
    if not can_edit(invoice):
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


@dataclass(frozen=True)
class DraftStart:
    """A new draft with what the editor needs from the customer's card, read in one go."""

    invoice: InvoiceDetails
    customer_active: bool
    vat_rate: Decimal | None  # the customer's VAT override for new lines
    discount_percent: Decimal
    alert_text: str


def start_draft(db: Database, customer_id: int, today: dt.date | None = None) -> DraftStart:
    """A new, unsaved invoice for a customer, filled in from the customer's card, with the
    card's defaults for new lines; a blocked customer is refused."""
    today = today or dt.date.today()
    with db.unit_of_work(write=False) as session:
        customer = load_customer(session, customer_id)
        _refuse_blocked(customer)
        company = company_row(session)
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
            buyer_reference=customer.buyer_reference,
            buyer_country=customer.country,
            buyer_vat_number=customer.vat_number,
        )
        return DraftStart(
            _with_buyer(draft, customer),
            customer.active,
            customer.vat_rate,
            customer.discount_percent,
            customer.alert_text,
        )


def new_draft(db: Database, customer_id: int, today: dt.date | None = None) -> InvoiceDetails:
    """A new, unsaved invoice for a customer, filled in from the customer's card."""
    return start_draft(db, customer_id, today).invoice


def _with_buyer(invoice: InvoiceDetails, customer: Customer) -> InvoiceDetails:
    """The invoice with a copy of the buyer as the customer's card says now."""
    details = details_of(customer)
    billing = details.address("billing")
    delivery = details.address("delivery")
    billing_text = address_text(billing, customer.language)
    delivery_text = address_text(delivery, customer.language)
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


def _check_lines(lines: tuple[LineDetails, ...], day: dt.date) -> None:
    rates = vat_rates_on(day)
    for position, line in enumerate(lines, start=1):
        check_line_texts(position, line.article_number, line.description, line.unit)
        check_work_type(line.work_type)
        if not line.description.strip() and not line.article_number:
            raise ValidationError(
                "lines",
                QT_TRANSLATE_NOOP("messages", "Line {line} needs a description."),
                line=position,
            )
        if line.vat_rate not in rates:
            raise ValidationError(
                "lines",
                QT_TRANSLATE_NOOP("messages", "Line {line}: VAT is {rates} %."),
                line=position,
                rates=", ".join(f"{rate.normalize():f}" for rate in rates),
            )
        if not Decimal(0) <= line.discount_percent <= Decimal(100):
            raise ValidationError(
                "lines",
                QT_TRANSLATE_NOOP("messages", "A percentage must lie between 0 and 100."),
            )


def write_lines(invoice: Invoice, lines: tuple[LineDetails, ...]) -> None:
    invoice.lines = [
        InvoiceLine(
            position=position,
            **{name: getattr(line, name) for name in LINE_COLUMNS},
            line_kind=line.kind,
        )
        for position, line in enumerate(lines, start=1)
    ]


def _draft_values(draft: InvoiceDetails) -> dict[str, object]:
    """What a save of the draft compares: the editable fields and the lines."""
    values: dict[str, object] = {name: getattr(draft, name) for name in _EDITABLE}
    values["lines"] = draft.lines
    return values


def _refuse_stale(invoice: Invoice, draft: InvoiceDetails) -> None:
    """ConflictError when someone else saved the draft since it was read."""
    check_version(
        draft.version,
        invoice,
        lambda: _draft_values(invoice_details(invoice)),
        _draft_values(draft),
        lambda: invoice_details(invoice),
    )


def save_draft(db: Database, draft: InvoiceDetails) -> InvoiceDetails:
    """Save a draft (new or changed); an issued invoice is refused, and so is a draft read
    before someone else saved it (ConflictError, nothing written)."""
    _check_lines(draft.lines, draft.invoice_date or dt.date.today())
    check_invoice_texts(draft.their_reference, draft.our_reference, draft.text)
    check_length("order_reference", draft.order_reference, limits.REFERENCE)
    check_length("buyer_reference", draft.buyer_reference, limits.REFERENCE)
    with db.unit_of_work() as session:
        if draft.id is None:
            customer = load_customer(session, draft.customer_id)
            _refuse_blocked(customer)
            invoice = Invoice(customer_id=draft.customer_id, created_by=db.user)
            session.add(invoice)
            action = EventAction.DRAFT_CREATED
        else:
            invoice = load_invoice(session, draft.id)
            _refuse_issued(invoice)
            _refuse_stale(invoice, draft)
            action = EventAction.DRAFT_CHANGED
        for name in _EDITABLE:
            setattr(invoice, name, getattr(draft, name))
        for name in (f.name for f in fields(InvoiceDetails) if f.name.startswith("buyer_")):
            setattr(invoice, name, getattr(draft, name))
        invoice.due_date = (
            due_date(draft.invoice_date, draft.payment_terms_days) if (draft.invoice_date) else None
        )
        invoice.updated_by = db.user
        write_lines(invoice, draft.lines)
        # An UPDATE of the row even when only lines changed: it raises the version.
        flag_modified(invoice, "updated_by")
        with stale_as_conflict():
            session.flush()
        record_event(
            session, db.user, action, customer_id=invoice.customer_id, invoice_id=invoice.id
        )
        saved = invoice_details(invoice)
        session.commit()
        return saved


def delete_draft(db: Database, invoice_id: int, version: int | None = None) -> None:
    """Throw away a draft; issued invoices are kept for ever (credit them instead). With the
    `version` it was read at, a draft someone else changed meanwhile is kept (ConflictError)."""
    with db.unit_of_work() as session:
        invoice = load_invoice(session, invoice_id)
        if not can_delete(invoice):
            _refuse_issued(invoice)
        check_version(version, invoice, dict, {}, lambda: invoice_details(invoice))
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


def issue_in_session(
    session: Session, invoice: Invoice, user: str, today: dt.date, customer: Customer | None = None
) -> None:
    """Number, freeze and total an invoice inside the caller's transaction (demo data issues
    thousands in one)."""
    if not can_issue(invoice):
        _refuse_issued(invoice)
    if not invoice.lines:
        raise ValidationError(
            "lines", QT_TRANSLATE_NOOP("messages", "An invoice needs at least one line.")
        )
    customer = customer or load_customer(session, invoice.customer_id)
    if invoice.kind == InvoiceKind.INVOICE:
        _refuse_blocked(customer)
        frozen = _with_buyer(invoice_details(invoice), customer)
        for name in (f.name for f in fields(InvoiceDetails) if f.name.startswith("buyer_")):
            setattr(invoice, name, getattr(frozen, name))
        # A credit note refers to an invoice issued by a complete seller already.
        check_seller_in_session(session, frozen)
    invoice.invoice_date = invoice.invoice_date or today
    invoice.due_date = due_date(invoice.invoice_date, invoice.payment_terms_days)
    invoice.number = draw_number(session, INVOICE_SERIES)
    invoice.ocr = make_ocr(invoice.number)
    totals = invoice_details(invoice).totals(_used_deduction(session, invoice))
    invoice.net_total = totals.net
    invoice.vat_total = totals.vat
    invoice.rounding = totals.rounding
    invoice.total = totals.total
    invoice.rot_rut_deduction = totals.deduction
    _note_credit_limit(session, invoice, customer, user)
    invoice.state = InvoiceState.ISSUED
    invoice.updated_by = user
    session.flush()
    record_event(
        session,
        user,
        EventAction.CREDIT_NOTE_ISSUED
        if invoice.kind == InvoiceKind.CREDIT_NOTE
        else EventAction.ISSUED,
        customer_id=invoice.customer_id,
        invoice_id=invoice.id,
        changes={"number": (None, invoice.number), "total": (None, totals.total)},
    )


def _note_credit_limit(session: Session, invoice: Invoice, customer: Customer, user: str) -> None:
    """An invoice in kronor taking its customer past the credit limit is issued (the editor
    warned first), and the history says so."""
    if customer.credit_limit is None or invoice.kind != InvoiceKind.INVOICE:
        return
    if invoice.currency != CREDIT_CURRENCY:
        return
    check = credit_check_in_session(session, customer.id, amount_due(invoice))
    if check.over_limit:
        note_credit_limit_passed(session, user, customer.id, check, invoice.id)


def issue_invoice(db: Database, invoice_id: int, today: dt.date | None = None) -> InvoiceDetails:
    """Give a draft the next number of the series and freeze it; gapless and unique even when
    several copies of the app issue at once (the number is drawn in this transaction)."""
    with db.unit_of_work(durable=True) as session:
        invoice = load_invoice(session, invoice_id)
        issue_in_session(session, invoice, db.user, today or dt.date.today())
        issued = invoice_details(invoice)
        session.commit()
        return issued


def create_credit_note(
    db: Database, invoice_id: int, today: dt.date | None = None
) -> InvoiceDetails:
    """Credit an issued invoice whole: a new, numbered credit note with the lines negated that
    refers to it. An unpaid invoice is settled by it; a paid one leaves money to refund."""
    today = today or dt.date.today()
    with db.unit_of_work(durable=True) as session:
        original = load_invoice(session, invoice_id)
        if not can_credit(original):
            raise RefusedError(
                QT_TRANSLATE_NOOP("messages", "Only an issued invoice can be credited.")
            )
        note = Invoice(
            customer_id=original.customer_id,
            kind=InvoiceKind.CREDIT_NOTE,
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
                    "order_reference",
                    "rot_rut",
                    *(f.name for f in fields(InvoiceDetails) if f.name.startswith("buyer_")),
                )
            },
        )
        note.text = original.text
        write_lines(
            note,
            tuple(
                replace(line, quantity=-line.quantity) for line in invoice_details(original).lines
            ),
        )
        session.add(note)
        session.flush()
        issue_in_session(session, note, db.user, today)
        if original.state == InvoiceState.ISSUED:
            note.state = InvoiceState.PAID  # settled against the unpaid original
            note.paid_date = today
        original.state = InvoiceState.CREDITED
        record_event(
            session,
            db.user,
            EventAction.CREDITED,
            customer_id=original.customer_id,
            invoice_id=original.id,
            changes={"credit_note": (None, note.number)},
        )
        credit = invoice_details(note)
        session.commit()
        return credit


def mark_paid(db: Database, invoice_id: int, paid_date: dt.date) -> InvoiceDetails:
    """Record the payment of an issued invoice."""
    with db.unit_of_work(durable=True) as session:
        invoice = load_invoice(session, invoice_id)
        if not can_mark_paid(invoice):
            raise RefusedError(
                QT_TRANSLATE_NOOP("messages", "Only an issued, unpaid invoice can be marked paid.")
            )
        if invoice.kind == InvoiceKind.INVOICE:
            # Marked paid in full: a payment of what is still open settles it.
            open_amount = amount_due(invoice) - paid_amounts(session, [invoice.id]).get(
                invoice.id, Decimal(0)
            )
            if open_amount > 0:
                book_payment(session, db.user, invoice, open_amount, paid_date)
        invoice.state = InvoiceState.PAID
        invoice.paid_date = paid_date
        record_event(
            session,
            db.user,
            EventAction.PAID,
            customer_id=invoice.customer_id,
            invoice_id=invoice.id,
            changes={"paid_date": (None, paid_date)},
        )
        paid = invoice_details(invoice)
        session.commit()
        return paid
