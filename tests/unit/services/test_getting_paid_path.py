"""The whole way from invoice to bookkeeping, through the services the GUI and CLI call: issue,
e-mail, a bank file, paid / partly paid / overdue, a reminder by e-mail, a räntefaktura, SIE."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

from tests.helpers.shortcuts import new_draft
from tests.helpers.smtp_server import MailboxHandler, running_smtp_server
from tests.unit.domain.bank_files.bank_file_samples import CAMT_08, Sent, camt054
from tests.unit.domain.sie.strict_sie_reader import read_sie

from helpers.smtp_server import use_test_server
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.invoice import InvoiceStatus, LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoice_queries import customer_balance, get_invoice, list_invoices
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.mail.invoices import send_invoices
from kundbok.services.mail.reminders import send_new_reminders
from kundbok.services.payments.bank_files import apply_payment_import
from kundbok.services.reminders.interest import create_interest_invoice
from kundbok.services.reminders.overdue import overdue_customers
from kundbok.services.reminders.settings import get_reminder_settings, save_reminder_settings
from kundbok.services.sie_export import export_sie

ISSUED = dt.date(2026, 1, 2)  # due 2026-02-01 at 30 days
REMINDED = dt.date(2026, 2, 15)
PAID = dt.date(2026, 3, 2)  # the booking date of the bank file
LINES = (
    LineDetails(description="Arbete", quantity=D(8), unit="tim", unit_price=D(650)),
    LineDetails(description="Material", quantity=D(1), unit_price=D("1234.56"), vat_rate=D(12)),
)


def test_issue_mail_bank_file_reminder_interest_invoice_and_sie(db, company, tmp_path):
    mailbox = MailboxHandler()
    save_reminder_settings(
        db, replace(get_reminder_settings(db), reminder_fee=D(60), charge_compensation=True)
    )
    customer = create_customer(
        db,
        CustomerDetails(
            name="Åkessons Rör AB",
            org_number="556036-0793",
            email="ekonomi@akessons.example",
            invoice_by_email=True,
            payment_terms_days=30,
            addresses=(AddressDetails(street="Storgatan 1", postcode="70210", city="Örebro"),),
        ),
    )
    invoices = []
    for _ in range(3):
        draft = save_draft(db, replace(new_draft(db, customer.id, ISSUED), lines=LINES))
        invoices.append(issue_invoice(db, draft.id, ISSUED))
    first, second, third = invoices
    assert [i.number for i in invoices] == [first.number, first.number + 1, first.number + 2]
    total = first.totals().total

    with running_smtp_server(mailbox) as server:
        use_test_server(db, server.port, sender_name=company.name)
        outcomes = send_invoices(db, [i.id for i in invoices], None)
        assert all(outcome.sent for outcome in outcomes)

        # Nothing paid a fortnight after the due date: one reminder lists all three.
        [due] = overdue_customers(db, REMINDED)
        assert len(due.content.lines) == 3
        [sent] = send_new_reminders(db, [customer.id], REMINDED, None)
        assert sent.outcome.sent

    messages = [handled.parsed() for handled in mailbox.received]
    attachments = [next(m.iter_attachments()).get_filename() for m in messages]
    assert attachments[:3] == [f"Faktura {i.number}.pdf" for i in invoices]
    assert attachments[3].startswith("Påminnelse ")
    assert all(get_invoice(db, i.id).reminder_level == 1 for i in invoices)

    # The bank file: the first paid in full, the second in part, the third not at all.
    bank_file = camt054(
        CAMT_08,
        [
            [Sent(f"{total}", ocr=first.ocr, bank_ref="B1")],
            [Sent("1000.00", ocr=second.ocr, bank_ref="B2")],
        ],
    )
    result = apply_payment_import(db, bank_file)
    assert (result.booked, result.amount) == (2, total + D("1000.00"))
    statuses = {row.number: row for row in list_invoices(db, today=PAID)}
    assert statuses[first.number].status == InvoiceStatus.PAID
    # Past its due date a part-paid invoice is overdue, with what was paid shown beside it.
    assert statuses[second.number].status == InvoiceStatus.OVERDUE
    assert statuses[second.number].paid == D("1000.00")
    assert statuses[third.number].status == InvoiceStatus.OVERDUE
    assert statuses[third.number].days_overdue == (PAID - first.due_date).days
    assert customer_balance(db, customer.id) == 3 * total - total - D("1000.00")

    # Paid a month late: the räntefaktura charges interest, the reminder fee and the
    # förseningsersättning, numbered next in the series, without VAT.
    interest = create_interest_invoice(db, first.id, PAID)
    assert interest.number == third.number + 1
    charged = interest.totals()
    assert charged.vat == 0
    assert charged.total > D(60) + D(450)

    path = tmp_path / "q1.se"
    export_sie(db, dt.date(2026, 1, 1), dt.date(2026, 3, 31), path)
    sie = read_sie(path.read_bytes())  # strict: every #VER balances to 0.00
    invoiced = 3 * total + charged.total
    assert sie.balance("1510") == invoiced - total - D("1000.00")
    assert sie.balance("8313") < 0
    vat = sum((sie.balance(a) for a in sie.accounts if a.startswith("26")), D(0))
    assert vat == -3 * first.totals().vat
