"""Vouchers of invoices and payments in another currency than kronor: the books are in kronor.

An invoice is booked at its own rate: every figure is converted so that, rounded to öre, they
still add up (the receivable is the invoice's total in kronor; the VAT the kronor the invoice
printed). A payment's money is booked at the rate of the day it came, its share of the
receivable at the invoice's rate, and the difference on the exchange gain (3960) or loss (7960)
account. The receivable's line says the amount in the currency and the rate.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from kundbok.domain.currency import sek_shares
from kundbok.domain.money import format_amount, format_number
from kundbok.domain.sie.vouchers import AccountPlan, InvoiceAmounts
from kundbok.domain.sie.writer import Transaction, Voucher


def foreign_note(amount: Decimal, currency: str, rate: Decimal) -> str:
    """What a receivable line in kronor stands for: "EUR 1 250,00 kurs 11,435"."""
    return f"{currency} {format_amount(amount)} kurs {format_number(rate)}"


def with_note(voucher: Voucher, account: str, note: str) -> Voucher:
    """The voucher with `note` as the text of its first line on `account`."""
    lines = list(voucher.transactions)
    for index, line in enumerate(lines):
        if line.account == account:
            lines[index] = replace(line, text=note)
            break
    return replace(voucher, transactions=tuple(lines))


def amounts_in_kronor(invoice: InvoiceAmounts, rate: Decimal) -> InvoiceAmounts:
    """An invoice's amounts in another currency converted at `rate`: the VAT first (so that it
    is the kronor the invoice printed), then the sales per rate, the rounding and the tax
    reduction, each share rounded so that the whole is the total converted at once."""
    vat_rates = sorted(invoice.vat_by_vat, reverse=True)
    net_rates = sorted(invoice.net_by_vat, reverse=True)
    shares = iter(
        sek_shares(
            [
                *(invoice.vat_by_vat[r] for r in vat_rates),
                *(invoice.net_by_vat[r] for r in net_rates),
                invoice.rounding,
                -invoice.tax_reduction,
            ],
            rate,
        )
    )
    vat = {r: next(shares) for r in vat_rates}
    net = {r: next(shares) for r in net_rates}
    return replace(
        invoice,
        net_by_vat=net,
        vat_by_vat=vat,
        rounding=next(shares),
        tax_reduction=-next(shares),
    )


def foreign_payment_voucher(
    invoice_number: str,
    date: dt.date,
    money: Decimal,
    receivable: Decimal,
    method: str,
    plan: AccountPlan,
    *,
    note: str = "",
    receivable_account: str | None = None,
    series: str = "A",
    number: int | None = None,
) -> Voucher:
    """A payment in another currency, in kronor: `money` (at the day's rate) to the bank,
    `receivable` (its share at the invoice's rate) off the receivable, the difference a gain
    or a loss. A reversal gives both negative and takes the difference back off the same
    account."""
    difference = money - receivable
    gained = (difference > 0) == (money > 0)
    lines = [
        Transaction(plan.account_by_method.get(method, plan.bank), money),
        Transaction(receivable_account or plan.receivables, -receivable, text=note),
    ]
    if difference:
        account = plan.exchange_gain if gained else plan.exchange_loss
        lines.append(Transaction(account, -difference))
    text = f"Inbetalning faktura {invoice_number}"
    return Voucher(series, number, date, text, tuple(line for line in lines if line.amount))
