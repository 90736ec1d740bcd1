"""Contract commands: make one, save its changes, pause and resume it, end it, adjust its
prices. What the screens list is in `contract_queries`; the run that invoices the periods is in
`contract_run`.

Every command runs in one transaction and records an event on the customer's history, naming
the contract by its number, so the customer card tells a contract's story beside its invoices.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kundbok.db.models import Contract, ContractAdjustment, ContractLine, ContractPeriod
from kundbok.db.session import Database
from kundbok.domain.contract import (
    ContractDetails,
    Rounding,
    check_contract,
    check_percent,
)
from kundbok.domain.contract_periods import periods
from kundbok.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, RefusedError
from kundbok.domain.events import EventAction
from kundbok.domain.invoice import LineDetails
from kundbok.domain.line_orders import LineOrder
from kundbok.services.conflicts import check_version, stale_as_conflict
from kundbok.services.contract_queries import (
    contract_details,
    contract_fields,
    has_invoiced_periods,
    load_contract,
)
from kundbok.services.customers import find_customer_id, load_customer
from kundbok.services.history import changed_fields, record_event
from kundbok.services.invoice_orders import order_lines
from kundbok.services.invoice_queries import LINE_COLUMNS
from kundbok.services.numbering import draw_number
from kundbok.services.settings import get_company

CONTRACT_SERIES = "contract"

# What the editor may change; the number, the pause and the adjustments have commands of their own.
_EDITABLE = (
    "interval_months",
    "start_date",
    "end_date",
    "in_arrears",
    "days_before",
    "our_reference",
    "their_reference",
    "buyer_reference",
    "order_reference",
    "text",
    "rot_rut",
)


@dataclass(frozen=True)
class ContractOrder:
    """A new contract as a script asks for it: the customer by number, lines as `--line`."""

    customer_number: int
    lines: tuple[LineOrder, ...]
    interval_months: int
    start_date: dt.date
    end_date: dt.date | None = None
    in_arrears: bool = False
    days_before: int = 0
    text: str = ""


def _event(
    session: Session,
    user: str,
    action: EventAction,
    contract: Contract,
    changes: dict[str, tuple[object, object]] | None = None,
) -> None:
    """An event on the customer's history naming the contract."""
    record_event(
        session,
        user,
        action,
        customer_id=contract.customer_id,
        changes={"contract": (None, contract.number), **(changes or {})},
    )


def _write_lines(contract: Contract, lines: tuple[LineDetails, ...]) -> None:
    contract.lines = [
        ContractLine(
            position=position,
            **{name: getattr(line, name) for name in LINE_COLUMNS},
            line_kind=line.kind,
        )
        for position, line in enumerate(lines, start=1)
    ]


def _refuse_blocked_customer(session: Session, customer_id: int) -> None:
    customer = load_customer(session, customer_id)
    if customer.blocked:
        raise RefusedError(
            QT_TRANSLATE_NOOP(
                "messages", "Customer {number} ({name}) is blocked: no new contracts."
            ),
            number=customer.number,
            name=customer.name,
        )


def _refuse_moved_periods(session: Session, row: Contract, contract: ContractDetails) -> None:
    """Periods already invoiced would no longer match: the start and the interval stay."""
    moved = (row.start_date, row.interval_months) != (
        contract.start_date,
        contract.interval_months,
    )
    if moved and has_invoiced_periods(session, row.id):
        raise RefusedError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Contract {number} has invoiced periods: its start date and interval stay as "
                "they are. End it and make a new contract instead.",
            ),
            number=row.number,
        )


def save_contract(db: Database, contract: ContractDetails) -> ContractDetails:
    """Save a new contract (it gets the next number) or the changes to one, checked first; a
    contract read before someone else saved it is refused (ConflictError, nothing written)."""
    contract = check_contract(contract)
    with db.unit_of_work() as session:
        if contract.id is None:
            _refuse_blocked_customer(session, contract.customer_id)
            row = Contract(
                customer_id=contract.customer_id,
                number=draw_number(session, CONTRACT_SERIES),
                created_by=db.user,
            )
            session.add(row)
            before: dict[str, object] = {}
            action = EventAction.CONTRACT_CREATED
        else:
            row = load_contract(session, contract.id)
            check_version(
                contract.version,
                row,
                lambda: contract_fields(contract_details(row)),
                contract_fields(contract),
                lambda: contract_details(row),
            )
            before = contract_fields(contract_details(row))
            _refuse_moved_periods(session, row, contract)
            action = EventAction.CONTRACT_CHANGED
        for name in _EDITABLE:
            setattr(row, name, getattr(contract, name))
        row.updated_by = db.user
        _write_lines(row, contract.lines)
        with stale_as_conflict():
            session.flush()
        saved = contract_details(row)
        _event(session, db.user, action, row, changed_fields(before, contract_fields(saved)))
        session.commit()
        return saved


def create_contract(db: Database, order: ContractOrder) -> ContractDetails:
    """Make the contract of `order` for the customer with its number: lines by article number
    (at the article's price unless one is given) or free text, with the customer's VAT and
    discount as a new invoice line has them. Everything is checked first."""
    customer_id = find_customer_id(db, order.customer_number)
    with db.unit_of_work(write=False) as session:
        customer = load_customer(session, customer_id)
        vat_rate, discount = customer.vat_rate, customer.discount_percent
    if vat_rate is None:
        vat_rate = get_company(db).vat_rate
    # Priced as the customer's agreements stand on its first day; then fixed, changed only by
    # an adjustment (`adjust_prices`).
    lines = order_lines(db, order.lines, vat_rate, discount, customer_id, order.start_date)
    return save_contract(
        db,
        ContractDetails(
            customer_id=customer_id,
            start_date=order.start_date,
            interval_months=order.interval_months,
            end_date=order.end_date,
            in_arrears=order.in_arrears,
            days_before=order.days_before,
            text=order.text,
            lines=lines,
        ),
    )


def find_contract_id(db: Database, number: int) -> int:
    """The id of the contract with `number` (NotFoundError if there is none)."""
    with db.unit_of_work(write=False) as session:
        found = session.scalar(select(Contract.id).where(Contract.number == number))
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "There is no contract {number}."), number=number
        )
    return found


def end_contract(db: Database, contract_id: int, end_date: dt.date) -> ContractDetails:
    """End the contract on `end_date`: no period begins after it, the one it falls in is cut
    short. An end before the start is refused."""
    with db.unit_of_work() as session:
        row = load_contract(session, contract_id)
        ended = check_contract(replace(contract_details(row), end_date=end_date))
        old, row.end_date = row.end_date, ended.end_date
        row.updated_by = db.user
        session.flush()
        _event(session, db.user, EventAction.CONTRACT_ENDED, row, {"end_date": (old, end_date)})
        saved = contract_details(row)
        session.commit()
        return saved


def pause_contract(db: Database, contract_id: int, from_date: dt.date) -> ContractDetails:
    """Pause the contract from `from_date`: the periods beginning from then on are not invoiced
    until it is resumed."""
    with db.unit_of_work() as session:
        row = load_contract(session, contract_id)
        row.paused_from = from_date
        row.updated_by = db.user
        session.flush()
        _event(
            session, db.user, EventAction.CONTRACT_PAUSED, row, {"paused_from": (None, from_date)}
        )
        saved = contract_details(row)
        session.commit()
        return saved


def resume_contract(db: Database, contract_id: int, resume_date: dt.date) -> ContractDetails:
    """Resume a paused contract: the periods that began while it was paused (from its pause
    until `resume_date`) are passed over for good, recorded without an invoice; the next period
    is invoiced as usual."""
    with db.unit_of_work() as session:
        row = load_contract(session, contract_id)
        paused_from = row.paused_from
        if paused_from is None:
            raise RefusedError(
                QT_TRANSLATE_NOOP("messages", "Contract {number} is not paused."), number=row.number
            )
        details = contract_details(row)
        taken = set(
            session.scalars(
                select(ContractPeriod.period_start).where(ContractPeriod.contract_id == row.id)
            )
        )
        for found in periods(details.schedule):
            if found.start >= resume_date:
                break
            if found.start >= paused_from and found.start not in taken:
                session.add(
                    ContractPeriod(
                        contract_id=row.id, period_start=found.start, period_end=found.end
                    )
                )
        row.paused_from = None
        row.updated_by = db.user
        session.flush()
        _event(
            session,
            db.user,
            EventAction.CONTRACT_RESUMED,
            row,
            {"paused_from": (paused_from, None)},
        )
        saved = contract_details(row)
        session.commit()
        return saved


def adjust_prices(
    db: Database,
    contract_ids: Sequence[int] | None,
    percent: Decimal,
    from_date: dt.date,
    rounding: Rounding = Rounding.ORE,
) -> int:
    """Raise (or lower) the prices of the contracts (None: all that have not ended before
    `from_date`) by `percent`, for the periods beginning on or after `from_date`; how many
    contracts were adjusted. A percentage outside −50…100 is refused."""
    check_percent(percent)
    with db.unit_of_work() as session:
        query = select(Contract)
        if contract_ids is None:
            query = query.where((Contract.end_date.is_(None)) | (Contract.end_date >= from_date))
        else:
            query = query.where(Contract.id.in_(contract_ids))
        rows = list(session.scalars(query))
        if contract_ids is not None and len(rows) < len(set(contract_ids)):
            raise NotFoundError(QT_TRANSLATE_NOOP("messages", "The contract no longer exists."))
        for row in rows:
            row.adjustments.append(
                ContractAdjustment(from_date=from_date, percent=percent, rounding=rounding)
            )
            row.updated_by = db.user
            _event(
                session,
                db.user,
                EventAction.CONTRACT_ADJUSTED,
                row,
                {"percent": (None, percent), "from_date": (None, from_date)},
            )
        session.commit()
        return len(rows)
