"""Payments received find their invoices by OCR; the rest are suggestions or left to the user."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kundbok.domain.bank_files import BankFileFormat, IncomingPayment
from kundbok.domain.payment_matching import (
    BookedPayment,
    MatchKind,
    OpenInvoice,
    PaymentOutcome,
    match_payments,
)

INVOICES = [
    OpenInvoice(1, "1001", "1000017", Decimal("1250.00"), "Åsa Öberg"),
    OpenInvoice(2, "1002", "1000025", Decimal("400.00"), "Bo Berg AB"),
    OpenInvoice(3, "1003", "1000033", Decimal("99.50"), "Cilla Carlsson"),
    OpenInvoice(4, "1004", None, Decimal("300.00"), "Dag Dahl"),
]


def paid(
    amount: str,
    reference: str | None = None,
    text: str = "",
    payer: str = "",
    transaction_id: str = "T",
) -> IncomingPayment:
    return IncomingPayment(
        Decimal(amount),
        "SEK",
        dt.date(2026, 3, 2),
        reference,
        text,
        payer,
        transaction_id,
        BankFileFormat.CAMT054,
    )


@pytest.mark.parametrize(
    ("payment", "kind", "invoice_id", "outcome", "difference"),
    [
        (paid("1250.00", "1000017"), MatchKind.OCR, 1, PaymentOutcome.PAID, "0.00"),
        (paid("100.00", "1000025"), MatchKind.OCR, 2, PaymentOutcome.PARTLY_PAID, "-300.00"),
        (paid("150.00", "0001000033"), MatchKind.OCR, 3, PaymentOutcome.OVERPAID, "50.50"),
        (paid("99.50", None, "OCR 1000033 tack"), MatchKind.OCR, 3, PaymentOutcome.PAID, "0.00"),
        # An OCR given as the whole message, or after the word OCR, is certain whatever the amount.
        (paid("150.00", None, "1000 033"), MatchKind.OCR, 3, PaymentOutcome.OVERPAID, "50.50"),
        (
            paid("50.00", None, "OCR-nr: 1000033"),
            MatchKind.OCR,
            3,
            PaymentOutcome.PARTLY_PAID,
            None,
        ),
        # Among other words it books only for exactly the amount owed, else it is a suggestion.
        (paid("99.50", None, "Fakt 1000033 mars"), MatchKind.OCR, 3, PaymentOutcome.PAID, "0.00"),
        (paid("50.00", None, "Fakt 1000033 mars"), MatchKind.OCR_IN_TEXT, 3, None, None),
        # A valid check digit but no such invoice; the text names an invoice instead.
        (paid("400", "1000041", "avser faktura 1002"), MatchKind.INVOICE_NUMBER, 2, None, None),
        # A wrong check digit is never an OCR match, even if the digits are an invoice's.
        (paid("1250.00", "1000018"), MatchKind.UNMATCHED, None, None, "0.00"),
        (paid("300.00", None, "", "DAG  DAHL"), MatchKind.AMOUNT_AND_NAME, 4, None, None),
        (paid("300.00", None, "", "Someone Else"), MatchKind.UNMATCHED, None, None, "0.00"),
        (paid("301.00", None, "", "Dag Dahl"), MatchKind.UNMATCHED, None, None, "0.00"),
        (paid("5.00", "1000041"), MatchKind.UNMATCHED, None, None, "0.00"),
    ],
)
def test_each_payment_is_matched_or_suggested_or_left(
    payment, kind, invoice_id, outcome, difference
):
    (match,) = match_payments([payment], INVOICES)
    assert match.kind is kind
    assert match.invoice_id == invoice_id
    assert match.is_suggestion == (
        kind in (MatchKind.INVOICE_NUMBER, MatchKind.OCR_IN_TEXT, MatchKind.AMOUNT_AND_NAME)
    )
    if outcome is not None:
        assert match.outcome is outcome
    if difference is not None:
        assert match.difference == Decimal(difference)


def test_two_part_payments_in_one_file_pay_the_invoice():
    matches = match_payments(
        [
            paid("1000.00", "1000017", transaction_id="a"),
            paid("250.00", "1000017", transaction_id="b"),
        ],
        INVOICES,
    )
    assert [m.outcome for m in matches] == [PaymentOutcome.PARTLY_PAID, PaymentOutcome.PAID]


def test_a_transaction_seen_before_or_twice_in_the_file_is_a_duplicate():
    matches = match_payments(
        [
            paid("1250.00", "1000017", transaction_id="old"),
            paid("400.00", "1000025", transaction_id="new"),
            paid("400.00", "1000025", transaction_id="new"),
        ],
        INVOICES,
        seen_transaction_ids={"old"},
    )
    assert [m.kind for m in matches] == [MatchKind.DUPLICATE, MatchKind.OCR, MatchKind.DUPLICATE]
    assert matches[0].invoice_id is None


def test_a_payment_in_another_currency_is_left_to_the_user():
    euro = IncomingPayment(
        Decimal("1250.00"),
        "EUR",
        dt.date(2026, 3, 2),
        "1000017",
        "",
        "",
        "E1",
        BankFileFormat.CAMT054,
    )
    (match,) = match_payments([euro], INVOICES)
    assert match.kind is MatchKind.UNMATCHED
    euro_invoice = OpenInvoice(9, "9", "1000017", Decimal("1250.00"), "X", currency="EUR")
    (match,) = match_payments([euro], [euro_invoice])
    assert match.kind is MatchKind.OCR


def test_an_invoice_number_in_the_message_is_not_taken_for_another_invoices_ocr():
    # Invoice 12 has the OCR 1248; the payer of invoice 1248 writes its number in the message.
    invoices = [
        OpenInvoice(12, "12", "1248", Decimal("5000.00"), "Åsa Öberg"),
        OpenInvoice(1248, "1248", "124810", Decimal("800.00"), "Bo Berg AB"),
    ]
    (match,) = match_payments([paid("800.00", None, "Faktura 1248")], invoices)
    assert (match.kind, match.invoice_id) == (MatchKind.INVOICE_NUMBER, 1248)
    assert match.is_suggestion
    # With no invoice of that number open, the OCR is only a suggestion, nothing is booked.
    (match,) = match_payments([paid("800.00", None, "Faktura 1248")], invoices[:1])
    assert (match.kind, match.invoice_id) == (MatchKind.OCR_IN_TEXT, 12)
    assert match.is_suggestion


SEVENTEEN = OpenInvoice(17, "17", "17415", Decimal("500.00"), "Föreningen Anna AB")


@pytest.mark.parametrize(
    ("payment", "kind"),
    [
        # An invoice's number is a suggestion only as a whole word and for what it owes.
        (paid("500.00", None, "Medlemsavgift rad 17"), MatchKind.INVOICE_NUMBER),
        (paid("500.00", None, "Faktura #17, tack"), MatchKind.INVOICE_NUMBER),
        (paid("250.00", None, "Medlemsavgift rad 17"), MatchKind.UNMATCHED),
        (paid("500.00", None, "Medlemsavgift nr17"), MatchKind.UNMATCHED),
        (paid("500.00", None, "Medlemsavgift 2017"), MatchKind.UNMATCHED),
        # A payer only by the customer's whole name: case, spaces, punctuation and "AB" aside.
        (paid("500.00", payer="a"), MatchKind.UNMATCHED),
        (paid("500.00", payer="Anna"), MatchKind.UNMATCHED),
        (paid("500.00", payer="Föreningen Anna AB Stockholm"), MatchKind.UNMATCHED),
        (paid("500.00", payer="FÖRENINGEN  ANNA"), MatchKind.AMOUNT_AND_NAME),
        (paid("500.00", payer="Föreningen Anna AB."), MatchKind.AMOUNT_AND_NAME),
        (paid("499.00", payer="Föreningen Anna AB"), MatchKind.UNMATCHED),
    ],
)
def test_a_suggestion_needs_a_whole_word_and_the_amount_or_the_whole_name(payment, kind):
    (match,) = match_payments([payment], [SEVENTEEN])
    assert match.kind is kind
    assert match.invoice_id == (None if kind is MatchKind.UNMATCHED else 17)


def _booked(invoice: OpenInvoice, amount: str, day: dt.date = dt.date(2026, 3, 2)):
    return BookedPayment(invoice.invoice_id, invoice.number, invoice.ocr, Decimal(amount), day)


@pytest.mark.parametrize(
    "payment",
    [
        paid("1250.00", "1000017", transaction_id="camt-1"),  # the same OCR
        paid("1250.00", None, "OCR 1000017", transaction_id="camt-2"),
        paid("1250.00", None, "Betalning 1000017 mars", transaction_id="camt-3"),
        paid("1250.00", None, "Faktura 1001", transaction_id="camt-4"),  # the same invoice
    ],
)
def test_a_payment_booked_before_from_another_file_is_a_likely_duplicate(payment):
    # BgMax booked 1250.00 on invoice 1001 (OCR 1000017) on 2 March; camt.054 reports it again.
    (match,) = match_payments([payment], INVOICES[1:], booked=[_booked(INVOICES[0], "1250.00")])
    assert (match.kind, match.invoice_id) == (MatchKind.LIKELY_DUPLICATE, 1)
    assert not match.is_suggestion
    assert (match.outcome, match.difference) == (PaymentOutcome.OVERPAID, Decimal("1250.00"))


def test_a_part_payment_booked_before_is_a_likely_duplicate_and_lowers_nothing():
    booked = [_booked(INVOICES[0], "250.00")]
    matches = match_payments(
        [
            paid("250.00", "1000017", transaction_id="again"),
            paid("1000.00", "1000017", transaction_id="rest"),
        ],
        INVOICES,
        booked=booked,
    )
    assert [m.kind for m in matches] == [MatchKind.LIKELY_DUPLICATE, MatchKind.OCR]
    assert matches[1].outcome is PaymentOutcome.PARTLY_PAID  # the invoice's 1250.00 open


@pytest.mark.parametrize(
    ("payment", "booked"),
    [
        (paid("1250.00", "1000017"), _booked(INVOICES[0], "1250.00", dt.date(2026, 3, 1))),
        (paid("1250.00", "1000017"), _booked(INVOICES[0], "1000.00")),
        (paid("400.00", "1000025"), _booked(INVOICES[0], "400.00")),
    ],
    ids=["another day", "another amount", "another invoice"],
)
def test_a_payment_unlike_those_booked_is_no_duplicate(payment, booked):
    (match,) = match_payments([payment], INVOICES, booked=[booked])
    assert match.kind is MatchKind.OCR
