"""What the screens read of contracts: one contract, the contract list, and which of each
contract's periods are still open (not invoiced), which the run and the list share.

The periods invoiced are found per contract by their count and the last one's start: when the
count says none is missing before the last, the open periods follow it, and only a contract with
a gap (a draft deleted, which frees its period) has its periods read one by one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session, selectinload

from kundbok.db.models import Contract, ContractAdjustment, ContractLine, ContractPeriod, Customer
from kundbok.db.session import Database
from kundbok.domain.contract import ContractDetails, ContractStatus, PriceAdjustment, Rounding
from kundbok.domain.contract_periods import Period, index_of, periods, periods_per_year
from kundbok.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from kundbok.domain.invoice import LineDetails
from kundbok.services.collector import collector_paused
from kundbok.services.invoice_queries import LINE_COLUMNS

_FIELDS = tuple(f.name for f in fields(ContractDetails) if f.name not in ("lines", "adjustments"))


def contract_details(contract: Contract) -> ContractDetails:
    """A stored contract as a plain value, lines and adjustments included."""
    lines = tuple(
        LineDetails(**{name: getattr(line, name) for name in LINE_COLUMNS}, kind=line.line_kind)
        for line in contract.lines
    )
    adjustments = tuple(
        PriceAdjustment(found.from_date, found.percent, Rounding(found.rounding))
        for found in contract.adjustments
    )
    values = {name: getattr(contract, name) for name in _FIELDS}
    return ContractDetails(**values, lines=lines, adjustments=adjustments)


def contract_fields(contract: ContractDetails) -> dict[str, object]:
    """A contract's values as the history and a conflict compare them."""
    values: dict[str, object] = {name: getattr(contract, name) for name in _FIELDS}
    for name in ("id", "number", "version", "customer_id", "paused_from"):
        values.pop(name)
    values["lines"] = [
        f"{line.quantity} × {line.description} à {line.unit_price}" for line in contract.lines
    ]
    return values


def load_contract(session: Session, contract_id: int) -> Contract:
    """The contract with its lines and adjustments; NotFoundError once it is gone."""
    contract = session.get(
        Contract,
        contract_id,
        options=[selectinload(Contract.lines), selectinload(Contract.adjustments)],
    )
    if contract is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("messages", "The contract no longer exists."))
    return contract


def get_contract(db: Database, contract_id: int) -> ContractDetails:
    """One contract with its lines."""
    with db.unit_of_work(write=False) as session:
        return contract_details(load_contract(session, contract_id))


def has_invoiced_periods(session: Session, contract_id: int) -> bool:
    """Whether any period of the contract is recorded (invoiced or passed over)."""
    return (
        session.scalar(
            select(ContractPeriod.id).where(ContractPeriod.contract_id == contract_id).limit(1)
        )
        is not None
    )


class OpenPeriods:
    """Which periods of the given contracts are not recorded yet, read in two queries."""

    def __init__(self, session: Session, contracts: Sequence[ContractDetails]) -> None:
        connection = session.connection()  # plain rows: see `loaded_contracts`
        counted = connection.execute(
            select(
                ContractPeriod.contract_id,
                func.count(),
                func.max(ContractPeriod.period_start),
            ).group_by(ContractPeriod.contract_id)
        )
        self._first: dict[int, int] = {}
        with_gaps = []
        by_id = {contract.id: contract for contract in contracts}
        for contract_id, count, last in counted:
            contract = by_id.get(contract_id)
            if contract is None:
                continue
            following = self._following(contract, last)
            if following == count:
                self._first[contract_id] = following
            else:
                with_gaps.append(contract_id)
        self._taken: dict[int, set[dt.date]] = {contract_id: set() for contract_id in with_gaps}
        for chunk in _chunks(with_gaps, 500):
            rows = connection.execute(
                select(ContractPeriod.contract_id, ContractPeriod.period_start).where(
                    ContractPeriod.contract_id.in_(chunk)
                )
            )
            for contract_id, start in rows:
                self._taken[contract_id].add(start)

    @staticmethod
    def _following(contract: ContractDetails, last: dt.date) -> int:
        """The index of the period after `last`; -1 when `last` is no period of the schedule."""
        try:
            return index_of(contract.schedule, last) + 1
        except ValueError:
            return -1

    def open_periods(self, contract: ContractDetails) -> Iterable[Period]:
        """The contract's periods not recorded, in order, from the first (for ever without an
        end: take what you need)."""
        assert contract.id is not None
        taken = self._taken.get(contract.id)
        if taken is None:
            yield from periods(contract.schedule, self._first.get(contract.id, 0))
            return
        for found in periods(contract.schedule):
            if found.start not in taken:
                yield found

    def due(self, contract: ContractDetails, day: dt.date) -> list[Period]:
        """The contract's open periods due on or before `day`."""
        found = []
        for open_period in self.open_periods(contract):
            if open_period.due > day:
                break
            found.append(open_period)
        return found

    def next(self, contract: ContractDetails) -> Period | None:
        """The contract's first open period (None: all invoiced up to its end)."""
        return next(iter(self.open_periods(contract)), None)


def _chunks(values: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for first in range(0, len(values), size):
        yield values[first : first + size]


@dataclass(frozen=True)
class ContractRow:
    """One line of the contract list."""

    id: int
    number: int
    customer_id: int
    customer_number: int
    customer_name: str
    interval_months: int
    next_period: Period | None
    per_period: Decimal  # excluding VAT, at the next period's prices
    per_year: Decimal
    currency: str
    status: ContractStatus
    text: str


class ContractCustomer(NamedTuple):
    """What the list and the run need of a contract's customer."""

    id: int
    number: int
    name: str
    active: bool
    blocked: bool
    currency: str


_CONTRACT_COLUMNS = tuple(getattr(Contract, name) for name in _FIELDS)
_CUSTOMER_COLUMNS = (
    Customer.id,
    Customer.number,
    Customer.name,
    Customer.active,
    Customer.blocked,
    Customer.currency,
)
_LINE_COLUMNS = (ContractLine.contract_id, *(getattr(ContractLine, n) for n in LINE_COLUMNS))


def loaded_contracts(
    session: Session, customer_id: int | None = None
) -> list[tuple[ContractDetails, ContractCustomer]]:
    """Every contract (of one customer, or all) with its customer, in contract number order:
    read as columns in three queries, since the run lists thousands (on the session's
    connection: the ORM's handling of plain rows would be a third of the time)."""
    wanted = (Contract.customer_id == customer_id) if customer_id is not None else true()
    connection = session.connection()
    lines: dict[int, list[LineDetails]] = {}
    line_rows = connection.execute(
        select(*_LINE_COLUMNS, ContractLine.line_kind)
        .join(Contract, Contract.id == ContractLine.contract_id)
        .where(wanted)
        .order_by(ContractLine.contract_id, ContractLine.position)
    )
    for contract_id, *values, kind in line_rows:
        line = LineDetails(**dict(zip(LINE_COLUMNS, values, strict=True)), kind=kind)
        lines.setdefault(contract_id, []).append(line)
    adjustments: dict[int, list[PriceAdjustment]] = {}
    adjustment_rows = connection.execute(
        select(
            ContractAdjustment.contract_id,
            ContractAdjustment.from_date,
            ContractAdjustment.percent,
            ContractAdjustment.rounding,
        )
        .join(Contract, Contract.id == ContractAdjustment.contract_id)
        .where(wanted)
        .order_by(ContractAdjustment.contract_id, ContractAdjustment.from_date)
    )
    for contract_id, from_date, percent, rounding in adjustment_rows:
        adjustments.setdefault(contract_id, []).append(
            PriceAdjustment(from_date, percent, Rounding(rounding))
        )
    rows = connection.execute(
        select(*_CONTRACT_COLUMNS, *_CUSTOMER_COLUMNS)
        .join(Customer, Customer.id == Contract.customer_id)
        .where(wanted)
        .order_by(Contract.number)
    )
    loaded = []
    for *values, cid, number, name, active, blocked, currency in rows:
        found = dict(zip(_FIELDS, values, strict=True))
        contract = ContractDetails(
            **found,
            lines=tuple(lines.get(found["id"], ())),
            adjustments=tuple(adjustments.get(found["id"], ())),
        )
        loaded.append((contract, ContractCustomer(cid, number, name, active, blocked, currency)))
    return loaded


def list_contracts(
    db: Database, today: dt.date | None = None, customer_id: int | None = None
) -> list[ContractRow]:
    """The contract list (of one customer, or all) with each one's next period, what it costs
    per period and per year, and its status on `today`."""
    today = today or dt.date.today()
    with db.unit_of_work(write=False) as session, collector_paused():
        loaded = loaded_contracts(session, customer_id)
        open_periods = OpenPeriods(session, [contract for contract, _ in loaded])
        rows = []
        for contract, customer in loaded:
            assert contract.id is not None and contract.number is not None
            upcoming = open_periods.next(contract)
            per_period = contract.amount_for(upcoming.start if upcoming else today)
            rows.append(
                ContractRow(
                    contract.id,
                    contract.number,
                    customer.id,
                    customer.number,
                    customer.name,
                    contract.interval_months,
                    upcoming,
                    per_period,
                    per_period * periods_per_year(contract.schedule),
                    customer.currency,
                    contract.status(today),
                    contract.text,
                )
            )
        return rows
