"""Bankgirot's BgMax file of incoming payments: fixed-width records of 80 characters.

Records used: 01 start, 05 opening of a deposit section, 20 payment, 22/23 extra reference,
25 information text, 26 payer name, 15 deposit (date and total of the section), 70 end.
A payment takes its date and currency from its section; amounts are whole öre.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kundbok.domain import limits
from kundbok.domain.bank_files.model import (
    BankFile,
    BankFileError,
    BankFileFormat,
    IncomingPayment,
)
from kundbok.domain.errors import QT_TRANSLATE_NOOP
from kundbok.domain.money import from_ore

RECORD_LENGTH = 80
# Reference codes of record 20 (and 21).
REFERENCE_OCR = "2"
REFERENCE_EXTRA_RECORDS = "3"
REFERENCE_TEXT = "4"
REFERENCE_WRONG = "5"


def _error(line: int, what: str) -> BankFileError:
    return BankFileError(
        QT_TRANSLATE_NOOP("messages", "The BgMax file is damaged at line {line}: {what}."),
        line=line,
        what=what,
    )


def _number(field: str, line: int, what: str) -> int:
    if not field.isascii() or not field.isdigit():
        raise _error(line, what)
    return int(field)


def _date(field: str, line: int) -> dt.date:
    try:
        return dt.datetime.strptime(field, "%Y%m%d").date()
    except ValueError:
        raise _error(line, QT_TRANSLATE_NOOP("messages", "no valid payment date")) from None


class _Pending:
    """A payment record whose name, texts and date come in the records after it."""

    def __init__(self, amount: Decimal, reference: str | None, texts: list[str], serial: str):
        self.amount = amount
        self.reference = reference
        self.texts = texts
        self.serial = serial
        self.payer_name = ""


def _payment_record(record: str, line: int) -> _Pending:
    reference_field = record[12:37].strip()
    not_a_number = QT_TRANSLATE_NOOP("messages", "the amount is not a number")
    amount = from_ore(_number(record[37:55], line, not_a_number))
    if amount > limits.MAX_AMOUNT:
        raise BankFileError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The BgMax file cannot be read: line {line} has the amount {amount}, larger than "
                "the largest amount taken.",
            ),
            line=line,
            amount=f"{amount:.2f}",
        )
    if amount.is_zero() and record.startswith("20"):
        raise BankFileError(
            QT_TRANSLATE_NOOP(
                "messages", "The BgMax file cannot be read: line {line} has the amount 0.00."
            ),
            line=line,
        )
    code = record[55]
    serial = record[57:69].strip()
    if not serial:
        raise _error(line, QT_TRANSLATE_NOOP("messages", "a payment has no serial number"))
    reference: str | None = None
    texts: list[str] = []
    if code == REFERENCE_OCR and reference_field:
        reference = reference_field.lstrip("0") or reference_field
    elif code in (REFERENCE_TEXT, REFERENCE_WRONG, REFERENCE_EXTRA_RECORDS) and reference_field:
        texts.append(reference_field)
    return _Pending(amount, reference, texts, serial)


def parse_bgmax(text: str) -> BankFile:
    """Read a BgMax file (already decoded); raise BankFileError if it is not whole."""
    lines = [row.rstrip("\r\n") for row in text.splitlines()]
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines or not lines[0].startswith("01BGMAX"):
        raise _error(
            1, QT_TRANSLATE_NOOP("messages", "it does not start with a BgMax start record")
        )
    records = [row.ljust(RECORD_LENGTH) for row in lines]
    version = records[0][22:24].strip()
    message_id = records[0][24:44].strip()
    payments: list[IncomingPayment] = []
    section: list[_Pending] | None = None
    currency = "SEK"
    payment_count = 0
    deducted = Decimal(0)
    not_a_number = QT_TRANSLATE_NOOP("messages", "the amount is not a number")
    ended = False
    for number, record in enumerate(records[1:], start=2):
        kind = record[:2]
        if ended:
            raise _error(
                number, QT_TRANSLATE_NOOP("messages", "there are records after the end record")
            )
        if kind == "05":
            if section is not None:
                raise _error(
                    number,
                    QT_TRANSLATE_NOOP("messages", "a section starts before the previous one ended"),
                )
            section = []
            deducted = Decimal(0)
            currency = record[22:25].strip() or "SEK"
        elif kind in ("20", "21", "22", "23", "25", "26", "27", "28", "29"):
            if section is None:
                raise _error(
                    number, QT_TRANSLATE_NOOP("messages", "a payment record lies outside a section")
                )
            if kind == "20":
                section.append(_payment_record(record, number))
                payment_count += 1
            elif kind == "21":
                # A deduction (avdrag) is money out, not a payment received; it only lowers the
                # deposit.
                deducted += _payment_record(record, number).amount
            elif not section:
                raise _error(
                    number,
                    QT_TRANSLATE_NOOP("messages", "a payment detail comes before any payment"),
                )
            elif kind in ("22", "23"):
                section[-1].texts.append(record[12:37].strip())
            elif kind == "25":
                section[-1].texts.append(record[2:52].strip())
            elif kind == "26":
                section[-1].payer_name = record[2:37].strip()
        elif kind == "15":
            if section is None:
                raise _error(
                    number, QT_TRANSLATE_NOOP("messages", "a deposit record lies outside a section")
                )
            booked = _date(record[37:45], number)
            deposited = from_ore(_number(record[50:68], number, not_a_number))
            if deposited != sum((p.amount for p in section), Decimal(0)) - deducted:
                raise _error(
                    number,
                    QT_TRANSLATE_NOOP("messages", "the deposit does not equal the payments in it"),
                )
            currency = record[68:71].strip() or currency
            for pending in section:
                payments.append(
                    IncomingPayment(
                        amount=pending.amount,
                        currency=currency,
                        booking_date=booked,
                        reference=pending.reference,
                        unstructured=" ".join(text for text in pending.texts if text),
                        payer_name=pending.payer_name,
                        transaction_id=pending.serial,
                        source_format=BankFileFormat.BGMAX,
                    )
                )
            section = None
        elif kind == "70":
            if section is not None:
                raise _error(
                    number, QT_TRANSLATE_NOOP("messages", "the last section has no deposit record")
                )
            if (
                _number(
                    record[2:10],
                    number,
                    QT_TRANSLATE_NOOP("messages", "the payment count is not a number"),
                )
                != payment_count
            ):
                raise _error(
                    number,
                    QT_TRANSLATE_NOOP(
                        "messages", "the number of payments does not match the end record"
                    ),
                )
            ended = True
        else:
            raise _error(number, QT_TRANSLATE_NOOP("messages", "unknown record type"))
    if not ended:
        raise _error(len(records), QT_TRANSLATE_NOOP("messages", "the end record is missing"))
    return BankFile(BankFileFormat.BGMAX, version, message_id, tuple(payments))
