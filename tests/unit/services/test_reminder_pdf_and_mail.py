"""The reminder as PDF (its invoices, fee, compensation, interest, totals, the one invoice's OCR
on the slip) and by e-mail through a real SMTP server, recorded as sent."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from decimal import Decimal as D

import pytest
from pypdf import PdfReader
from tests.helpers.shortcuts import new_draft

from helpers.reminding import printed_reminders
from helpers.smtp_server import MailboxHandler, running_smtp_server, use_test_server
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.events import EventAction
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.history import customer_history
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.mail.reminders import send_reminders
from kundbok.services.pdf.reminder import reminder_pdf
from kundbok.services.reminders.overdue import get_reminder
from kundbok.services.reminders.settings import get_reminder_settings, save_reminder_settings

LINES = (LineDetails(description="Arbete", quantity=D(8), unit_price=D(1000), vat_rate=D(25)),)
DAY = dt.date(2026, 3, 3)


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _reminded(db, invoices=1, language="sv", email="ekonomi@akessons.se"):
    save_reminder_settings(
        db, replace(get_reminder_settings(db), reminder_fee=D(60), charge_compensation=True)
    )
    customer = create_customer(
        db,
        CustomerDetails(
            name="Åkessons Rör AB",
            payment_terms_days=30,
            language=language,
            email=email,
            invoice_by_email=True,
            addresses=(AddressDetails(street="Storgatan 1", postcode="90325", city="Umeå"),),
        ),
    )
    issued = []
    for _ in range(invoices):
        draft = save_draft(
            db, replace(new_draft(db, customer.id, dt.date(2026, 1, 2)), lines=LINES)
        )
        issued.append(issue_invoice(db, draft.id, dt.date(2026, 1, 2)))
    [made] = printed_reminders(db, [customer.id], DAY)
    return customer, issued, made.reminder_id


def test_the_pdf_lists_the_invoices_fee_compensation_interest_and_totals(db, company):
    _, [invoice], reminder_id = _reminded(db)
    text = _text(reminder_pdf(db, reminder_id))
    assert "Påminnelse" in text and "Åkessons Rör AB" in text
    assert str(invoice.number) in text and invoice.ocr in text
    assert "Påminnelseavgift" in text and "60,00" in text
    assert "Förseningsersättning" in text and "450,00" in text
    assert "Dröjsmålsränta t.o.m. 2026-03-03" in text and "82,19" in text
    assert "Total skuld" in text and "10\xa0592,19" in text.replace(" ", "\xa0")
    assert "Att betala senast 2026-03-13" in text
    assert "5050-1055" in text  # the slip with the company's bankgiro


def test_several_invoices_are_each_paid_with_their_own_ocr(db, company):
    _, issued, reminder_id = _reminded(db, invoices=2)
    reminder = get_reminder(db, reminder_id)
    assert reminder.ocr == "" and reminder.compensation_total == D(900)
    text = _text(reminder_pdf(db, reminder_id))
    assert all(invoice.ocr in text for invoice in issued)
    assert "Betala varje faktura med dess eget OCR-nummer." in text


def test_an_english_customer_gets_an_english_reminder(db, company):
    _, _, reminder_id = _reminded(db, language="en")
    text = _text(reminder_pdf(db, reminder_id))
    assert "Reminder" in text and "Reminder fee" in text and "Total owed" in text


@pytest.fixture
def mailbox():
    return MailboxHandler()


@pytest.fixture
def server(mailbox):
    with running_smtp_server(mailbox) as running:
        yield running


def _mail_server(db, port):
    use_test_server(db, port, sender_name="Rörmokarn")


def test_a_reminder_is_e_mailed_with_its_pdf_and_recorded(db, company, server, mailbox):
    customer, [invoice], reminder_id = _reminded(db)
    _mail_server(db, server.port)
    [outcome] = send_reminders(db, [reminder_id], None)
    assert outcome.sent and outcome.recipient == "ekonomi@akessons.se"
    message = mailbox.received[0].parsed()
    assert message["Subject"] == f"Påminnelse {reminder_id} från Rörmokarn i Umeå AB"
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == f"Påminnelse {reminder_id}.pdf"
    assert str(invoice.number) in _text(attachment.get_content())
    body = message.get_body(("plain",)).get_content()
    assert invoice.ocr in body and "10\xa0000,00 kr" in body
    assert get_reminder(db, reminder_id).sent_at is not None
    actions = [event.action for event in customer_history(db, customer.id)]
    assert EventAction.REMINDER_SENT in actions


def test_an_english_reminder_is_attached_as_reminder(db, company, server, mailbox):
    _, _, reminder_id = _reminded(db, language="en")
    _mail_server(db, server.port)
    send_reminders(db, [reminder_id], None)
    [attachment] = list(mailbox.received[0].parsed().iter_attachments())
    assert attachment.get_filename() == f"Reminder {reminder_id}.pdf"


def test_no_address_is_an_outcome_not_a_crash(db, company, server, mailbox):
    _, _, reminder_id = _reminded(db, email="")
    _mail_server(db, server.port)
    [outcome] = send_reminders(db, [reminder_id], None)
    assert not outcome.sent and mailbox.received == []
    assert get_reminder(db, reminder_id).sent_at is None


def test_a_raentefaktura_is_titled_so(db, company):
    from kundbok.services.payments.booking import register_payment
    from kundbok.services.pdf import invoice_pdf
    from kundbok.services.reminders.interest import create_interest_invoice

    _, [invoice], _ = _reminded(db)
    register_payment(db, invoice.id, D("10000.00"), DAY)
    interest = create_interest_invoice(db, invoice.id, DAY)
    text = _text(invoice_pdf(db, interest.id))
    assert "Räntefaktura" in text and "Dröjsmålsränta faktura" in text
    assert "Påminnelseavgift" in text and "Förseningsersättning faktura" in text


def test_a_refused_reminder_is_taken_back_and_an_earlier_one_kept(db, company):
    from kundbok.db.models import Invoice
    from kundbok.services.mail.reminders import send_new_reminders
    from kundbok.services.reminders.overdue import overdue_customers

    customer, [invoice], first = _reminded(db)  # a first reminder on DAY, kept
    mailbox = MailboxHandler(refused={"ekonomi@akessons.se"})
    later = dt.date(2026, 3, 20)
    with running_smtp_server(mailbox) as server:
        _mail_server(db, server.port)
        [result] = send_new_reminders(db, [customer.id], later, None)
    assert not result.outcome.sent and mailbox.received == []
    assert [r.customer_id for r in overdue_customers(db, later)] == [customer.id]
    with db.unit_of_work(write=False) as session:
        row = session.get(Invoice, invoice.id)
        assert (row.reminder_level, row.reminded_on) == (1, DAY)
    assert get_reminder(db, first).level == 1
    actions = [event.action for event in customer_history(db, customer.id)]
    assert actions.count(EventAction.REMINDED) == 1
    assert EventAction.REMINDER_SENT not in actions


def test_an_unreachable_server_makes_no_reminder(db, company):
    from helpers.smtp_server import free_port
    from kundbok.domain.errors import KundbokError
    from kundbok.services.mail.reminders import send_new_reminders
    from kundbok.services.reminders.overdue import overdue_customers

    customer, _, _ = _reminded(db)
    _mail_server(db, free_port())
    with pytest.raises(KundbokError):
        send_new_reminders(db, [customer.id], dt.date(2026, 3, 20), None)
    assert len(overdue_customers(db, dt.date(2026, 3, 20))) == 1
