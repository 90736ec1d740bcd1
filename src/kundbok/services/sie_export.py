"""SIE 4I export for the bookkeeping: a voucher per invoice, credit note, payment and ROT/RUT
decision in a period.

The vouchers are the domain's (`sie.vouchers`); this module reads the period's invoices and
payments, chooses the accounts (the company's settings over the BAS defaults, a customer's own
accounts over both) and writes the file.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Row, and_, or_, select
from sqlalchemy.orm import Session

from kundbok import __version__
from kundbok.db.models import Company, Customer, Invoice, InvoiceLine, Payment
from kundbok.db.session import Database
from kundbok.domain.currency import in_kronor, missing_rate, sek_shares, to_sek
from kundbok.domain.errors import QT_TRANSLATE_NOOP, CancelledError, ValidationError
from kundbok.domain.invoice import InvoiceKind, InvoiceState
from kundbok.domain.invoicing import Line, invoice_totals, standard_vat_rate
from kundbok.domain.sie.currency import (
    amounts_in_kronor,
    foreign_note,
    foreign_payment_voucher,
    with_note,
)
from kundbok.domain.sie.vouchers import (
    BAS_ACCOUNT_NAMES,
    AccountPlan,
    InvoiceAmounts,
    charges_voucher,
    credit_note_voucher,
    invoice_voucher,
    payment_voucher,
    refund_voucher,
    tax_reduction_decision_voucher,
)
from kundbok.domain.sie.writer import Company as SieCompany
from kundbok.domain.sie.writer import Voucher, write_sie4i
from kundbok.services.files import check_output_path, write_atomically
from kundbok.services.settings import company_row

ZERO = Decimal("0.00")


def _plan(company: Company) -> AccountPlan:
    """The BAS defaults with the company's own accounts over them; its sales account is the
    standard rate's."""
    plan = AccountPlan(
        exchange_gain=company.exchange_gain_account,
        exchange_loss=company.exchange_loss_account,
    )
    sales = dict(plan.sales_by_vat)
    standard = standard_vat_rate()
    sales[standard] = company.sales_account or sales[standard]
    return replace(
        plan,
        receivables=company.receivables_account or plan.receivables,
        interest=company.interest_account or plan.interest,
        reminder_fee=company.fee_account or plan.reminder_fee,
        compensation=company.compensation_account or plan.compensation,
        sales_by_vat=sales,
    )


def _customer_plan(plan: AccountPlan, sales_account: str | None) -> AccountPlan:
    """A customer with its own sales account books all its sales there, whatever the VAT rate."""
    if not sales_account:
        return plan
    return replace(plan, sales_by_vat=dict.fromkeys(plan.sales_by_vat, sales_account))


Record = Row[*tuple[Any, ...]]  # a row of the columns selected

# What a voucher needs of an invoice, read as columns: no ORM objects for 20,000 invoices.
_HEAD = (
    Invoice.id,
    Invoice.number,
    Invoice.kind,
    Invoice.invoice_date,
    Invoice.buyer_name,
    Invoice.currency,
    Invoice.exchange_rate,
    Invoice.total,
    Invoice.rot_rut,
    Invoice.rounding,
    Invoice.rot_rut_deduction,
    Invoice.interest_for_invoice_id,
    Invoice.credited_invoice_id,
    Customer.sales_account,
    Customer.receivables_account,
)
_LINE = (
    InvoiceLine.invoice_id,
    InvoiceLine.quantity,
    InvoiceLine.unit_price,
    InvoiceLine.discount_percent,
    InvoiceLine.vat_rate,
    InvoiceLine.line_kind,
    InvoiceLine.sales_account,
)


def _amounts(head: Record, lines: Iterable[Record], sign: int) -> InvoiceAmounts:
    """The invoice's figures per VAT rate, computed by the rule the invoice printed them with;
    `sign` -1 turns a credit note's into positive ones."""
    totals = invoice_totals(
        (Line(line.quantity, line.unit_price, line.discount_percent, line.vat_rate,
              line.line_kind) for line in lines),
        head.currency,
        head.rot_rut,
    )  # fmt: skip
    net_by_vat: dict[Decimal, Decimal] = {}
    vat_by_vat: dict[Decimal, Decimal] = {}
    for line in totals.vat_lines:
        net_by_vat[line.rate] = net_by_vat.get(line.rate, ZERO) + sign * line.base
        vat_by_vat[line.rate] = vat_by_vat.get(line.rate, ZERO) + sign * line.vat
    amounts = InvoiceAmounts(
        number=str(head.number),
        date=head.invoice_date or dt.date.today(),
        customer_name=head.buyer_name,
        net_by_vat=net_by_vat,
        vat_by_vat=vat_by_vat,
        rounding=sign * head.rounding,
        tax_reduction=sign * head.rot_rut_deduction,
        receivable_account=head.receivables_account or None,
    )
    return amounts if in_kronor(head.currency) else amounts_in_kronor(amounts, _rate(head))


def _rate(head: Record) -> Decimal:
    """The rate an invoice in another currency is booked at; refused while it has none."""
    if head.exchange_rate is None:
        raise missing_rate(head.currency, head.number)
    return Decimal(head.exchange_rate)


def _noted(head: Record, voucher: Voucher, plan: AccountPlan) -> Voucher:
    """An invoice in another currency: its receivable line says the amount and the rate."""
    if in_kronor(head.currency):
        return voucher
    owed = head.total - head.rot_rut_deduction
    note = foreign_note(owed, head.currency, _rate(head))
    return with_note(voucher, head.receivables_account or plan.receivables, note)


def _charges_voucher(head: Record, charged_lines: Iterable[Record], plan: AccountPlan) -> Voucher:
    """A räntefaktura (or its credit note) booked on the accounts its lines were issued with."""
    income: dict[str, Decimal] = {}
    for line in charged_lines:
        account = line.sales_account or plan.interest
        income[account] = income.get(account, ZERO) + line.quantity * line.unit_price
    sign = -1 if head.kind == InvoiceKind.CREDIT_NOTE else 1
    rounding = sign * head.rounding
    if not in_kronor(head.currency):
        accounts = sorted(income)
        *converted, rounding = sek_shares([*(income[a] for a in accounts), rounding], _rate(head))
        income = dict(zip(accounts, converted, strict=True))
    return charges_voucher(
        str(head.number),
        head.invoice_date or dt.date.today(),
        income,
        plan,
        customer_name=head.buyer_name,
        rounding=rounding,
        receivable_account=head.receivables_account or None,
        sign=sign,
    )


def _charged_id(head: Record, interest_invoices: set[int]) -> int | None:
    """The räntefaktura `head` is, or credits; None for any other invoice."""
    if head.interest_for_invoice_id is not None:
        return int(head.id)
    if head.kind == InvoiceKind.CREDIT_NOTE and head.credited_invoice_id in interest_invoices:
        return int(head.credited_invoice_id)
    return None


def _invoice_vouchers(
    session: Session, plan: AccountPlan, first_day: dt.date, last_day: dt.date
) -> list[Voucher]:
    """A voucher per issued invoice and credit note dated in the period, in invoice order."""
    in_period = (
        Invoice.state != InvoiceState.DRAFT,
        Invoice.invoice_date >= first_day,
        Invoice.invoice_date <= last_day,
    )
    heads = session.execute(
        select(*_HEAD)
        .join(Customer, Customer.id == Invoice.customer_id)
        .where(*in_period)
        .order_by(Invoice.invoice_date, Invoice.number)
    ).all()
    lines: dict[int, list[Record]] = defaultdict(list)
    for line in session.execute(
        select(*_LINE)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(*in_period)
        .order_by(InvoiceLine.invoice_id, InvoiceLine.position)
    ):
        lines[line.invoice_id].append(line)
    credited = {head.credited_invoice_id for head in heads if head.credited_invoice_id}
    interest_invoices = set(
        session.scalars(
            select(Invoice.id).where(
                Invoice.id.in_(credited), Invoice.interest_for_invoice_id.is_not(None)
            )
        )
    )
    # A credited räntefaktura may be dated before the period: its lines are read as well.
    for line in session.execute(
        select(*_LINE)
        .where(InvoiceLine.invoice_id.in_(interest_invoices - lines.keys()))
        .order_by(InvoiceLine.invoice_id, InvoiceLine.position)
    ):
        lines[line.invoice_id].append(line)
    vouchers = []
    for head in heads:
        charged = _charged_id(head, interest_invoices)
        if charged is not None:
            vouchers.append(_charges_voucher(head, lines[charged], plan))
            continue
        customer_plan = _customer_plan(plan, head.sales_account)
        if head.kind == InvoiceKind.CREDIT_NOTE:
            voucher = credit_note_voucher(_amounts(head, lines[head.id], -1), customer_plan)
        else:
            voucher = invoice_voucher(_amounts(head, lines[head.id], 1), customer_plan)
        vouchers.append(_noted(head, voucher, plan))
    return vouchers


def _receivable_shares(session: Session, payments: list[Record]) -> dict[int, Decimal]:
    """The kronor each payment in another currency takes off its invoice's receivable, at the
    invoice's rate: all the invoice's payments in order, each share rounded so that together
    they are what was paid converted at once (a paid invoice leaves no öre on 1510)."""
    invoice_ids = {payment.invoice_id for payment in payments}
    if not invoice_ids:
        return {}
    amounts: dict[int, list[tuple[int, Decimal]]] = defaultdict(list)
    rates: dict[int, Decimal] = {}
    for row in session.execute(
        select(Payment.id, Payment.invoice_id, Payment.amount, Invoice.exchange_rate)
        .join(Invoice, Invoice.id == Payment.invoice_id)
        .where(Payment.invoice_id.in_(invoice_ids), Invoice.exchange_rate.is_not(None))
        .order_by(Payment.invoice_id, Payment.payment_date, Payment.id)
    ):
        amounts[row.invoice_id].append((row.id, row.amount))
        rates[row.invoice_id] = row.exchange_rate
    shares: dict[int, Decimal] = {}
    for invoice_id, paid in amounts.items():
        converted = sek_shares([amount for _, amount in paid], rates[invoice_id])
        shares.update(zip((payment_id for payment_id, _ in paid), converted, strict=True))
    return shares


def _payment_voucher(
    payment: Record, day: dt.date, sign: int, plan: AccountPlan, shares: dict[int, Decimal]
) -> Voucher:
    """A payment (`sign` 1) or its reversal (-1): in kronor as it is (a payment row of a
    negative amount is a refund), in another currency converted (the money at the day's rate,
    the receivable at the invoice's)."""
    account = payment.receivables_account or None
    if in_kronor(payment.currency):
        if payment.amount < 0:  # a refund: money paid back to the customer
            return refund_voucher(
                str(payment.number), day, -sign * payment.amount, payment.method, plan,
                receivable_account=account,
                of_credit_note=payment.kind == InvoiceKind.CREDIT_NOTE,
            )  # fmt: skip
        return payment_voucher(
            str(payment.number), day, sign * payment.amount, payment.method, plan,
            receivable_account=account,
        )  # fmt: skip
    if payment.invoice_rate is None:
        raise missing_rate(payment.currency, payment.number)
    rate = payment.exchange_rate or payment.invoice_rate
    return foreign_payment_voucher(
        str(payment.number),
        day,
        sign * to_sek(payment.amount, rate),
        sign * shares[payment.id],
        payment.method,
        plan,
        note=foreign_note(sign * payment.amount, payment.currency, rate),
        receivable_account=account,
    )


def sie_vouchers(db: Database, first_day: dt.date, last_day: dt.date) -> list[Voucher]:
    """The period's vouchers in date order, numbered from 1: issued invoices and credit notes
    by invoice date, payments by payment date, reversals of payments by reversal date."""
    with db.unit_of_work(write=False) as session:
        plan = _plan(company_row(session))
        dated: list[tuple[dt.date, int, Voucher]] = []
        for voucher in _invoice_vouchers(session, plan, first_day, last_day):
            dated.append((voucher.date, len(dated), voucher))
        in_period = and_(Payment.payment_date >= first_day, Payment.payment_date <= last_day)
        reversed_in_period = and_(
            Payment.reversed.is_(True),
            Payment.reversed_date >= first_day,
            Payment.reversed_date <= last_day,
        )
        payments = session.execute(
            select(
                Payment.id,
                Payment.invoice_id,
                Payment.payment_date,
                Payment.amount,
                Payment.method,
                Payment.reversed,
                Payment.reversed_date,
                Payment.exchange_rate,
                Invoice.number,
                Invoice.kind,
                Invoice.currency,
                Invoice.exchange_rate.label("invoice_rate"),
                Customer.receivables_account,
            )
            .join(Invoice, Invoice.id == Payment.invoice_id)
            .join(Customer, Customer.id == Invoice.customer_id)
            .where(or_(in_period, reversed_in_period))
            .order_by(Payment.payment_date, Payment.id)
        ).all()
        shares = _receivable_shares(
            session, [payment for payment in payments if not in_kronor(payment.currency)]
        )
        for payment in payments:
            booked = [(payment.payment_date, 1)]
            if payment.reversed and payment.reversed_date is not None:
                booked.append((payment.reversed_date, -1))
            for day, sign in booked:
                if first_day <= day <= last_day:
                    voucher = _payment_voucher(payment, day, sign, plan, shares)
                    dated.append((day, len(dated), voucher))
        decisions = session.execute(
            select(
                Invoice.number,
                Invoice.rot_rut_decided_on,
                Invoice.rot_rut_deduction,
                Invoice.rot_rut_granted,
                Customer.receivables_account,
            )
            .join(Customer, Customer.id == Invoice.customer_id)
            .where(Invoice.rot_rut_decided_on >= first_day, Invoice.rot_rut_decided_on <= last_day)
        ).all()
        for decision in decisions:
            voucher = tax_reduction_decision_voucher(
                str(decision.number),
                decision.rot_rut_decided_on or last_day,
                decision.rot_rut_deduction,
                decision.rot_rut_granted,
                plan,
                receivable_account=decision.receivables_account or None,
            )
            dated.append((voucher.date, len(dated), voucher))
    dated.sort(key=lambda item: (item[0], item[1]))
    return [replace(voucher, number=index) for index, (_, _, voucher) in enumerate(dated, 1)]


def export_sie(
    db: Database,
    first_day: dt.date,
    last_day: dt.date,
    path: Path,
    today: dt.date | None = None,
    stopped: Callable[[], bool] = lambda: False,
) -> int:
    """Write the period's vouchers to `path` as SIE 4I (CP437); returns how many there are.
    Nothing is written if a voucher cannot be made (an account missing for a VAT rate) or the
    period ends before it begins, nor when `stopped()` says True once the vouchers are made
    (CancelledError)."""
    if last_day < first_day:
        raise ValidationError(
            "last_day", QT_TRANSLATE_NOOP("messages", "The period ends before it begins.")
        )
    check_output_path(path)  # before the work: never over the register
    vouchers = sie_vouchers(db, first_day, last_day)
    if stopped():
        raise CancelledError()
    with db.unit_of_work(write=False) as session:
        company = company_row(session)
        sie_company = SieCompany(company.name or "Kundbok", company.org_number)
    data = write_sie4i(
        vouchers,
        sie_company,
        BAS_ACCOUNT_NAMES,
        generated=today or dt.date.today(),
        program_version=__version__,
    )
    write_atomically(path, data)
    return len(vouchers)
