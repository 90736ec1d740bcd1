"""Credit limits: what a customer owes in kronor against its limit, asked before an invoice is
issued (or a quote accepted), and the decision to go past it kept in the history.

What is owed is what the customer ledger counts (`reports.open_invoices`), so the warning, the
list's column and Kundreskontra always agree.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kundbok.db.session import Database
from kundbok.domain.credit import CreditCheck
from kundbok.domain.events import EventAction
from kundbok.services.customers import load_customer
from kundbok.services.history import record_event
from kundbok.services.open_amounts import open_invoices

CENT = Decimal("0.01")
CREDIT_CURRENCY = "SEK"  # limits are in kronor and count what is owed in kronor


def owed_in_kronor(session: Session, customer_id: int) -> Decimal:
    """What the customer owes in kronor now (negative: money to its good)."""
    query = open_invoices([customer_id]).subquery()
    total = session.scalar(
        select(func.coalesce(func.sum(query.c.open_amount), 0)).where(
            query.c.currency == CREDIT_CURRENCY
        )
    )
    return Decimal(total or 0).quantize(CENT)


def credit_check_in_session(
    session: Session, customer_id: int, extra_amount: Decimal
) -> CreditCheck:
    """`credit_check` inside the caller's transaction."""
    customer = load_customer(session, customer_id)
    if customer.credit_limit is None:
        return CreditCheck(Decimal("0.00"), extra_amount, None)
    return CreditCheck(owed_in_kronor(session, customer_id), extra_amount, customer.credit_limit)


def credit_check(db: Database, customer_id: int, extra_amount: Decimal) -> CreditCheck:
    """What the customer owes in kronor, `extra_amount` more (an invoice to issue, a quote to
    accept), and its credit limit: `over_limit` says whether to warn before going on."""
    with db.unit_of_work(write=False) as session:
        return credit_check_in_session(session, customer_id, extra_amount)


def note_credit_limit_passed(
    session: Session,
    user: str,
    customer_id: int,
    check: CreditCheck,
    invoice_id: int | None = None,
) -> None:
    """Record in the customer's history that the user went past its credit limit (with what
    it owed, what was added and the limit), in the caller's transaction."""
    record_event(
        session,
        user,
        EventAction.CREDIT_LIMIT_PASSED,
        customer_id=customer_id,
        invoice_id=invoice_id,
        changes={
            "open_amount": (check.open_amount, check.owed_after),
            "credit_limit": (None, None if check.limit is None else check.limit.quantize(CENT)),
        },
    )
