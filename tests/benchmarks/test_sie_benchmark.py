"""SIE 4I export of 20,000 invoices and their payments (vouchers built and written) within 10 s."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kundbok.domain.sie.vouchers import (
    BAS_ACCOUNT_NAMES,
    AccountPlan,
    InvoiceAmounts,
    invoice_voucher,
    payment_voucher,
)
from kundbok.domain.sie.writer import Company, write_sie4i

INVOICES = 20_000


def _invoices() -> list[InvoiceAmounts]:
    start = dt.date(2026, 1, 1)
    made = []
    for n in range(INVOICES):
        net25 = Decimal(100 + n % 5000) + Decimal("0.40")
        net12 = Decimal(n % 300)
        vat25 = (net25 / 4).quantize(Decimal("0.01"))
        vat12 = (net12 * Decimal("0.12")).quantize(Decimal("0.01"))
        total = net25 + net12 + vat25 + vat12
        rounding = total.quantize(Decimal(1)) - total
        made.append(
            InvoiceAmounts(
                str(10_000 + n),
                start + dt.timedelta(days=n % 365),
                f"Kund {n} AB",
                {Decimal(25): net25, Decimal(12): net12},
                {Decimal(25): vat25, Decimal(12): vat12},
                rounding,
            )
        )
    return made


def test_export_20000_invoices_and_payments(benchmark):
    invoices = _invoices()
    plan = AccountPlan()

    def export() -> bytes:
        vouchers = []
        for number, invoice in enumerate(invoices, start=1):
            vouchers.append(invoice_voucher(invoice, plan, number=number))
            vouchers.append(
                payment_voucher(
                    invoice.number,
                    invoice.date + dt.timedelta(days=30),
                    invoice.customer_total,
                    "bankgiro",
                    plan,
                    series="B",
                    number=number,
                )
            )
        return write_sie4i(
            vouchers,
            Company("Bench AB", "556036-0793"),
            BAS_ACCOUNT_NAMES,
            generated=dt.date(2026, 12, 31),
        )

    data = benchmark.pedantic(export, rounds=3, iterations=1)
    assert data.count(b"#VER ") == 2 * INVOICES
    assert benchmark.stats.stats.median < 10
