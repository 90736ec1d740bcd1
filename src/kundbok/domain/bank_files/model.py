"""What a bank file says about money received, in plain values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from kundbok.domain.errors import KundbokError


class BankFileFormat(StrEnum):
    """The file formats that are read."""

    CAMT054 = "camt.054"
    BGMAX = "bgmax"


class BankFileError(KundbokError):
    """The file is not a bank file that can be read, or it is damaged."""


@dataclass(frozen=True)
class IncomingPayment:
    """One payment received, as the bank reported it.

    `reference` is the structured reference (usually an OCR number) or None; free text the payer
    wrote is in `unstructured`. `transaction_id` is the bank's own reference, used to see that the
    same payment is not booked twice.
    """

    amount: Decimal
    currency: str
    booking_date: dt.date
    reference: str | None
    unstructured: str
    payer_name: str
    transaction_id: str
    source_format: BankFileFormat


@dataclass(frozen=True)
class BankFile:
    """A bank file read: its format, version, the file's own id and the payments in it; `digest`
    is the SHA-256 of its bytes, to tell that a file read again is the same."""

    source_format: BankFileFormat
    version: str
    message_id: str
    payments: tuple[IncomingPayment, ...]
    digest: str = field(default="", compare=False)
