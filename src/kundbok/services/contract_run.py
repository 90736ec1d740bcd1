"""The contract run: every period due on a day and not yet invoiced, and the invoices made
from them, each period exactly once.

Each invoice is made in the transaction that writes its period's record (unique per contract
and period start), which is written first: a second run, a second window or a second
user that reaches the same period meets the record (or waits for the other's transaction and
then meets it) and passes the period over, and a run killed half-way leaves each invoice either
whole with its record or not begun. Missed periods are caught up one invoice each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from kundbok.db.models import Contract, ContractPeriod, Customer, Invoice
from kundbok.db.session import Database
from kundbok.domain.contract import ContractDetails, contract_text, invoice_lines
from kundbok.domain.contract_periods import Period, index_of, period
from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError, RefusedError
from kundbok.domain.invoice import InvoiceDetails
from kundbok.services.collector import collector_paused
from kundbok.services.contract_queries import (
    ContractCustomer,
    OpenPeriods,
    contract_details,
    load_contract,
    loaded_contracts,
)
from kundbok.services.customers import load_customer
from kundbok.services.invoice_batch import store_many
from kundbok.services.invoices import (
    checked_draft,
    issue_in_session,
    start_draft_in_session,
    store_draft,
)
from kundbok.services.settings import company_row


class LeftOut(StrEnum):
    """Why a due period is listed but not offered: what the run's list says."""

    NONE = ""
    BLOCKED = "blocked"
    PASSIVE = "passive"
    PAUSED = "paused"


@dataclass(frozen=True)
class DuePeriod:
    """A period due and not invoiced, with what it costs (excluding VAT)."""

    contract_id: int
    contract_number: int
    customer_number: int
    customer_name: str
    period: Period
    amount: Decimal
    currency: str
    left_out: LeftOut = LeftOut.NONE


def due_periods(db: Database, day: dt.date) -> list[DuePeriod]:
    """Every period due on or before `day` and not invoiced, by contract and period; those of a
    blocked or passive customer or a paused contract are listed as left out, with the reason."""
    with db.unit_of_work(write=False) as session, collector_paused():
        loaded = loaded_contracts(session)
        open_periods = OpenPeriods(session, [contract for contract, _ in loaded])
        listed = []
        for contract, customer in loaded:
            for found in open_periods.due(contract, day):
                listed.append(_due(contract, customer, found))
        return listed


def _due(contract: ContractDetails, customer: ContractCustomer, found: Period) -> DuePeriod:
    assert contract.id is not None and contract.number is not None
    if customer.blocked:
        left_out = LeftOut.BLOCKED
    elif not customer.active:
        left_out = LeftOut.PASSIVE
    elif contract.paused_from is not None and found.start >= contract.paused_from:
        left_out = LeftOut.PAUSED
    else:
        left_out = LeftOut.NONE
    return DuePeriod(
        contract.id,
        contract.number,
        customer.number,
        customer.name,
        found,
        contract.amount_for(found.start),
        customer.currency,
        left_out,
    )


class PeriodTakenError(RefusedError):
    """Another run invoiced the period first."""

    def __init__(self, number: int, start: dt.date) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages", "Contract {number}: the period from {start} is already invoiced."
            ),
            number=number,
            start=start.isoformat(),
        )


class PeriodNotDueError(RefusedError):
    """The contract changed since the list was read: the period is no longer due."""

    def __init__(self, number: int, start: dt.date) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages", "Contract {number}: the period from {start} is no longer due."
            ),
            number=number,
            start=start.isoformat(),
        )


@dataclass(frozen=True)
class MadeInvoice:
    """One invoice the run made: its contract and period, and its id and number (None for a
    draft)."""

    contract_number: int
    period: Period
    invoice_id: int
    number: int | None


def _period_now(contract: ContractDetails, start: dt.date, day: dt.date) -> Period:
    """The period from `start` as the contract stands now, if it is still due on `day`."""
    assert contract.number is not None
    try:
        found = period(contract.schedule, index_of(contract.schedule, start))
    except ValueError:
        found = None
    paused = contract.paused_from is not None and start >= contract.paused_from
    if found is None or found.due > day or paused:
        raise PeriodNotDueError(contract.number, start)
    return found


def _draft(
    base: InvoiceDetails, contract: ContractDetails, found: Period, day: dt.date
) -> InvoiceDetails:
    """The invoice of one period, dated `day`, from `base` (a new draft filled in from the
    customer's card, as the editor fills one), checked as a save checks it."""
    assert contract.number is not None
    text = contract_text(contract.number, base.language)
    return checked_draft(
        replace(
            base,
            invoice_date=day,
            delivery_date=min(found.end, day) if contract.in_arrears else day,
            lines=invoice_lines(contract, found, base.language),
            text=f"{text}\n{contract.text}".strip(),
            their_reference=contract.their_reference or base.their_reference,
            our_reference=contract.our_reference,
            order_reference=contract.order_reference,
            buyer_reference=contract.buyer_reference or base.buyer_reference,
            rot_rut=contract.rot_rut,
        )
    )


@dataclass(frozen=True)
class RunOutcome:
    """What a run made, and each period it passed over with the reason."""

    made: tuple[MadeInvoice, ...]
    refused: tuple[tuple[DuePeriod, KundbokError], ...]
    stopped: bool = False  # cancelled between two invoices


_Claimed = tuple[DuePeriod, ContractDetails, Period, ContractPeriod]


class _Batch:
    """Up to BATCH invoices in one transaction: the periods' records first, in the order of
    contract and period (so that two runs meeting on PostgreSQL wait for each other in one
    order, never in a circle), then the invoices. Both are written together, in a few
    statements; when a record is taken or an invoice refused, the batch goes back to where it
    was and writes each under a savepoint of its own, so that a refusal takes back that invoice
    and its record alone."""

    def __init__(
        self, session: Session, user: str, day: dt.date, issue: bool, chosen: Sequence[DuePeriod]
    ) -> None:
        self.session, self.user, self.day, self.issue = session, user, day, issue
        self.made: list[MadeInvoice] = []
        self.refused: list[tuple[DuePeriod, KundbokError]] = []
        # Held while the batch runs: the session keeps only weak references, and each invoice
        # would read its contract, its customer and the company again.
        contracts = session.scalars(
            select(Contract)
            .where(Contract.id.in_({due.contract_id for due in chosen}))
            .options(selectinload(Contract.lines), selectinload(Contract.adjustments))
        )
        self._contracts = {contract.id: contract for contract in contracts}
        self._customers = {
            customer.id: customer
            for customer in session.scalars(
                select(Customer)
                .where(Customer.id.in_({row.customer_id for row in self._contracts.values()}))
                .options(selectinload(Customer.addresses), selectinload(Customer.contacts))
            )
        }
        self._drafts: dict[int, InvoiceDetails] = {}  # a new draft per customer, for `day`
        self._company = company_row(session)

    def _record(self, due: DuePeriod) -> _Claimed:
        """The period as the contract stands now and its record, added to the session."""
        row = self._contracts.get(due.contract_id) or load_contract(self.session, due.contract_id)
        contract = contract_details(row)
        found = _period_now(contract, due.period.start, self.day)
        record = ContractPeriod(
            contract_id=due.contract_id, period_start=found.start, period_end=found.end
        )
        self.session.add(record)
        return due, contract, found, record

    def claim_all(self, chosen: Sequence[DuePeriod]) -> list[_Claimed]:
        """The records of the chosen periods written, in their order; those that cannot be
        are left out with the reason."""
        try:
            with self.session.begin_nested():
                claimed = [self._record(due) for due in chosen]
        except (KundbokError, IntegrityError):
            return [claim for claim in map(self._claim, chosen) if claim]
        return claimed

    def _claim(self, due: DuePeriod) -> _Claimed | None:
        """The period's record written (None, and the reason kept, when it cannot be)."""
        try:
            try:
                with self.session.begin_nested():
                    claimed = self._record(due)
            except IntegrityError:
                raise PeriodTakenError(due.contract_number, due.period.start) from None
        except KundbokError as error:
            self.refused.append((due, error))
            return None
        return claimed

    def _new_draft(self, contract: ContractDetails, found: Period) -> InvoiceDetails:
        """The period's invoice, filled in from its customer's card (read once a batch)."""
        base = self._drafts.get(contract.customer_id)
        if base is None:
            base = start_draft_in_session(self.session, contract.customer_id, self.day).invoice
            self._drafts[contract.customer_id] = base
        return _draft(base, contract, found, self.day)

    def _customer(self, customer_id: int) -> Customer:
        return self._customers.get(customer_id) or load_customer(self.session, customer_id)

    def invoice_all(self, claimed: Sequence[_Claimed]) -> None:
        """Make the claimed periods' invoices in order: together, except those issued to a
        customer with a credit limit, each alone (its issue notes a limit passed in the
        history, counting the invoices before it)."""
        together: list[_Claimed] = []
        for claim in claimed:
            if self.issue and self._customer(claim[1].customer_id).credit_limit is not None:
                self._together(together)
                together = []
                self._invoice(claim)
            else:
                together.append(claim)
        self._together(together)

    def _together(self, claimed: Sequence[_Claimed]) -> None:
        """Make the claimed periods' invoices in one go; when one is refused, each alone."""
        if not claimed:
            return
        try:
            with self.session.begin_nested():
                drafts = [
                    (self._new_draft(contract, found), self._customer(contract.customer_id))
                    for _, contract, found, _ in claimed
                ]
                issue_on = self.day if self.issue else None
                rows = store_many(self.session, self.user, drafts, self._company, issue_on)
                for (_, _, _, record), row in zip(claimed, rows, strict=True):
                    record.invoice_id = row.id
        except KundbokError:
            for claim in claimed:
                self._invoice(claim)
            return
        for (_, contract, found, _), row in zip(claimed, rows, strict=True):
            assert contract.number is not None
            self.made.append(MadeInvoice(contract.number, found, row.id, row.number))

    def _invoice(self, claimed: _Claimed) -> None:
        """Make the claimed period's invoice, or give its record back with the reason."""
        due, contract, found, record = claimed
        assert contract.number is not None
        try:
            with self.session.begin_nested():
                draft = self._new_draft(contract, found)
                customer = self._customer(contract.customer_id)
                stored = store_draft(self.session, self.user, draft)
                if self.issue:
                    issue_in_session(self.session, stored, self.user, self.day, customer)
                record.invoice_id = stored.id
        except KundbokError as error:
            self.refused.append((due, error))
            self.session.delete(record)
            return
        self.made.append(MadeInvoice(contract.number, found, stored.id, stored.number))


BATCH = 50  # invoices a transaction: a commit each (FULL on SQLite when issued) is the cost


def run_contracts(
    db: Database,
    chosen: Sequence[DuePeriod],
    day: dt.date,
    issue: bool,
    proceed: Callable[[int, int], bool] | None = None,
    on_made: Callable[[MadeInvoice], object] | None = None,
) -> RunOutcome:
    """Invoice each chosen period dated `day`, drafts or issued; a refused period (invoiced by
    another run meanwhile, its customer blocked...) is reported and the run goes on. Each
    invoice is written with its period's record in one transaction (of up to BATCH invoices);
    a run killed leaves whole invoices with their records, or nothing of an unfinished batch.
    `proceed(done, total)` is asked before each invoice: False stops the run there, what was
    made kept. `on_made` hears of each invoice once it is committed."""
    ordered = sorted(chosen, key=lambda due: (due.contract_id, due.period.start))
    made: list[MadeInvoice] = []
    refused: list[tuple[DuePeriod, KundbokError]] = []
    stopped = False
    for first in range(0, len(ordered), BATCH):
        # The collector runs between batches: a batch's rows are freed at its next round.
        with db.unit_of_work(durable=issue) as session, collector_paused():
            chunk = ordered[first : first + BATCH]
            batch = _Batch(session, db.user, day, issue, chunk)
            reached: list[_Claimed] = []
            for claim in batch.claim_all(chunk):
                done = len(made) + len(refused) + len(batch.refused) + len(reached)
                if stopped or (proceed is not None and not proceed(done, len(ordered))):
                    stopped = True
                    session.delete(claim[3])  # not reached: the period stays due
                    continue
                reached.append(claim)
            batch.invoice_all(reached)
            session.commit()
        made += batch.made
        refused += batch.refused
        for invoice in batch.made:
            if on_made is not None:
                on_made(invoice)
        if stopped:
            break
    if proceed is not None and not stopped:
        proceed(len(ordered), len(ordered))
    return RunOutcome(tuple(made), tuple(refused), stopped)


class Delivery(StrEnum):
    """How an issued invoice reaches its customer."""

    EMAIL = "email"
    PEPPOL = "peppol"
    PRINT = "print"


def deliveries(db: Database, invoice_ids: Sequence[int]) -> dict[Delivery, list[int]]:
    """The invoices by how they go out: Peppol for e-invoice buyers, e-mail for customers
    invoiced by e-mail (with an address), the print dialog for the rest."""
    routes: dict[Delivery, list[int]] = {route: [] for route in Delivery}
    with db.unit_of_work(write=False) as session:
        rows = session.execute(
            select(Invoice.id, Customer.peppol_id, Customer.invoice_by_email, Customer.email)
            .join(Customer, Customer.id == Invoice.customer_id)
            .where(Invoice.id.in_(invoice_ids), Invoice.number.is_not(None))
            .order_by(Invoice.number)
        )
        for invoice_id, peppol_id, by_email, email in rows:
            if peppol_id:
                routes[Delivery.PEPPOL].append(invoice_id)
            elif by_email and email:
                routes[Delivery.EMAIL].append(invoice_id)
            else:
                routes[Delivery.PRINT].append(invoice_id)
    return routes
