"""Match payments received against open invoices: by OCR, else a suggestion, else unmatched.

An OCR is certain in the structured reference, and in the free text when the text gives it as
one: the number alone or after the word "OCR". A number merely found in other words ("Faktura
1241") may be an invoice number, a year or a postcode that happens to pass the check digit, so
it books only when the amount is exactly what is owed and is otherwise a suggestion. An invoice
number is suggested only as a whole word of the message and for exactly what the invoice owes
("Medlemsavgift rad 17" is no payment of invoice 17), a payer only by the customer's whole name
("a" is no one's name).

A payment with the same OCR (or invoice), amount and booking date as one booked before is a
likely duplicate: the same payment reported by a second file (BgMax and then camt.054, with
transaction ids of their own). It is booked only when the user says so.

Pure: the caller supplies the open invoices, the transaction ids booked before and the payments
booked on the file's days. Payments are taken in file order and each one lowers the open amount
of the invoice it pays, so two part payments of one invoice in one file come out as "partly
paid" and then "paid".
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from stdnum import luhn

from kundbok.domain.bank_files.model import IncomingPayment

_DIGITS = re.compile(r"\d{2,25}")
# Words of any script: "17" is a word of "rad 17" and of "#17", not of "nr17" or "17a".
_WORDS = re.compile(r"[^\W_]+")
# What a company's name may carry or leave out without being another name.
_COMPANY_FORMS = frozenset({"ab"})
# The number after "OCR", "OCR-nr", "OCR nummer:" and the like.
_LABELLED_OCR = re.compile(r"\bocr\W*(?:n(?:umme)?r\b\W*)?(\d{2,25})", re.IGNORECASE)
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class OpenInvoice:
    """An invoice with money still owed on it, as the matching needs it."""

    invoice_id: int
    number: str
    ocr: str | None
    open_amount: Decimal
    customer_name: str
    currency: str = "SEK"


@dataclass(frozen=True)
class BookedPayment:
    """A payment booked before, as the search for likely duplicates needs it."""

    invoice_id: int
    number: str  # the invoice's number
    ocr: str | None  # the invoice's OCR
    amount: Decimal
    payment_date: dt.date


class MatchKind(StrEnum):
    """How a payment was tied to an invoice, if at all."""

    OCR = "ocr"
    INVOICE_NUMBER = "invoice_number"  # a whole word of the message, for exactly what is owed
    OCR_IN_TEXT = "ocr_in_text"  # an invoice's OCR among other words, not the amount owed
    AMOUNT_AND_NAME = "amount_and_name"
    UNMATCHED = "unmatched"
    LIKELY_DUPLICATE = "likely_duplicate"  # same OCR or invoice, amount and day as one booked
    DUPLICATE = "duplicate"  # its transaction id was booked before


SUGGESTIONS = frozenset(
    {MatchKind.INVOICE_NUMBER, MatchKind.OCR_IN_TEXT, MatchKind.AMOUNT_AND_NAME}
)


class PaymentOutcome(StrEnum):
    """What the payment does to the invoice's open amount."""

    PAID = "paid"
    PARTLY_PAID = "partly_paid"
    OVERPAID = "overpaid"


@dataclass(frozen=True)
class PaymentMatch:
    """One payment and what it was matched to.

    Only an OCR match is certain (`is_suggestion` False); the user confirms a suggestion.
    `difference` is the payment less the invoice's open amount before it (negative: part
    payment, positive: overpayment); zero when nothing was matched.
    """

    payment: IncomingPayment
    kind: MatchKind
    invoice_id: int | None = None
    outcome: PaymentOutcome | None = None
    difference: Decimal = ZERO

    @property
    def is_suggestion(self) -> bool:
        return self.kind in SUGGESTIONS


def _normal_ocr(text: str) -> str:
    return re.sub(r"\D", "", text).lstrip("0")


def _normal_name(text: str) -> str:
    """A name as compared: its words in lower case, without punctuation or "AB"."""
    return " ".join(w for w in _WORDS.findall(text.casefold()) if w not in _COMPANY_FORMS)


def _valid_ocr(digits: str) -> bool:
    return 2 <= len(digits) <= 25 and luhn.is_valid(digits)


def _outcome(amount: Decimal, open_amount: Decimal) -> PaymentOutcome:
    if amount == open_amount:
        return PaymentOutcome.PAID
    return PaymentOutcome.PARTLY_PAID if amount < open_amount else PaymentOutcome.OVERPAID


def _names_agree(payer: str, customer: str) -> bool:
    """Whether a payer is the customer: the whole name, once normalised, never a part of it."""
    return bool(payer) and payer == customer


class _Ledger:
    """The open invoices indexed for look-up, with open amounts lowered as payments match."""

    def __init__(self, invoices: Iterable[OpenInvoice]) -> None:
        self.invoices = {invoice.invoice_id: invoice for invoice in invoices}
        self.open = {i.invoice_id: i.open_amount for i in self.invoices.values()}
        self.by_ocr = {_normal_ocr(i.ocr): i.invoice_id for i in self.invoices.values() if i.ocr}
        self.by_number = {i.number.casefold(): i.invoice_id for i in self.invoices.values()}
        self.by_amount: dict[Decimal, list[int]] = defaultdict(list)
        for invoice in self.invoices.values():
            self.by_amount[invoice.open_amount].append(invoice.invoice_id)
        self.names = {i.invoice_id: _normal_name(i.customer_name) for i in self.invoices.values()}

    def _invoice_of_ocr(self, candidates: Iterable[str]) -> int | None:
        for candidate in candidates:
            digits = _normal_ocr(candidate)
            if _valid_ocr(digits) and digits in self.by_ocr:
                return self.by_ocr[digits]
        return None

    def find_by_ocr(self, payment: IncomingPayment) -> int | None:
        """The invoice whose OCR the payment surely gives: as its reference, as the whole
        free text, or after the word OCR in it; or found in other words when the amount is
        exactly what the invoice still owes."""
        text = payment.unstructured
        candidates = [payment.reference] if payment.reference else []
        if _DIGITS.fullmatch(text.replace(" ", "")):
            candidates.append(text)
        candidates += _LABELLED_OCR.findall(text)
        found = self._invoice_of_ocr(candidates)
        if found is None:
            found = self.find_ocr_in_text(payment)
            if found is not None and self.open[found] != payment.amount:
                return None
        return found

    def find_ocr_in_text(self, payment: IncomingPayment) -> int | None:
        """An invoice whose OCR stands among other words of the free text."""
        return self._invoice_of_ocr(_DIGITS.findall(payment.unstructured))

    def find_by_number(self, payment: IncomingPayment) -> int | None:
        """An invoice whose number is a whole word of the message and which owes exactly the
        amount paid."""
        for word in _message_words(payment):
            found = self.by_number.get(word)
            if found is not None and self.open[found] == payment.amount:
                return found
        return None

    def find_by_amount_and_name(self, payment: IncomingPayment) -> int | None:
        payer = _normal_name(payment.payer_name)
        for invoice_id in self.by_amount.get(payment.amount, ()):
            if self.open[invoice_id] == payment.amount and _names_agree(
                payer, self.names[invoice_id]
            ):
                return invoice_id
        return None

    def find(self, payment: IncomingPayment) -> tuple[MatchKind, int] | None:
        """The surest way the payment finds an invoice in its own currency, if any."""
        for kind, find in (
            (MatchKind.OCR, self.find_by_ocr),
            (MatchKind.INVOICE_NUMBER, self.find_by_number),
            (MatchKind.OCR_IN_TEXT, self.find_ocr_in_text),
            (MatchKind.AMOUNT_AND_NAME, self.find_by_amount_and_name),
        ):
            invoice_id = find(payment)
            # A payment in another currency cannot be set against the invoice's open amount.
            if invoice_id is not None and self.invoices[invoice_id].currency == payment.currency:
                return kind, invoice_id
        return None

    def match(
        self, payment: IncomingPayment, kind: MatchKind, invoice_id: int, book: bool = True
    ) -> PaymentMatch:
        """The payment set against the invoice's open amount (0 for an invoice no longer open);
        booked, it lowers that amount for the payments after it."""
        open_amount = self.open.get(invoice_id, ZERO)
        if book:
            self.open[invoice_id] = open_amount - payment.amount
        return PaymentMatch(
            payment,
            kind,
            invoice_id,
            _outcome(payment.amount, open_amount),
            payment.amount - open_amount,
        )


def _message_words(payment: IncomingPayment) -> list[str]:
    return _WORDS.findall(f"{payment.reference or ''} {payment.unstructured}".casefold())


class _Booked:
    """The payments booked before, by what makes a payment the same one: its OCR or invoice,
    amount and day."""

    def __init__(self, booked: Iterable[BookedPayment]) -> None:
        self.by_invoice: dict[tuple[int, Decimal, dt.date], int] = {}
        self.by_ocr: dict[tuple[str, Decimal, dt.date], int] = {}
        self.by_number: dict[tuple[str, Decimal, dt.date], int] = {}
        for payment in booked:
            key = (payment.amount, payment.payment_date)
            self.by_invoice[(payment.invoice_id, *key)] = payment.invoice_id
            if payment.ocr:
                self.by_ocr[(_normal_ocr(payment.ocr), *key)] = payment.invoice_id
            self.by_number[(payment.number.casefold(), *key)] = payment.invoice_id

    def invoice_of(self, payment: IncomingPayment, matched: int | None) -> int | None:
        """The invoice of a booked payment that `payment` looks to be again, else None."""
        if not self.by_invoice:
            return None
        key = (payment.amount, payment.booking_date)
        if matched is not None and (matched, *key) in self.by_invoice:
            return matched
        texts = [payment.reference or "", payment.unstructured.replace(" ", "")]
        texts += _DIGITS.findall(payment.unstructured)
        for digits in {_normal_ocr(text) for text in texts if text}:
            if (digits, *key) in self.by_ocr:
                return self.by_ocr[(digits, *key)]
        for word in _message_words(payment):
            if (word, *key) in self.by_number:
                return self.by_number[(word, *key)]
        return None


def match_payments(
    payments: Iterable[IncomingPayment],
    open_invoices: Iterable[OpenInvoice],
    seen_transaction_ids: Collection[str] = frozenset(),
    booked: Iterable[BookedPayment] = (),
) -> list[PaymentMatch]:
    """For each payment in order: its OCR match, a suggestion, unmatched, a likely duplicate
    (the same OCR or invoice, amount and day as a payment in `booked`), or a duplicate (its
    transaction id was booked before or appears earlier in the same file)."""
    ledger = _Ledger(open_invoices)
    earlier = _Booked(booked)
    seen = set(seen_transaction_ids)
    matches: list[PaymentMatch] = []
    for payment in payments:
        if payment.transaction_id in seen:
            matches.append(PaymentMatch(payment, MatchKind.DUPLICATE))
            continue
        seen.add(payment.transaction_id)
        found = ledger.find(payment)
        again = earlier.invoice_of(payment, found[1] if found else None)
        if again is not None:
            matches.append(ledger.match(payment, MatchKind.LIKELY_DUPLICATE, again, book=False))
        elif found is not None:
            matches.append(ledger.match(payment, *found))
        else:
            matches.append(PaymentMatch(payment, MatchKind.UNMATCHED))
    return matches
