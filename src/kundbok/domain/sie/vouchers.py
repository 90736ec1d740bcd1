"""Vouchers for what Kundbok records: invoices, credit notes, payments, fees and interest.

Debit is positive, credit negative. Fees and interest carry no VAT. Zero lines are left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal

from kundbok.domain import accounts
from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kundbok.domain.sie.writer import Transaction, Voucher

ZERO = Decimal("0.00")

# Names from the BAS chart of accounts for the accounts Kundbok uses by default. BAS has no
# account for reminder fees; 3990 is the common choice.
BAS_ACCOUNT_NAMES: dict[str, str] = {
    "1510": "Kundfordringar",
    "1513": "Kundfordringar – delad faktura",
    "1910": "Kassa",
    "1920": "PlusGiro",
    "1930": "Företagskonto/checkkonto/affärskonto",
    "2611": "Utgående moms på försäljning inom Sverige, 25 %",
    "2621": "Utgående moms på försäljning inom Sverige, 12 %",
    "2631": "Utgående moms på försäljning inom Sverige, 6 %",
    "3001": "Försäljning inom Sverige, 25 % moms",
    "3002": "Försäljning inom Sverige, 12 % moms",
    "3003": "Försäljning inom Sverige, 6 % moms",
    "3004": "Försäljning inom Sverige, momsfri",
    "3740": "Öres- och kronutjämning",
    "3960": "Valutakursvinster på fordringar och skulder av rörelsekaraktär",
    "3990": "Övriga ersättningar och intäkter",
    "7960": "Valutakursförluster på fordringar och skulder av rörelsekaraktär",
    "8313": "Ränteintäkter från kundfordringar",
}


def _sales() -> dict[Decimal, str]:
    return dict(accounts.SALES_BY_VAT)


def _output_vat() -> dict[Decimal, str]:
    return dict(accounts.OUTPUT_VAT_BY_VAT)


def _by_method() -> dict[str, str]:
    return dict(accounts.ACCOUNT_BY_METHOD)


@dataclass(frozen=True)
class AccountPlan:
    """The accounts to book on: BAS defaults (`domain.accounts`) unless the company's settings
    say otherwise (`services.sie_export` fills them in)."""

    receivables: str = accounts.RECEIVABLES
    tax_reduction_claim: str = accounts.TAX_REDUCTION_CLAIM
    bank: str = accounts.BANK
    rounding: str = accounts.ROUNDING
    interest: str = accounts.INTEREST
    reminder_fee: str = accounts.FEES
    compensation: str = accounts.FEES  # förseningsersättning
    exchange_gain: str = accounts.EXCHANGE_GAIN  # more kronor than booked
    exchange_loss: str = accounts.EXCHANGE_LOSS
    sales_by_vat: Mapping[Decimal, str] = field(default_factory=_sales)
    output_vat_by_vat: Mapping[Decimal, str] = field(default_factory=_output_vat)
    # Payment methods booked elsewhere than `bank` (bankgiro, transfer, Swish, card).
    account_by_method: Mapping[str, str] = field(default_factory=_by_method)


@dataclass(frozen=True)
class InvoiceAmounts:
    """An invoice's amounts as printed: net and VAT per VAT rate (percent), öresutjämning and the
    ROT/RUT tax reduction the customer does not pay. `receivable_account` is the customer's own."""

    number: str
    date: dt.date
    customer_name: str
    net_by_vat: Mapping[Decimal, Decimal]
    vat_by_vat: Mapping[Decimal, Decimal]
    rounding: Decimal = ZERO
    tax_reduction: Decimal = ZERO
    receivable_account: str | None = None

    @property
    def customer_total(self) -> Decimal:
        """What the customer owes: net + VAT + rounding − tax reduction."""
        return (
            sum(self.net_by_vat.values(), ZERO)
            + sum(self.vat_by_vat.values(), ZERO)
            + self.rounding
            - self.tax_reduction
        )


def _lines(*pairs: tuple[str, Decimal]) -> tuple[Transaction, ...]:
    return tuple(Transaction(account, amount) for account, amount in pairs if amount)


def _account(table: Mapping[Decimal, str], rate: Decimal, what: str) -> str:
    try:
        return table[rate]
    except KeyError:
        raise ValidationError(
            "account",
            QT_TRANSLATE_NOOP("messages", "No {what} account is set for VAT rate {rate} %."),
            what=what,
            rate=rate,
        ) from None


def _invoice_lines(invoice: InvoiceAmounts, plan: AccountPlan, sign: int) -> list[Transaction]:
    receivable = invoice.receivable_account or plan.receivables
    pairs = [
        (receivable, sign * invoice.customer_total),
        (plan.tax_reduction_claim, sign * invoice.tax_reduction),
    ]
    pairs += [
        (_account(plan.sales_by_vat, rate, QT_TRANSLATE_NOOP("messages", "sales")), -sign * net)
        for rate, net in sorted(invoice.net_by_vat.items(), reverse=True)
    ]
    pairs += [
        (
            _account(plan.output_vat_by_vat, rate, QT_TRANSLATE_NOOP("messages", "output VAT")),
            -sign * vat,
        )
        for rate, vat in sorted(invoice.vat_by_vat.items(), reverse=True)
        if vat
    ]
    pairs.append((plan.rounding, -sign * invoice.rounding))
    return list(_lines(*pairs))


def invoice_voucher(
    invoice: InvoiceAmounts, plan: AccountPlan, series: str = "A", number: int | None = None
) -> Voucher:
    """Receivable (and ROT/RUT claim) debit; sales and output VAT per rate and rounding credit."""
    text = f"Faktura {invoice.number} {invoice.customer_name}".strip()
    return Voucher(series, number, invoice.date, text, tuple(_invoice_lines(invoice, plan, 1)))


def credit_note_voucher(
    credit_note: InvoiceAmounts, plan: AccountPlan, series: str = "A", number: int | None = None
) -> Voucher:
    """The invoice voucher reversed; the credit note's amounts are given as positive figures."""
    text = f"Kreditfaktura {credit_note.number} {credit_note.customer_name}".strip()
    lines = tuple(_invoice_lines(credit_note, plan, -1))
    return Voucher(series, number, credit_note.date, text, lines)


def payment_voucher(
    invoice_number: str,
    date: dt.date,
    amount: Decimal,
    method: str,
    plan: AccountPlan,
    *,
    receivable_account: str | None = None,
    series: str = "A",
    number: int | None = None,
) -> Voucher:
    """Bank (or plusgiro, cash) debit, receivable credit; a reversal is a negative amount."""
    money = plan.account_by_method.get(method, plan.bank)
    lines = _lines((money, amount), (receivable_account or plan.receivables, -amount))
    return Voucher(series, number, date, f"Inbetalning faktura {invoice_number}", lines)


def refund_voucher(
    number: str,
    date: dt.date,
    amount: Decimal,
    method: str,
    plan: AccountPlan,
    *,
    receivable_account: str | None = None,
    of_credit_note: bool = True,
    series: str = "A",
) -> Voucher:
    """Money paid back to the customer from a credit note (or an overpaid invoice); `amount`
    positive, its reversal negative: the receivable debited, the bank (or plusgiro, cash)
    credited."""
    voucher = payment_voucher(
        number, date, -amount, method, plan, receivable_account=receivable_account, series=series
    )
    document = "kreditfaktura" if of_credit_note else "faktura"
    return replace(voucher, text=f"Återbetalning {document} {number}")


def charges_voucher(
    invoice_number: str,
    date: dt.date,
    income_by_account: Mapping[str, Decimal],
    plan: AccountPlan,
    *,
    customer_name: str = "",
    rounding: Decimal = ZERO,
    receivable_account: str | None = None,
    sign: int = 1,
    series: str = "A",
    number: int | None = None,
) -> Voucher:
    """A räntefaktura: receivable debit; interest, reminder fees and förseningsersättning
    credit on their accounts, and öresutjämning (no VAT on any of them). `sign` -1 books its
    credit note."""
    total = sum(income_by_account.values(), ZERO) + rounding
    pairs = [(receivable_account or plan.receivables, sign * total)]
    pairs += [(account, -sign * amount) for account, amount in sorted(income_by_account.items())]
    pairs.append((plan.rounding, -sign * rounding))
    kind = "Räntefaktura" if sign > 0 else "Kredit räntefaktura"
    text = f"{kind} {invoice_number} {customer_name}".strip()
    return Voucher(series, number, date, text, _lines(*pairs))


def tax_reduction_decision_voucher(
    invoice_number: str,
    date: dt.date,
    claimed: Decimal,
    granted: Decimal,
    plan: AccountPlan,
    *,
    receivable_account: str | None = None,
    series: str = "A",
    number: int | None = None,
) -> Voucher:
    """Skatteverket's decision on a ROT/RUT claim: what it paid to the bank, the claim (1513)
    credited in full; a refused part goes back to the buyer's receivable (1510)."""
    lines = _lines(
        (plan.bank, granted),
        (receivable_account or plan.receivables, claimed - granted),
        (plan.tax_reduction_claim, -claimed),
    )
    return Voucher(series, number, date, f"Skatteverket ROT/RUT faktura {invoice_number}", lines)
