"""The ROT/RUT claim to Skatteverket: the cases of a payment year, the claim files, the decision.

Every paid ROT (or RUT) invoice of the year not yet claimed is one case. The files are written
only when every case passes Skatteverket's checks; the invoices then remember the claim.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import ColumnElement, extract, select
from sqlalchemy.orm import Session, selectinload

from kundbok.db.models import Invoice
from kundbok.db.session import Database
from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError, RefusedError, ValidationError
from kundbok.domain.events import EventAction
from kundbok.domain.invoice import InvoiceKind, InvoiceState
from kundbok.domain.rot_rut.cases import case_of
from kundbok.domain.rot_rut.claim import (
    CaseProblem,
    ClaimCase,
    check_cases,
    split_into_files,
    whole_kronor,
)
from kundbok.domain.rot_rut.xml import claim_xml
from kundbok.services.files import check_output_path, write_atomically
from kundbok.services.history import record_event
from kundbok.services.invoice_queries import find_invoice_id, invoice_details, load_invoice
from kundbok.services.settings import company_row

KINDS = ("rot", "rut")


@dataclass(frozen=True)
class ClaimPreview:
    """The cases a claim would hold, each with the reasons Skatteverket would refuse it."""

    kind: str
    year: int
    cases: tuple[ClaimCase, ...]
    problems: tuple[CaseProblem, ...]

    def problems_of(self, case: ClaimCase) -> list[CaseProblem]:
        """The reasons against one case (empty: it passes)."""
        return [
            problem for problem in self.problems if problem.invoice_number == case.invoice_number
        ]

    @property
    def ready(self) -> bool:
        """Every case passes, and there is at least one."""
        return bool(self.cases) and not self.problems


class ClaimNotReady(KundbokError):
    """Some cases would be refused; `problems` says which and why. Nothing was written."""

    def __init__(self, problems: tuple[CaseProblem, ...]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("messages", "{count} problems in the claim: nothing was written."),
            count=len(problems),
        )
        self.problems = problems


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError(
            "kind", QT_TRANSLATE_NOOP("messages", "The kind of claim is rot or rut.")
        )


def _paid_in(year: int, kind: str | None = None) -> list[ColumnElement[bool]]:
    where = [
        Invoice.kind == InvoiceKind.INVOICE,
        Invoice.state == InvoiceState.PAID,
        Invoice.rot_rut_deduction > 0,
        extract("year", Invoice.paid_date) == year,
    ]
    return where + ([Invoice.rot_rut == kind] if kind else [Invoice.rot_rut.in_(KINDS)])


def _granted_before(session: Session, year: int) -> dict[str, tuple[int, int]]:
    """ROT and RUT kronor per buyer already claimed for `year` (granted, once decided)."""
    rows = session.execute(
        select(
            Invoice.buyer_personal_number,
            Invoice.rot_rut,
            Invoice.rot_rut_deduction,
            Invoice.rot_rut_decided_on,
            Invoice.rot_rut_granted,
        ).where(*_paid_in(year), Invoice.rot_rut_claimed_at.is_not(None))
    )
    granted: dict[str, tuple[int, int]] = {}
    for buyer, kind, deduction, decided_on, paid in rows:
        kronor = whole_kronor(paid if decided_on else deduction)
        rot, rut = granted.get(buyer or "", (0, 0))
        granted[buyer or ""] = (rot + kronor, rut) if kind == "rot" else (rot, rut + kronor)
    return granted


def _unclaimed(session: Session, kind: str | None, year: int) -> list[Invoice]:
    statement = (
        select(Invoice)
        .where(*_paid_in(year, kind), Invoice.rot_rut_claimed_at.is_(None))
        .options(selectinload(Invoice.lines))
        .order_by(Invoice.number)
    )
    return list(session.scalars(statement))


def _preview(session: Session, kind: str, year: int) -> tuple[ClaimPreview, list[Invoice]]:
    invoices = _unclaimed(session, kind, year)
    cases = tuple(case_of(invoice_details(row), row.rot_rut_deduction) for row in invoices)
    company = company_row(session)
    problems = check_cases(
        cases,
        kind,
        year,
        company_ids=[company.org_number] if company.org_number else [],
        granted_before=_granted_before(session, year),
    )
    return ClaimPreview(kind, year, cases, tuple(problems)), invoices


def preview_claim(db: Database, kind: str, year: int) -> ClaimPreview:
    """The cases of a ROT ("rot") or RUT ("rut") claim for a payment year, with their checks."""
    _check_kind(kind)
    with db.unit_of_work(write=False) as session:
        return _preview(session, kind, year)[0]


def claim_file_paths(path: Path, count: int) -> list[Path]:
    """OUT.xml for one file; OUT-1.xml, OUT-2.xml... when the buyers need several."""
    if count == 1:
        return [path]
    return [path.with_name(f"{path.stem}-{n}{path.suffix}") for n in range(1, count + 1)]


def write_claim(
    db: Database, kind: str, year: int, path: Path, now: dt.datetime | None = None
) -> list[Path]:
    """Write the claim files for a payment year and mark their invoices claimed. Refused with
    ClaimNotReady, nothing written, when a case fails a check."""
    _check_kind(kind)
    now = now or dt.datetime.now(dt.UTC)
    with db.unit_of_work() as session:
        preview, invoices = _preview(session, kind, year)
        if not preview.cases:
            raise RefusedError(
                QT_TRANSLATE_NOOP("messages", "No paid {kind} invoices of {year} to claim."),
                kind=kind.upper(),
                year=year,
            )
        if preview.problems:
            raise ClaimNotReady(preview.problems)
        parts = split_into_files(preview.cases)
        paths = claim_file_paths(Path(path), len(parts))
        for part_path in paths:  # every file checked before the first is written
            check_output_path(part_path)
        rows = {row.id: row for row in invoices}
        for number, (part, part_path) in enumerate(zip(parts, paths, strict=True), start=1):
            name = f"{kind.upper()} {year} {number}"
            write_atomically(part_path, claim_xml(name, kind, part))
            for case in part:
                row = rows[case.invoice_id]
                row.rot_rut_claimed_at = now
                row.rot_rut_claim_file = part_path.name
                record_event(
                    session,
                    db.user,
                    EventAction.ROT_RUT_CLAIMED,
                    customer_id=row.customer_id,
                    invoice_id=row.id,
                    changes={"rot_rut_claim_file": (None, part_path.name)},
                )
        session.commit()
        return paths


@dataclass(frozen=True)
class UnclaimedCase:
    """A paid ROT/RUT invoice not yet claimed, for the January reminder."""

    invoice_number: int
    kind: str
    buyer_name: str
    paid_date: dt.date
    deduction: Decimal


def unclaimed_cases(db: Database, year: int) -> list[UnclaimedCase]:
    """Paid ROT and RUT invoices of `year` not yet claimed (due 31 January of the next year)."""
    with db.unit_of_work(write=False) as session:
        rows = session.execute(
            select(
                Invoice.number,
                Invoice.rot_rut,
                Invoice.buyer_name,
                Invoice.paid_date,
                Invoice.rot_rut_deduction,
            )
            .where(*_paid_in(year), Invoice.rot_rut_claimed_at.is_(None))
            .order_by(Invoice.number)
        )
        return [
            UnclaimedCase(number or 0, kind, name, paid_date or dt.date(year, 1, 1), deduction)
            for number, kind, name, paid_date, deduction in rows
        ]


def record_decision(
    db: Database, number: int, granted: Decimal | None, decided_on: dt.date
) -> Decimal:
    """Enter what Skatteverket paid for a claimed invoice (None: refused); returns the amount
    granted. More than the deduction is refused; less leaves the rest for the buyer to pay."""
    invoice_id = find_invoice_id(db, number)
    with db.unit_of_work() as session:
        invoice = load_invoice(session, invoice_id)
        if invoice.rot_rut_claimed_at is None:
            raise RefusedError(
                QT_TRANSLATE_NOOP(
                    "messages", "Invoice {number} has not been claimed from ROT/RUT."
                ),
                number=number,
            )
        amount = Decimal(0) if granted is None else granted
        if not Decimal(0) <= amount <= invoice.rot_rut_deduction:
            raise ValidationError(
                "rot_rut_granted",
                QT_TRANSLATE_NOOP(
                    "messages", "Skatteverket pays between 0 and the deduction ({deduction})."
                ),
                deduction=invoice.rot_rut_deduction,
            )
        before = (invoice.rot_rut_decided_on, invoice.rot_rut_granted)
        invoice.rot_rut_decided_on = decided_on
        invoice.rot_rut_granted = amount
        record_event(
            session,
            db.user,
            EventAction.ROT_RUT_DECIDED,
            customer_id=invoice.customer_id,
            invoice_id=invoice.id,
            changes={"rot_rut_granted": (str(before[1]) if before[0] else None, str(amount))},
        )
        session.commit()
        return amount
