"""Import a bank file of incoming payments: preview what matches, then book it all or nothing.

The preview changes nothing. Applying reads the file again inside one transaction, so that
what is booked matches the invoices as they are then; a payment whose transaction id was booked
before is a duplicate and books nothing, so a file imported twice changes nothing the second time.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kundbok.db.models import Invoice
from kundbok.db.session import Database
from kundbok.domain.bank_files import BankFile, BankFileFormat, read_bank_file
from kundbok.domain.invoice import InvoiceKind, InvoiceState
from kundbok.domain.payment_matching import MatchKind, OpenInvoice, PaymentMatch, match_payments
from kundbok.services.payments.booking import book_payment, paid_amounts, seen_transaction_ids

# BgMax comes from Bankgirot; a camt.054 notification is the bank account's.
_METHOD = {BankFileFormat.BGMAX: "bankgiro", BankFileFormat.CAMT054: "transfer"}


@dataclass(frozen=True)
class ImportPreview:
    """A bank file read and matched: every payment in it and what it would do."""

    source_format: str
    version: str
    message_id: str
    matches: tuple[PaymentMatch, ...]
    # The invoice number of every invoice a match points at, for showing it.
    invoice_numbers: dict[int, int] = field(default_factory=dict)

    def of_kind(self, *kinds: MatchKind) -> list[PaymentMatch]:
        """The matches of the given kinds, in file order."""
        return [match for match in self.matches if match.kind in kinds]

    @property
    def matched(self) -> list[PaymentMatch]:
        """Payments tied to an invoice by their OCR: booked on import."""
        return self.of_kind(MatchKind.OCR)

    @property
    def suggested(self) -> list[PaymentMatch]:
        """Payments that look like an invoice's (its number, its OCR among other words, or
        amount and name): the user decides."""
        return [match for match in self.matches if match.is_suggestion]

    @property
    def unmatched(self) -> list[PaymentMatch]:
        """Payments tied to nothing: left for the user to assign."""
        return self.of_kind(MatchKind.UNMATCHED)

    @property
    def duplicates(self) -> list[PaymentMatch]:
        """Payments booked before (the same transaction id): never booked again."""
        return self.of_kind(MatchKind.DUPLICATE)


@dataclass(frozen=True)
class ImportResult:
    """What an import booked."""

    booked: int
    amount: Decimal
    skipped_duplicates: int
    left_unmatched: int


def _open_invoices(session: Session) -> list[OpenInvoice]:
    rows = session.execute(
        select(
            Invoice.id,
            Invoice.number,
            Invoice.ocr,
            Invoice.total,
            Invoice.rot_rut_deduction,
            Invoice.buyer_name,
            Invoice.currency,
        ).where(Invoice.kind == InvoiceKind.INVOICE, Invoice.state == InvoiceState.ISSUED)
    ).all()
    paid = paid_amounts(session, [row.id for row in rows])
    invoices = []
    for row in rows:
        open_amount = row.total - row.rot_rut_deduction - paid.get(row.id, Decimal(0))
        if open_amount > 0:
            invoices.append(
                OpenInvoice(
                    row.id, str(row.number), row.ocr, open_amount, row.buyer_name, row.currency
                )
            )
    return invoices


def _match(session: Session, bank_file: BankFile) -> ImportPreview:
    ids = [payment.transaction_id for payment in bank_file.payments]
    seen = seen_transaction_ids(session, ids)
    matches = tuple(match_payments(bank_file.payments, _open_invoices(session), seen))
    wanted = {match.invoice_id for match in matches if match.invoice_id is not None}
    rows = session.execute(select(Invoice.id, Invoice.number).where(Invoice.id.in_(wanted)))
    numbers = {invoice_id: number for invoice_id, number in rows}
    return ImportPreview(
        bank_file.source_format,
        bank_file.version,
        bank_file.message_id,
        matches,
        {invoice_id: number for invoice_id, number in numbers.items() if number is not None},
    )


def preview_payment_import(db: Database, data: bytes) -> ImportPreview:
    """Read a camt.054 or BgMax file and match its payments; nothing is changed. A file that
    cannot be read raises BankFileError with the reason."""
    bank_file = read_bank_file(data)
    with db.unit_of_work(write=False) as session:
        return _match(session, bank_file)


def apply_payment_import(db: Database, data: bytes, accepted: Collection[str] = ()) -> ImportResult:
    """Book the file's OCR matches, and the suggestions whose transaction ids are `accepted`,
    in one transaction: all of them or, on any error, none."""
    bank_file = read_bank_file(data)
    method = _METHOD[bank_file.source_format]
    with db.unit_of_work() as session:
        preview = _match(session, bank_file)
        to_book = preview.matched + [
            match for match in preview.suggested if match.payment.transaction_id in accepted
        ]
        invoices = {
            invoice.id: invoice
            for invoice in session.scalars(
                select(Invoice).where(Invoice.id.in_({m.invoice_id for m in to_book}))
            )
        }
        for match in to_book:
            assert match.invoice_id is not None  # a booked match always names its invoice
            payment = match.payment
            book_payment(
                session,
                db.user,
                invoices[match.invoice_id],
                payment.amount,
                payment.booking_date,
                method,
                payment.reference or payment.unstructured,
                payment.transaction_id,
            )
        session.commit()
    return ImportResult(
        booked=len(to_book),
        amount=sum((match.payment.amount for match in to_book), Decimal("0.00")),
        skipped_duplicates=len(preview.duplicates),
        left_unmatched=len(preview.matches) - len(to_book) - len(preview.duplicates),
    )
