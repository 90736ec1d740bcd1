"""A bank file read and matched as the import's preview will show it, and the same file again."""

from __future__ import annotations

from decimal import Decimal

import pytest
from bank_file_samples import CAMT_02, CAMT_08, Giro, Sent, bgmax, camt054

from kundbok.domain.bank_files import read_bank_file
from kundbok.domain.payment_matching import MatchKind, OpenInvoice, PaymentOutcome, match_payments

OPEN = [
    OpenInvoice(1, "1001", "1000017", Decimal("1250.00"), "Åsa Öberg"),
    OpenInvoice(2, "1002", "1000025", Decimal("400.00"), "Bo Berg AB"),
    OpenInvoice(3, "1003", "1000033", Decimal("99.50"), "Cilla Carlsson"),
    OpenInvoice(4, "1004", "1000041", Decimal("300.00"), "Dag Dahl"),
]
EXPECTED = [
    (MatchKind.OCR, 1, PaymentOutcome.PAID),
    (MatchKind.OCR, 2, PaymentOutcome.PARTLY_PAID),
    (MatchKind.OCR, 3, PaymentOutcome.OVERPAID),
    (MatchKind.UNMATCHED, None, None),  # valid OCR, no such invoice
    (MatchKind.INVOICE_NUMBER, 4, PaymentOutcome.PAID),
]


def _camt(version: str) -> bytes:
    return camt054(
        version,
        [
            [Sent("1250.00", ocr="1000017", bank_ref="A1")],
            [
                Sent("100.00", ocr="1000025", bank_ref="A2"),
                Sent("120.00", referred_document="1000033", bank_ref="A3"),
            ],
            [Sent("75.00", ocr="1000058", bank_ref="A4")],
            [Sent("300.00", text="Faktura 1004", payer="Dag Dahl", bank_ref="A5")],
        ],
    )


def _bgmax() -> bytes:
    return bgmax(
        [
            Giro(125000, "1000017", 2, "1"),
            Giro(10000, "1000025", 2, "2"),
            Giro(12000, "1000033", 2, "3"),
            Giro(7500, "1000058", 2, "4"),
            Giro(30000, "Faktura 1004", 4, "5", name="Dag Dahl"),
        ]
    )


@pytest.mark.parametrize("data", [_camt(CAMT_02), _camt(CAMT_08), _bgmax()], ids=["02", "08", "bg"])
def test_preview_then_the_same_file_again_changes_nothing(data):
    first = match_payments(read_bank_file(data).payments, OPEN)
    assert [(m.kind, m.invoice_id, m.outcome) for m in first] == EXPECTED
    assert [m.difference for m in first[:3]] == [
        Decimal("0.00"),
        Decimal("-300.00"),
        Decimal("20.50"),
    ]
    booked = {m.payment.transaction_id for m in first}
    again = match_payments(read_bank_file(data).payments, OPEN, seen_transaction_ids=booked)
    assert {m.kind for m in again} == {MatchKind.DUPLICATE}
