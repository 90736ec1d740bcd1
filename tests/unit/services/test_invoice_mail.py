"""Invoices e-mailed through a real SMTP server on localhost, and recorded as sent."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from tests.helpers.shortcuts import new_draft

from helpers.smtp_server import (
    PASSWORD,
    USER,
    MailboxHandler,
    client_context,
    free_port,
    make_certificate,
    running_smtp_server,
    server_context,
)
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.events import EventAction
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.demo_data import create_demo_company
from kundbok.services.history import customer_history
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.mail.errors import (
    MailAuthenticationError,
    MailConnectionError,
    MailError,
    RecipientRefusedError,
)
from kundbok.services.mail.invoices import send_invoices, unsent_invoice_ids
from kundbok.services.mail.settings import save_smtp_account
from kundbok.services.mail.smtp import Security, SmtpAccount
from kundbok.services.settings import get_company, save_company

TODAY = dt.date(2026, 11, 23)
LINES = (LineDetails(description="Arbete", quantity=D(2), unit="tim", unit_price=D(650)),)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    return make_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def mailbox():
    return MailboxHandler()


@pytest.fixture
def server(mailbox):
    with running_smtp_server(mailbox) as running:
        yield running


def _customer(db, name, email="", by_email=True, language="sv"):
    return create_customer(
        db,
        CustomerDetails(
            name=name,
            email=email,
            invoice_by_email=by_email,
            language=language,
            addresses=(AddressDetails(street="Storgatan 1", postcode="70210", city="Örebro"),),
        ),
    )


def _issued(db, customer):
    create_demo_company(db)  # no invoice is issued without a complete seller
    draft = save_draft(db, replace(new_draft(db, customer.id, TODAY), lines=LINES))
    return issue_invoice(db, draft.id, TODAY)


def _set_up(db, port, **changes):
    save_company(db, replace(get_company(db), name="Rörfirman i Örebro AB"))
    account = SmtpAccount(
        host="127.0.0.1",
        port=port,
        security=Security.NONE,
        sender_name="Rörfirman i Örebro AB",
        sender_address="faktura@example.se",
    )
    save_smtp_account(db, replace(account, **changes))


@pytest.fixture
def marta(db):
    return _customer(db, "Märta Öberg", "marta@example.se")


def test_an_invoice_goes_with_its_pdf_and_is_recorded_as_sent(db, server, mailbox, marta):
    invoice = _issued(db, marta)
    _set_up(db, server.port)
    [outcome] = send_invoices(db, [invoice.id], None)
    assert outcome.sent and outcome.recipient == "marta@example.se"
    message = mailbox.received[0].parsed()
    assert message["Subject"] == f"Faktura {invoice.number} från Rörfirman i Örebro AB"
    assert message["To"].addresses[0].display_name == "Märta Öberg"
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == f"Faktura {invoice.number}.pdf"
    assert attachment.get_content().startswith(b"%PDF")
    assert "1\xa0625,00 kr" in message.get_body(("plain",)).get_content()
    sent = get_invoice(db, invoice.id)
    assert sent.sent_to == "marta@example.se" and sent.sent_at is not None
    events = [event.action for event in customer_history(db, marta.id)]
    assert EventAction.SENT in events
    assert unsent_invoice_ids(db) == []


def test_an_english_customer_gets_an_english_message(db, server, mailbox):
    invoice = _issued(db, _customer(db, "Smith Ltd", "ann@example.com", language="en"))
    _set_up(db, server.port)
    send_invoices(db, [invoice.id], None)
    message = mailbox.received[0].parsed()
    assert message["Subject"].startswith(f"Invoice {invoice.number} from")
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == f"Invoice {invoice.number}.pdf"


def test_unsent_are_issued_invoices_of_email_customers_only(db, marta):
    paper = _customer(db, "Pappers AB", "p@example.se", by_email=False)
    no_address = _customer(db, "Utan Adress AB")
    first, second = _issued(db, marta), _issued(db, marta)
    _issued(db, paper), _issued(db, no_address)
    save_draft(db, replace(new_draft(db, marta.id, TODAY), lines=LINES))
    assert unsent_invoice_ids(db) == [first.id, second.id]


def test_an_edited_recipient_is_used(db, server, mailbox, marta):
    invoice = _issued(db, marta)
    _set_up(db, server.port)
    send_invoices(db, [invoice.id], None, recipients={invoice.id: "ekonomi@example.se"})
    assert mailbox.received[0].rcpt_tos == ["ekonomi@example.se"]
    assert get_invoice(db, invoice.id).sent_to == "ekonomi@example.se"


def test_a_refused_recipient_leaves_the_invoice_unsent(db, server, mailbox, marta):
    other = _customer(db, "Olle", "olle@example.se")
    refused, accepted = _issued(db, marta), _issued(db, other)
    mailbox.refused.add("marta@example.se")
    _set_up(db, server.port)
    outcomes = send_invoices(db, [refused.id, accepted.id], None)
    assert isinstance(outcomes[0].error, RecipientRefusedError)
    assert outcomes[1].sent
    assert get_invoice(db, refused.id).sent_at is None
    assert unsent_invoice_ids(db) == [refused.id]


def test_a_customer_without_address_is_told_and_not_sent(db, server, mailbox):
    invoice = _issued(db, _customer(db, "Utan Adress AB"))
    _set_up(db, server.port)
    [outcome] = send_invoices(db, [invoice.id], None)
    assert not outcome.sent and "no e-mail" in str(outcome.error)
    assert mailbox.received == []


def test_no_mail_server_set_up_is_an_error_before_anything(db, marta):
    invoice = _issued(db, marta)
    with pytest.raises(MailConnectionError, match="No mail server is set up"):
        send_invoices(db, [invoice.id], None)


def test_an_unreachable_server_sends_and_records_nothing(db, marta):
    invoice = _issued(db, marta)
    _set_up(db, free_port())
    with pytest.raises(MailError):
        send_invoices(db, [invoice.id], None)
    assert get_invoice(db, invoice.id).sent_at is None


def test_starttls_and_login(db, certificate, mailbox, marta):
    cert_file, key_file = certificate
    invoice = _issued(db, marta)
    with running_smtp_server(
        mailbox, starttls=server_context(cert_file, key_file), auth=True
    ) as server:
        _set_up(db, server.port, host="localhost", security=Security.STARTTLS, user=USER)
        context = client_context(cert_file)
        with pytest.raises(MailAuthenticationError):
            send_invoices(db, [invoice.id], "fel", context=context)
        [outcome] = send_invoices(db, [invoice.id], PASSWORD, context=context)
    assert outcome.sent
    assert len(mailbox.received) == 1
