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

from kundbok.db.models import Company, Customer, Invoice, InvoiceLine
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
    cleaned_invoice,
)
from kundbok.domain.invoicing import due_date, vat_rates_on
from kundbok.domain.limits import check_invoice_texts, check_length, check_line_texts
from kundbok.domain.postal_address import postal_address_lines
from kundbok.domain.rot_rut.rules import KINDS, NONE_USED, ReductionsUsed
from kundbok.domain.rot_rut.work_types import check_work_type
from kundbok.domain.seller import check_seller
from kundbok.services.conflicts import check_version, stale_as_conflict
from kundbok.services.credit import (
    CREDIT_CURRENCY,
    credit_check_in_session,
    note_credit_limit_passed,
)
from kundbok.services.customers import details_of, load_customer
from kundbok.services.exchange_rates import (
    check_currency,
    last_exchange_rate,
    set_exchange_rate,
    with_checked_rate,
)
from kundbok.services.history import record_event
from kundbok.services.invoice_queries import LINE_COLUMNS, invoice_details, load_invoice
from kundbok.services.numbering import INVOICE_SERIES, draw_number
from kundbok.services.open_amounts import open_on
from kundbok.services.payments.booking import amount_due, book_payment
from kundbok.services.payments.refunds import book_refund
from kundbok.services.seller import needs_vat_number, seller_of
from kundbok.services.settings import company_row

_EDITABLE = (
    "invoice_date",
    "delivery_date",
    "payment_terms_days",
    "currency",
    "exchange_rate",
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
    # The date of the invoice whose exchange rate the draft offers (None: none offered).
    exchange_rate_from: dt.date | None = None


def start_draft(db: Database, customer_id: int, today: dt.date | None = None) -> DraftStart:
    """A new, unsaved invoice for a customer, filled in from the customer's card, with the
    card's defaults for new lines; a blocked customer is refused."""
    with db.unit_of_work(write=False) as session:
        return draft_start(session, load_customer(session, customer_id), today)


def start_draft_in_session(session: Session, customer_id: int, today: dt.date) -> DraftStart:
    """`start_draft` inside the caller's transaction (the contract run makes many)."""
    return draft_start(session, load_customer(session, customer_id), today)


def draft_start(session: Session, customer: Customer, today: dt.date | None = None) -> DraftStart:
    """`start_draft` inside the caller's transaction, for a customer it has loaded (invoicing
    many customers' entries at once)."""
    today = today or dt.date.today()
    _refuse_blocked(customer)
    company = company_row(session)
    terms = (
        customer.payment_terms_days
        if customer.payment_terms_days is not None
        else company.payment_terms_days
    )
    offered = last_exchange_rate(session, customer.currency)
    draft = InvoiceDetails(
        customer_id=customer.id,
        invoice_date=today,
        due_date=due_date(today, terms),
        payment_terms_days=terms,
        currency=customer.currency,
        exchange_rate=offered[0] if offered else None,
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
        offered[1] if offered else None,
    )


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
    draft = checked_draft(draft)
    with db.unit_of_work() as session:
        saved = invoice_details(store_draft(session, db.user, draft))
        session.commit()
        return saved


def checked_draft(draft: InvoiceDetails) -> InvoiceDetails:
    """The draft as a save takes it: control characters out; its lines, texts and exchange rate
    checked."""
    draft = with_checked_rate(cleaned_invoice(draft))
    _check_lines(draft.lines, draft.invoice_date or dt.date.today())
    check_invoice_texts(draft.their_reference, draft.our_reference, draft.text)
    check_length("order_reference", draft.order_reference, limits.REFERENCE)
    check_length("buyer_reference", draft.buyer_reference, limits.REFERENCE)
    return draft


def new_draft_row(user: str, draft: InvoiceDetails, customer: Customer) -> Invoice:
    """The row of a new checked draft (`checked_draft`) of `customer`, not yet in a session; a
    blocked customer is refused."""
    _refuse_blocked(customer)
    # Kind and state now, not at the INSERT: issuing may check the row before it is written.
    invoice = Invoice(
        customer_id=draft.customer_id,
        kind=InvoiceKind.INVOICE,
        state=InvoiceState.DRAFT,
        created_by=user,
    )
    _write_draft(invoice, user, draft)
    return invoice


def _write_draft(invoice: Invoice, user: str, draft: InvoiceDetails) -> None:
    for name in _EDITABLE:
        setattr(invoice, name, getattr(draft, name))
    for name in (f.name for f in fields(InvoiceDetails) if f.name.startswith("buyer_")):
        setattr(invoice, name, getattr(draft, name))
    invoice.due_date = (
        due_date(draft.invoice_date, draft.payment_terms_days) if (draft.invoice_date) else None
    )
    invoice.updated_by = user
    write_lines(invoice, draft.lines)


def store_draft(session: Session, user: str, draft: InvoiceDetails) -> Invoice:
    """Write a checked draft (`checked_draft`) inside the caller's transaction: a new one, or
    the changes to one not issued and not saved by someone else since it was read."""
    if draft.id is None:
        invoice = new_draft_row(user, draft, load_customer(session, draft.customer_id))
        session.add(invoice)
        action = EventAction.DRAFT_CREATED
    else:
        invoice = load_invoice(session, draft.id)
        _refuse_issued(invoice)
        _refuse_stale(invoice, draft)
        action = EventAction.DRAFT_CHANGED
        _write_draft(invoice, user, draft)
    # An UPDATE of the row even when only lines changed: it raises the version.
    flag_modified(invoice, "updated_by")
    with stale_as_conflict():
        session.flush()
    record_event(session, user, action, customer_id=invoice.customer_id, invoice_id=invoice.id)
    return invoice


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


def used_reductions(session: Session, invoice: Invoice) -> ReductionsUsed:
    """ROT and RUT already asked for this buyer in the calendar year of the invoice, on other
    issued invoices; a credited invoice no longer counts (its credit note gave it back)."""
    if not invoice.rot_rut or invoice.invoice_date is None:
        return NONE_USED
    year = invoice.invoice_date.year
    rows = session.execute(
        select(Invoice.rot_rut, func.sum(Invoice.rot_rut_deduction))
        .where(
            Invoice.customer_id == invoice.customer_id,
            Invoice.kind == InvoiceKind.INVOICE,
            Invoice.state.in_((InvoiceState.ISSUED, InvoiceState.PAID)),
            Invoice.rot_rut.in_(KINDS),
            Invoice.invoice_date >= dt.date(year, 1, 1),
            Invoice.invoice_date <= dt.date(year, 12, 31),
        )
        .group_by(Invoice.rot_rut)
    )
    used = NONE_USED
    for kind, amount in rows:
        used = used.plus(kind, Decimal(amount or 0))
    return used


def check_issuable(invoice: Invoice, customer: Customer, company: Company) -> None:
    """Refuse what cannot be issued (no lines, no exchange rate, a blocked customer, a seller
    incomplete), and freeze a copy of the buyer as the customer's card says now; no SQL."""
    if not can_issue(invoice):
        _refuse_issued(invoice)
    if not invoice.lines:
        raise ValidationError(
            "lines", QT_TRANSLATE_NOOP("messages", "An invoice needs at least one line.")
        )
    check_currency(invoice)
    if invoice.kind == InvoiceKind.INVOICE:
        _refuse_blocked(customer)
        frozen = _with_buyer(invoice_details(invoice), customer)
        for name in (f.name for f in fields(InvoiceDetails) if f.name.startswith("buyer_")):
            setattr(invoice, name, getattr(frozen, name))
        # A credit note refers to an invoice issued by a complete seller already.
        check_seller(seller_of(company), needs_vat_number(frozen))


def number_and_total(
    invoice: Invoice, number: int, used: ReductionsUsed, user: str, today: dt.date
) -> dict[str, tuple[object, object]]:
    """Give a checked invoice (`check_issuable`) its number, OCR, dates and totals (with the
    ROT/RUT `used` this year); returns what its event records. The caller marks it issued."""
    invoice.invoice_date = invoice.invoice_date or today
    invoice.due_date = due_date(invoice.invoice_date, invoice.payment_terms_days)
    invoice.number = number
    invoice.ocr = make_ocr(number)
    totals = invoice_details(invoice).totals(used)
    invoice.net_total = totals.net
    invoice.vat_total = totals.vat
    invoice.rounding = totals.rounding
    invoice.total = totals.total
    invoice.rot_rut_deduction = totals.deduction
    invoice.updated_by = user
    return {"number": (None, number), "total": (None, totals.total)}


def issue_in_session(
    session: Session, invoice: Invoice, user: str, today: dt.date, customer: Customer | None = None
) -> None:
    """Number, freeze and total an invoice inside the caller's transaction (demo data issues
    thousands in one)."""
    customer = customer or load_customer(session, invoice.customer_id)
    check_issuable(invoice, customer, company_row(session))
    number = draw_number(session, INVOICE_SERIES)
    invoice.invoice_date = invoice.invoice_date or today  # the year of ROT/RUT used
    changes = number_and_total(invoice, number, used_reductions(session, invoice), user, today)
    # Before it counts as issued: what the customer owed without it, then with it.
    _note_credit_limit(session, invoice, customer, user)
    invoice.state = InvoiceState.ISSUED
    session.flush()
    record_event(
        session,
        user,
        EventAction.CREDIT_NOTE_ISSUED
        if invoice.kind == InvoiceKind.CREDIT_NOTE
        else EventAction.ISSUED,
        customer_id=invoice.customer_id,
        invoice_id=invoice.id,
        changes=changes,
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


def issue_invoice(
    db: Database,
    invoice_id: int,
    today: dt.date | None = None,
    exchange_rate: Decimal | None = None,
) -> InvoiceDetails:
    """Give a draft the next number of the series and freeze it; gapless and unique even when
    several copies of the app issue at once (the number is drawn in this transaction). An
    invoice in another currency may be given its `exchange_rate` here; a draft credit note
    credits its invoice now."""
    today = today or dt.date.today()
    with db.unit_of_work(durable=True) as session:
        invoice = load_invoice(session, invoice_id)
        if exchange_rate is not None:
            _refuse_issued(invoice)
            set_exchange_rate(invoice, exchange_rate)
        issue_in_session(session, invoice, db.user, today)
        if invoice.kind == InvoiceKind.CREDIT_NOTE and invoice.credited_invoice_id is not None:
            original = load_invoice(session, invoice.credited_invoice_id)
            _credit(session, db.user, original, invoice, today)
        issued = invoice_details(invoice)
        session.commit()
        return issued


def _refuse_uncreditable(original: Invoice) -> None:
    if not can_credit(original):
        raise RefusedError(QT_TRANSLATE_NOOP("messages", "Only an issued invoice can be credited."))


def _credit(session: Session, user: str, original: Invoice, note: Invoice, today: dt.date) -> None:
    """The issued credit note `note` credits `original` whole: it settles what is open on the
    invoice, and what the customer paid beyond that is owed back (refund due) until refunded."""
    _refuse_uncreditable(original)  # a second credit note of one invoice is refused
    _refuse_partial(original, note)
    # The tax reduction is given back as it was asked: the claim on Skatteverket reverses and
    # the buyer's yearly ceiling is freed.
    note.rot_rut_deduction = -original.rot_rut_deduction
    if open_on(session, note) >= 0:
        note.state = InvoiceState.PAID
        note.paid_date = today
    original.state = InvoiceState.CREDITED
    record_event(
        session,
        user,
        EventAction.CREDITED,
        customer_id=original.customer_id,
        invoice_id=original.id,
        changes={"credit_note": (None, note.number)},
    )


def _refuse_partial(original: Invoice, note: Invoice) -> None:
    """A credit note cancels its invoice whole, in its currency and at its rate: a draft credit
    note whose lines were changed is refused (credit the invoice, then invoice what is right)."""
    lines = invoice_details(original).lines
    whole = tuple(replace(line, quantity=-line.quantity) for line in lines)
    same_money = (note.currency, note.exchange_rate) == (original.currency, original.exchange_rate)
    if invoice_details(note).lines != whole or not same_money:
        raise RefusedError(
            QT_TRANSLATE_NOOP(
                "messages",
                "A credit note cancels invoice {number} whole, as it was issued. To correct part "
                "of it, credit it and issue a new invoice with what is right.",
            ),
            number=original.number,
        )


def create_credit_note(
    db: Database, invoice_id: int, today: dt.date | None = None, issue: bool = True
) -> InvoiceDetails:
    """Credit an issued invoice whole: a new, numbered credit note with the lines (and a ROT/RUT
    deduction) negated that refers to it. It settles what is open on the invoice; what the
    customer paid beyond that is a refund due, settled by refunds (`register_refund`). With
    `issue` False the credit note is a draft, issued later; the invoice is credited then."""
    today = today or dt.date.today()
    with db.unit_of_work(durable=True) as session:
        original = load_invoice(session, invoice_id)
        _refuse_uncreditable(original)
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
                    "exchange_rate",  # cancels the original's kronor exactly
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
        if issue:
            issue_in_session(session, note, db.user, today)
            _credit(session, db.user, original, note, today)
        else:
            record_event(
                session,
                db.user,
                EventAction.DRAFT_CREATED,
                customer_id=note.customer_id,
                invoice_id=note.id,
            )
        credit = invoice_details(note)
        session.commit()
        return credit


def mark_paid(db: Database, invoice_id: int, paid_date: dt.date) -> InvoiceDetails:
    """Record the payment of an issued invoice, or the refund of a credit note's refund due,
    as a payment of what is still open: a paid document always has its payments."""
    with db.unit_of_work(durable=True) as session:
        invoice = load_invoice(session, invoice_id)
        if not can_mark_paid(invoice):
            raise RefusedError(
                QT_TRANSLATE_NOOP("messages", "Only an issued, unpaid invoice can be marked paid.")
            )
        still_open = open_on(session, invoice)
        if invoice.kind == InvoiceKind.INVOICE and still_open > 0:
            book_payment(session, db.user, invoice, still_open, paid_date)
        elif invoice.kind == InvoiceKind.CREDIT_NOTE and still_open < 0:
            book_refund(session, db.user, invoice, -still_open, paid_date)
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
