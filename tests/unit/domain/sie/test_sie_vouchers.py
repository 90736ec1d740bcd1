"""Vouchers for invoices, credit notes, payments, fees and interest, read back from the file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from strict_sie_reader import read_sie

from kundbok.domain.errors import ValidationError
from kundbok.domain.sie.vouchers import (
    BAS_ACCOUNT_NAMES,
    AccountPlan,
    InvoiceAmounts,
    charges_voucher,
    credit_note_voucher,
    invoice_voucher,
    payment_voucher,
)
from kundbok.domain.sie.writer import Company, Voucher, write_sie4i

D = Decimal
DAY = dt.date(2026, 3, 2)
PLAN = AccountPlan()

# 800 at 25 % + 100 at 12 % + 50 at 6 %: VAT 200 + 12 + 3; 1 165.00 → rounding 0.
MIXED = InvoiceAmounts(
    "1001",
    DAY,
    "Åsa Öberg",
    {D(25): D("800.00"), D(12): D("100.00"), D(6): D("50.00")},
    {D(25): D("200.00"), D(12): D("12.00"), D(6): D("3.00")},
)
# 99.60 + 24.90 = 124.50 → 125: rounding +0.50.
ROUNDED = InvoiceAmounts("1002", DAY, "Bo", {D(25): D("99.60")}, {D(25): D("24.90")}, D("0.50"))
# ROT: 40 000 labour incl. VAT, 30 % (12 000) claimed from Skatteverket.
ROT = InvoiceAmounts(
    "1003", DAY, "Cilla", {D(25): D("32000.00")}, {D(25): D("8000.00")}, tax_reduction=D(12000)
)


def lines(voucher: Voucher) -> list[tuple[str, Decimal]]:
    return [(t.account, t.amount) for t in voucher.transactions]


@pytest.mark.parametrize(
    ("invoice", "expected"),
    [
        (
            MIXED,
            [
                ("1510", D("1165.00")),
                ("3001", D("-800.00")),
                ("3002", D("-100.00")),
                ("3003", D("-50.00")),
                ("2611", D("-200.00")),
                ("2621", D("-12.00")),
                ("2631", D("-3.00")),
            ],
        ),
        (
            ROUNDED,
            [
                ("1510", D("125.00")),
                ("3001", D("-99.60")),
                ("2611", D("-24.90")),
                ("3740", D("-0.50")),
            ],
        ),
        (
            ROT,
            [
                ("1510", D("28000.00")),
                ("1513", D("12000.00")),
                ("3001", D("-32000.00")),
                ("2611", D("-8000.00")),
            ],
        ),
        (
            InvoiceAmounts("1004", DAY, "Dag", {D(0): D("500")}, {}),
            [("1510", D("500")), ("3004", D("-500"))],
        ),
    ],
)
def test_invoice_vouchers(invoice, expected):
    assert lines(invoice_voucher(invoice, PLAN)) == expected


def test_a_credit_note_reverses_the_invoice():
    credit = credit_note_voucher(ROUNDED, PLAN, number=7)
    assert lines(credit) == [
        (acc, -amount) for acc, amount in lines(invoice_voucher(ROUNDED, PLAN))
    ]
    assert credit.text == "Kreditfaktura 1002 Bo"
    assert credit.number == 7


def test_the_customers_own_receivable_account_is_used():
    own = InvoiceAmounts("9", DAY, "X", {D(25): D(4)}, {D(25): D(1)}, receivable_account="1512")
    assert lines(invoice_voucher(own, PLAN))[0] == ("1512", D(5))


def test_a_vat_rate_without_account_is_refused():
    odd = InvoiceAmounts("9", DAY, "X", {D(8): D(100)}, {D(8): D(8)})
    with pytest.raises(ValidationError, match="VAT rate 8"):
        invoice_voucher(odd, PLAN)


@pytest.mark.parametrize(
    ("method", "account"),
    [("bankgiro", "1930"), ("transfer", "1930"), ("swish", "1930"), ("plusgiro", "1920")],
)
def test_payments_book_on_bank_or_plusgiro(method, account):
    voucher = payment_voucher("1001", DAY, D("400.00"), method, PLAN)
    assert lines(voucher) == [(account, D("400.00")), ("1510", D("-400.00"))]


def test_fee_and_interest_carry_no_vat():
    # A räntefaktura charging a reminder fee, and one charging interest.
    assert lines(charges_voucher("1001", DAY, {PLAN.reminder_fee: D(60)}, PLAN)) == [
        ("1510", D(60)),
        ("3990", D(-60)),
    ]
    assert lines(charges_voucher("1005", DAY, {PLAN.interest: D("57.53")}, PLAN)) == [
        ("1510", D("57.53")),
        ("8313", D("-57.53")),
    ]


def test_the_file_agrees_with_the_invoices_and_payments():
    invoices = [MIXED, ROUNDED, ROT]
    vouchers = [invoice_voucher(i, PLAN, number=n) for n, i in enumerate(invoices, start=1)]
    vouchers.append(credit_note_voucher(ROUNDED, PLAN, number=4))
    vouchers.append(payment_voucher("1001", DAY, D("1000.00"), "bankgiro", PLAN, number=5))
    vouchers.append(payment_voucher("1003", DAY, D("28000.00"), "plusgiro", PLAN, number=6))
    vouchers.append(charges_voucher("1001", DAY, {PLAN.reminder_fee: D(60)}, PLAN, number=7))
    sie = read_sie(write_sie4i(vouchers, Company("AB"), BAS_ACCOUNT_NAMES, generated=DAY))
    assert len(sie.vouchers) == 7
    invoiced = MIXED.customer_total + ROT.customer_total
    assert sie.balance("1510") == invoiced - D("1000.00") - D("28000.00") + D(60)
    vat = sum(
        (sum(i.vat_by_vat.values(), D(0)) for i in (MIXED, ROT)), D(0)
    )  # ROUNDED credited in full
    output_vat = sie.balance("2611") + sie.balance("2621") + sie.balance("2631")
    assert -output_vat == vat
    assert sie.balance("1930") == D("1000.00")
    assert sie.balance("1920") == D("28000.00")
