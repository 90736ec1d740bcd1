"""Credit notes and refunds modelled as they are: a credit note settles what is open on its
invoice, what the customer paid beyond that is owed back (refund due) until refunded, and a
refund is a payment of its own with its own voucher. Receivables and the SIE export agree per
customer on every such case."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import replace
from decimal import Decimal as D

import pytest
from tests.helpers.rot_rut_invoices import ROT_LINES, personnummer
from tests.helpers.shortcuts import new_draft
from tests.unit.domain.sie.strict_sie_reader import read_sie

from kundbok.cli import main
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.errors import RefusedError, ValidationError
from kundbok.domain.invoice import InvoiceStatus, LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoice_queries import customer_balance, get_invoice, list_invoices
from kundbok.services.invoices import (
    create_credit_note,
    issue_invoice,
    mark_paid,
    save_draft,
)
from kundbok.services.payments.booking import invoice_payments, register_payment
from kundbok.services.reports import receivables_report
from kundbok.services.sie_export import export_sie

DAY = dt.date(2026, 3, 2)
LATER = dt.date(2026, 3, 20)
LINE = (LineDetails(description="Arbete", quantity=D(1), unit_price=D(800), vat_rate=D(25)),)


def invoiced(db, name: str, rot: bool = False):
    """A 1 000 kr invoice (a ROT one: 7 750 kr less 2 250 kr) to a new customer."""
    details = CustomerDetails(name=name)
    if rot:
        details = replace(
            details,
            kind="private",
            personal_number=personnummer(dt.date(1970, 5, 17), len(name)),
            rot_rut_property="Umeå Haga 1:1",
        )
    customer = create_customer(db, details)
    draft = new_draft(db, customer.id, DAY)
    draft = replace(draft, rot_rut="rot", lines=ROT_LINES) if rot else replace(draft, lines=LINE)
    return issue_invoice(db, save_draft(db, draft).id, DAY)


def pay(db, invoice, amount: str, day: dt.date = DAY) -> None:
    register_payment(db, invoice.id, D(amount), day)


def books(db, tmp_path) -> tuple[dict[int, D], dict[int, D], dict[int, D]]:
    """Per customer: the receivables report, 1510 and 1513 of the SIE file as an independent
    reader reads them."""
    out = tmp_path / "year.se"
    export_sie(db, dt.date(2026, 1, 1), dt.date(2026, 12, 31), out)
    customer_of = {row.number: row.customer_id for row in list_invoices(db, limit=10_000)}
    ledger: dict[str, dict[int, D]] = {"1510": defaultdict(D), "1513": defaultdict(D)}
    for (_series, _number, _date, text), transactions in read_sie(out.read_bytes()).vouchers:
        number = int(re.search(r"faktura (\d+)", text, re.IGNORECASE)[1])
        for account, _objects, amount, _rest in transactions:
            if account in ledger:
                ledger[account][customer_of[number]] += amount
    report = receivables_report(db, LATER)
    owed = {aging.customer_id: aging.total for aging in report.customers}
    return owed, ledger["1510"], ledger["1513"]


def assert_books_agree(db, tmp_path, expected: dict[int, str]) -> None:
    owed, receivable, claim = books(db, tmp_path)
    for customer_id, amount in expected.items():
        assert owed.get(customer_id, D(0)) == D(amount), customer_id
        assert receivable[customer_id] == D(amount), customer_id
        assert customer_balance(db, customer_id) == D(amount), customer_id
    assert set(owed) == {c for c, amount in expected.items() if D(amount)}
    assert all(amount == 0 for amount in claim.values())  # every ROT invoice here is credited


def test_part_paid_paid_and_overpaid_invoices_credited_as_they_are(db, tmp_path):
    part_paid = invoiced(db, "Delbetalt AB")
    pay(db, part_paid, "400")
    paid = invoiced(db, "Betalt AB")
    pay(db, paid, "1000")
    overpaid = invoiced(db, "Överbetalt AB")
    pay(db, overpaid, "1200")
    marked = invoiced(db, "Markerat AB")
    mark_paid(db, marked.id, DAY)
    rot = invoiced(db, "Rot Delbetald", rot=True)
    pay(db, rot, "2000")
    unpaid = invoiced(db, "Obetalt AB")
    credits = {
        invoice.customer_id: create_credit_note(db, invoice.id, LATER)
        for invoice in (part_paid, paid, marked, rot, unpaid)
    }
    mark_paid(db, credits[marked.customer_id].id, LATER)  # refunded in full
    assert credits[unpaid.customer_id].state == "paid"  # nothing was paid: nothing to refund
    assert credits[part_paid.customer_id].state == "issued"  # the 400 kr paid is owed back
    assert_books_agree(
        db,
        tmp_path,
        {
            part_paid.customer_id: "-400.00",
            paid.customer_id: "-1000.00",
            overpaid.customer_id: "-200.00",
            marked.customer_id: "0.00",
            rot.customer_id: "-2000.00",
            unpaid.customer_id: "0.00",
        },
    )
    refunded = invoice_payments(db, credits[marked.customer_id].id)
    assert [(p.amount, p.payment_date) for p in refunded] == [(D("-1000.00"), LATER)]


def test_a_refund_is_a_payment_of_its_own_that_settles_the_credit_note(db, tmp_path):
    from kundbok.services.payments.refunds import register_refund

    paid = invoiced(db, "Betalt AB")
    pay(db, paid, "1000")
    credit = create_credit_note(db, paid.id, LATER)
    first = register_refund(db, credit.id, D("300"), LATER, "swish")
    assert (first.refund_due, first.state) == (D("700.00"), "issued")
    row = next(row for row in list_invoices(db, today=LATER) if row.id == credit.id)
    assert (row.status, row.open_amount) == (InvoiceStatus.REFUND_DUE, D("-700.00"))
    with pytest.raises(ValidationError, match=r"at most 700\.00"):
        register_refund(db, credit.id, D("700.01"), LATER)
    last = register_refund(db, credit.id, D("700"), LATER)
    assert (last.refund_due, last.state) == (D("0.00"), "paid")
    assert get_invoice(db, credit.id).paid_date == LATER
    with pytest.raises(RefusedError, match="nothing to refund"):
        register_refund(db, credit.id, D("1"), LATER)
    overpaid = invoiced(db, "Överbetalt AB")
    pay(db, overpaid, "1250")
    register_refund(db, overpaid.id, D("250"), LATER)
    assert get_invoice(db, overpaid.id).state == "paid"
    rot = invoiced(db, "Rot Betald", rot=True)
    pay(db, rot, "5500")
    register_refund(db, create_credit_note(db, rot.id, LATER).id, D("5500"), LATER)
    assert_books_agree(
        db,
        tmp_path,
        {paid.customer_id: "0.00", overpaid.customer_id: "0.00", rot.customer_id: "0.00"},
    )
    out = tmp_path / "year.se"
    texts = [fields[3] for fields, _ in read_sie(out.read_bytes()).vouchers]
    assert f"Återbetalning kreditfaktura {credit.number}" in texts


def test_an_unpaid_invoice_has_nothing_to_refund(db):
    from kundbok.services.payments.refunds import register_refund

    unpaid = invoiced(db, "Obetalt AB")
    with pytest.raises(RefusedError, match="nothing to refund"):
        register_refund(db, unpaid.id, D("1"), LATER)
    with pytest.raises(RefusedError, match="nothing to refund"):
        register_refund(db, create_credit_note(db, unpaid.id, LATER).id, D("1"), LATER)


def test_kundbok_refund(db, tmp_path, capsys):
    paid = invoiced(db, "Betalt AB")
    pay(db, paid, "1000")
    credit = create_credit_note(db, paid.id, LATER)
    unpaid = invoiced(db, "Obetalt AB")
    db.dispose()
    base = ["--database", str(tmp_path / "test.sqlite3"), "refund"]
    assert main([*base, str(credit.number), "400", "--date", "2026-03-21"]) == 0
    assert f"{credit.number}: refunded 400.00, still owed back 600.00 (issued)" in (
        capsys.readouterr().out
    )
    assert main([*base, str(credit.number), "600,01"]) == 2
    assert main([*base, str(unpaid.number), "1"]) == 2
    assert main([*base, str(credit.number), "-5"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 3 and "Traceback" not in err
    assert "refund at most 600.00" in err and "nothing to refund" in err
    assert main([*base, str(credit.number), "600", "--method", "swish"]) == 0
    assert "still owed back 0.00 (paid)" in capsys.readouterr().out


def test_a_draft_credit_note_credits_its_invoice_whole_or_not_at_all(db):
    invoice = invoiced(db, "Halvkredit AB")
    pay(db, invoice, "300")
    note = create_credit_note(db, invoice.id, LATER, issue=False)
    half = replace(note.lines[0], quantity=D("-0.5"))
    changed = save_draft(db, replace(note, lines=(half,)))
    with pytest.raises(RefusedError, match="whole"):
        issue_invoice(db, changed.id, LATER)
    assert get_invoice(db, invoice.id).state == "issued"  # still owed, nothing credited
    assert get_invoice(db, changed.id).number is None
    whole = save_draft(db, replace(changed, lines=note.lines))
    issued = issue_invoice(db, whole.id, LATER)
    assert get_invoice(db, invoice.id).state == "credited"
    assert issued.status(LATER) == InvoiceStatus.REFUND_DUE  # the 300 kr paid are owed back
