"""Quotes e-mailed through a real SMTP server on localhost: the PDF attached, the message in
the customer's language, the quote sent and in the customer's history."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

from helpers.smtp_server import MailboxHandler, running_smtp_server, use_test_server
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.events import EventAction
from kundbok.domain.invoice import LineDetails
from kundbok.domain.quote import QuoteStatus
from kundbok.services.customers import create_customer
from kundbok.services.history import customer_history
from kundbok.services.mail.quotes import send_quote
from kundbok.services.quote_queries import get_quote
from kundbok.services.quotes import save_quote, start_quote

TODAY = dt.date.today()
LINES = (LineDetails(description="Arbete", quantity=D(2), unit="tim", unit_price=D(650)),)


def _quote(db, email="marta@example.se", language="sv"):
    customer = create_customer(
        db, CustomerDetails(name="Märta Öberg", email=email, language=language)
    )
    start = start_quote(db, customer.id, TODAY)
    return save_quote(db, replace(start.quote, body=replace(start.quote.body, lines=LINES)))


def test_a_quote_goes_with_its_pdf_and_is_then_sent(db):
    quote = _quote(db)
    mailbox = MailboxHandler()
    with running_smtp_server(mailbox) as server:
        use_test_server(db, server.port)
        outcome = send_quote(db, quote.id, None)
    assert outcome.sent and outcome.recipient == "marta@example.se"
    message = mailbox.received[0].parsed()
    assert message["Subject"].startswith(f"Offert {quote.number} från")
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == f"Offert {quote.number}.pdf"
    assert attachment.get_content().startswith(b"%PDF")
    assert (TODAY + dt.timedelta(days=30)).isoformat() in message.get_body(("plain",)).get_content()
    sent = get_quote(db, quote.id)
    assert sent.status(TODAY) == QuoteStatus.SENT and sent.sent_to == "marta@example.se"
    assert EventAction.QUOTE_SENT in [e.action for e in customer_history(db, quote.customer_id)]


def test_a_quote_without_an_address_is_not_sent(db):
    quote = _quote(db, email="")
    mailbox = MailboxHandler()
    with running_smtp_server(mailbox) as server:
        use_test_server(db, server.port)
        outcome = send_quote(db, quote.id, None)
    assert not outcome.sent and mailbox.received == []
    assert get_quote(db, quote.id).status(TODAY) == QuoteStatus.DRAFT
