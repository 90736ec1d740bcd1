"""Import a bank file of incoming payments: preview what matches, then book it all or nothing.

The preview changes nothing. Applying reads the file again inside one transaction, so that
what is booked matches the invoices as they are then; a payment whose transaction id was booked
before is a duplicate and books nothing, so a file imported twice changes nothing the second time.
A payment like one booked before (the same OCR or invoice, amount and day: the same payment in
another bank's file) is a likely duplicate, booked only when the user accepts it. The file is
read as a stream from its path (or from bytes), within `limits.BANK_FILE_BYTES`.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import Session

from kundbok.db.models import Invoice, Payment
from kundbok.db.session import Database
from kundbok.domain import limits
from kundbok.domain.bank_files import BankFile, BankFileError, BankFileFormat, read_bank_file
from kundbok.domain.bank_files.reading import too_large
from kundbok.domain.errors import QT_TRANSLATE_NOOP, RefusedError
from kundbok.domain.invoice import InvoiceKind, InvoiceState
from kundbok.domain.payment_matching import (
    BookedPayment,
    MatchKind,
    OpenInvoice,
    PaymentMatch,
    match_payments,
)
from kundbok.services.files import unreadable
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
    digest: str = ""  # of the file's bytes: applying refuses a file changed since

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
    def likely_duplicates(self) -> list[PaymentMatch]:
        """Payments like one booked before (the same OCR or invoice, amount and day), as when
        a second bank file reports the same payment: booked only when the user accepts them."""
        return self.of_kind(MatchKind.LIKELY_DUPLICATE)

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


def _booked_on(session: Session, days: Collection[dt.date]) -> list[BookedPayment]:
    """The payments not reversed on `days`, with their invoices' OCR and number."""
    if not days:
        return []
    rows = session.execute(
        select(
            Payment.invoice_id, Invoice.number, Invoice.ocr, Payment.amount, Payment.payment_date
        )
        .join(Invoice, Invoice.id == Payment.invoice_id)
        .where(Payment.payment_date.in_(sorted(days)), Payment.reversed.is_(False))
    ).all()
    return [
        BookedPayment(row.invoice_id, str(row.number), row.ocr, row.amount, row.payment_date)
        for row in rows
    ]


def _check_dates(bank_file: BankFile) -> None:
    """Refuse a file that reports a payment booked after today: no bank does, and interest and
    reminders would be counted from a day that has not come."""
    today = dt.date.today()
    for payment in bank_file.payments:
        if payment.booking_date > today:
            raise BankFileError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The bank file cannot be read: payment {transaction} is booked on {date}, "
                    "after today.",
                ),
                transaction=payment.transaction_id,
                date=payment.booking_date.isoformat(),
            )


def _match(session: Session, bank_file: BankFile) -> ImportPreview:
    _check_dates(bank_file)
    ids = [payment.transaction_id for payment in bank_file.payments]
    seen = seen_transaction_ids(session, ids)
    booked = _booked_on(session, {payment.booking_date for payment in bank_file.payments})
    matches = tuple(match_payments(bank_file.payments, _open_invoices(session), seen, booked))
    wanted = {match.invoice_id for match in matches if match.invoice_id is not None}
    rows = session.execute(select(Invoice.id, Invoice.number).where(Invoice.id.in_(wanted)))
    numbers = {invoice_id: number for invoice_id, number in rows}
    return ImportPreview(
        bank_file.source_format,
        bank_file.version,
        bank_file.message_id,
        matches,
        {invoice_id: number for invoice_id, number in numbers.items() if number is not None},
        bank_file.digest,
    )


@contextmanager
def _opened(path: Path) -> Iterator[IO[bytes]]:
    """A regular file opened for reading; a FIFO or a device (which would hang or never end) is
    refused, and a file that cannot be opened is a message."""
    try:
        # Non-blocking: opening a FIFO must not wait for a writer.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise unreadable(path, error) from error
    with os.fdopen(descriptor, "rb") as stream:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise BankFileError(
                QT_TRANSLATE_NOOP("messages", "{path} is not a file and cannot be read."),
                path=str(path),
            )
        if status.st_size > limits.BANK_FILE_BYTES:  # at once; the reading counts it too
            raise too_large()
        try:
            yield stream
        except OSError as error:
            raise unreadable(path, error) from error


def _read(source: bytes | Path) -> BankFile:
    if isinstance(source, bytes):
        return read_bank_file(source)
    with _opened(Path(source)) as stream:
        return read_bank_file(stream)


def preview_payment_import(db: Database, source: bytes | Path) -> ImportPreview:
    """Read a camt.054 or BgMax file (its path, or its bytes) and match its payments; nothing is
    changed. A file that cannot be read raises BankFileError with the reason."""
    bank_file = _read(source)
    with db.unit_of_work(write=False) as session:
        return _match(session, bank_file)


def apply_payment_import(
    db: Database,
    source: bytes | Path,
    accepted: Collection[str] = (),
    digest: str | None = None,
) -> ImportResult:
    """Book the file's OCR matches, and the suggestions and likely duplicates whose transaction
    ids are `accepted`, in one transaction: all of them or, on any error, none. With the
    `digest` of its preview, a file changed since is refused (RefusedError).

    A large file holds the write lock for seconds: the write is announced (`long_write`), so
    that other users' saves wait for it rather than fail."""
    bank_file = _read(source)
    if digest is not None and digest != bank_file.digest:
        raise RefusedError(
            QT_TRANSLATE_NOOP(
                "messages", "The bank file has changed since it was read; read it again."
            )
        )
    method = _METHOD[bank_file.source_format]
    with db.long_write(), db.unit_of_work() as session:
        preview = _match(session, bank_file)
        to_book = preview.matched + [
            match
            for match in preview.suggested + preview.likely_duplicates
            if match.payment.transaction_id in accepted
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
    not_taken = [m for m in preview.suggested if m.payment.transaction_id not in accepted]
    return ImportResult(
        booked=len(to_book),
        amount=sum((match.payment.amount for match in to_book), Decimal("0.00")),
        skipped_duplicates=len(preview.duplicates),
        left_unmatched=len(preview.unmatched) + len(not_taken),
    )
