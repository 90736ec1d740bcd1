"""SIE 4I export for the bookkeeping: a voucher per invoice, credit note, payment and ROT/RUT
decision in a period.

The vouchers are the domain's (`sie.vouchers`); this module reads the period's invoices and
payments, chooses the accounts (the company's settings over the BAS defaults, a customer's own
accounts over both) and writes the file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, selectinload

from kundbok import __version__
from kundbok.db.models import Company, Customer, Invoice, Payment
from kundbok.db.session import Database
from kundbok.domain.invoice import InvoiceKind, InvoiceState
from kundbok.domain.sie.vouchers import (
    BAS_ACCOUNT_NAMES,
    AccountPlan,
    InvoiceAmounts,
    charges_voucher,
    credit_note_voucher,
    invoice_voucher,
    payment_voucher,
    tax_reduction_decision_voucher,
)
from kundbok.domain.sie.writer import Company as SieCompany
from kundbok.domain.sie.writer import Voucher, write_sie4i
from kundbok.services.invoice_queries import invoice_details
from kundbok.services.settings import company_row

ZERO = Decimal("0.00")


def _plan(company: Company) -> AccountPlan:
    plan = AccountPlan(receivables=company.receivables_account or "1510")
    sales = dict(plan.sales_by_vat)
    sales[Decimal(25)] = company.sales_account or sales[Decimal(25)]
    return replace(plan, sales_by_vat=sales)


def _customer_plan(plan: AccountPlan, customer: Customer) -> AccountPlan:
    """A customer with its own sales account books all its sales there, whatever the VAT rate."""
    if not customer.sales_account:
        return plan
    return replace(plan, sales_by_vat=dict.fromkeys(plan.sales_by_vat, customer.sales_account))


def _amounts(invoice: Invoice, sign: int) -> InvoiceAmounts:
    """The invoice's figures per VAT rate; `sign` -1 turns a credit note's into positive ones."""
    totals = invoice_details(invoice).totals()
    net_by_vat: dict[Decimal, Decimal] = {}
    vat_by_vat: dict[Decimal, Decimal] = {}
    for line in totals.vat_lines:
        net_by_vat[line.rate] = net_by_vat.get(line.rate, ZERO) + sign * line.base
        vat_by_vat[line.rate] = vat_by_vat.get(line.rate, ZERO) + sign * line.vat
    return InvoiceAmounts(
        number=str(invoice.number),
        date=invoice.invoice_date or dt.date.today(),
        customer_name=invoice.buyer_name,
        net_by_vat=net_by_vat,
        # The VAT booked is the VAT the invoice printed, stored at issue.
        vat_by_vat=vat_by_vat,
        rounding=sign * invoice.rounding,
        tax_reduction=sign * invoice.rot_rut_deduction,
        receivable_account=invoice.customer.receivables_account or None,
    )


def _interest_invoice(session: Session, invoice: Invoice) -> Invoice | None:
    """The räntefaktura `invoice` is, or credits; None for any other invoice."""
    if invoice.interest_for_invoice_id is not None:
        return invoice
    if invoice.kind == InvoiceKind.CREDIT_NOTE and invoice.credited_invoice_id is not None:
        credited = session.get(Invoice, invoice.credited_invoice_id)
        if credited is not None and credited.interest_for_invoice_id is not None:
            return credited
    return None


def _charges_voucher(invoice: Invoice, charged: Invoice, plan: AccountPlan) -> Voucher:
    """A räntefaktura (or its credit note) booked on the accounts its lines were issued with."""
    income: dict[str, Decimal] = {}
    for line in charged.lines:
        account = line.sales_account or plan.interest
        income[account] = income.get(account, ZERO) + line.quantity * line.unit_price
    sign = -1 if invoice.kind == InvoiceKind.CREDIT_NOTE else 1
    return charges_voucher(
        str(invoice.number),
        invoice.invoice_date or dt.date.today(),
        income,
        plan,
        customer_name=invoice.buyer_name,
        rounding=sign * invoice.rounding,
        receivable_account=invoice.customer.receivables_account or None,
        sign=sign,
    )


def sie_vouchers(db: Database, first_day: dt.date, last_day: dt.date) -> list[Voucher]:
    """The period's vouchers in date order, numbered from 1: issued invoices and credit notes
    by invoice date, payments by payment date, reversals of payments by reversal date."""
    with db.unit_of_work(write=False) as session:
        plan = _plan(company_row(session))
        invoices = session.scalars(
            select(Invoice)
            .where(
                Invoice.state != InvoiceState.DRAFT,
                Invoice.invoice_date >= first_day,
                Invoice.invoice_date <= last_day,
            )
            .options(selectinload(Invoice.lines), selectinload(Invoice.customer))
            .order_by(Invoice.invoice_date, Invoice.number)
        ).all()
        dated: list[tuple[dt.date, int, Voucher]] = []
        for invoice in invoices:
            customer_plan = _customer_plan(plan, invoice.customer)
            charged = _interest_invoice(session, invoice)
            if charged is not None:
                voucher = _charges_voucher(invoice, charged, plan)
            elif invoice.kind == InvoiceKind.CREDIT_NOTE:
                voucher = credit_note_voucher(_amounts(invoice, -1), customer_plan)
            else:
                voucher = invoice_voucher(_amounts(invoice, 1), customer_plan)
            dated.append((voucher.date, len(dated), voucher))
        in_period = and_(Payment.payment_date >= first_day, Payment.payment_date <= last_day)
        reversed_in_period = and_(
            Payment.reversed.is_(True),
            Payment.reversed_date >= first_day,
            Payment.reversed_date <= last_day,
        )
        payments = session.execute(
            select(Payment, Invoice.number, Customer.receivables_account)
            .join(Invoice, Invoice.id == Payment.invoice_id)
            .join(Customer, Customer.id == Invoice.customer_id)
            .where(or_(in_period, reversed_in_period))
            .order_by(Payment.payment_date, Payment.id)
        ).all()
        for payment, number, receivables in payments:
            booked = [(payment.payment_date, payment.amount)]
            if payment.reversed and payment.reversed_date is not None:
                booked.append((payment.reversed_date, -payment.amount))
            for day, amount in booked:
                if first_day <= day <= last_day:
                    voucher = payment_voucher(
                        str(number), day, amount, payment.method, plan,
                        receivable_account=receivables or None,
                    )  # fmt: skip
                    dated.append((day, len(dated), voucher))
        decisions = session.execute(
            select(Invoice, Customer.receivables_account)
            .join(Customer, Customer.id == Invoice.customer_id)
            .where(Invoice.rot_rut_decided_on >= first_day, Invoice.rot_rut_decided_on <= last_day)
        ).all()
        for invoice, receivables in decisions:
            voucher = tax_reduction_decision_voucher(
                str(invoice.number),
                invoice.rot_rut_decided_on or last_day,
                invoice.rot_rut_deduction,
                invoice.rot_rut_granted,
                plan,
                receivable_account=receivables or None,
            )
            dated.append((voucher.date, len(dated), voucher))
    dated.sort(key=lambda item: (item[0], item[1]))
    return [replace(voucher, number=index) for index, (_, _, voucher) in enumerate(dated, 1)]


def export_sie(
    db: Database, first_day: dt.date, last_day: dt.date, path: Path, today: dt.date | None = None
) -> int:
    """Write the period's vouchers to `path` as SIE 4I (CP437); returns how many there are.
    Nothing is written if a voucher cannot be made (an account missing for a VAT rate)."""
    vouchers = sie_vouchers(db, first_day, last_day)
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
    Path(path).write_bytes(data)
    return len(vouchers)
