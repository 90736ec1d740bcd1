"""A hundred invoices e-mailed to a local SMTP server (STARTTLS and login) within 10 s."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal

import pytest
from tests.helpers.benchmarking import assert_within

from helpers.smtp_server import (
    PASSWORD,
    USER,
    MailboxHandler,
    client_context,
    make_certificate,
    running_smtp_server,
    server_context,
)
from kundbok.services.mail.smtp import (
    InvoiceMail,
    Security,
    SmtpAccount,
    compose_invoice_message,
    send_messages,
)

INVOICES = 100
PDF_BYTES = 60_000  # a one-page invoice with its fonts embedded is about this size


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    return make_certificate(tmp_path_factory.mktemp("tls"))


def test_a_hundred_invoices_by_email(benchmark, certificate):
    cert_file, key_file = certificate
    pdf = b"%PDF-1.4\n" + os.urandom(PDF_BYTES)  # random: compresses no better than a real PDF
    invoices = [
        InvoiceMail(
            number=str(1000 + index),
            amount_due=Decimal("1250.00") + index,
            currency="SEK",
            due_date=dt.date(2026, 4, 1),
            ocr=f"{1000 + index}06",
            company="Åkessons Måleri AB",
            customer=f"Kund {index} Öberg",
            language="sv" if index % 3 else "en",
        )
        for index in range(INVOICES)
    ]
    mailbox = MailboxHandler()
    with running_smtp_server(
        mailbox, starttls=server_context(cert_file, key_file), auth=True
    ) as server:
        account = SmtpAccount(
            host="localhost",
            port=server.port,
            security=Security.STARTTLS,
            user=USER,
            sender_name="Åkessons Måleri AB",
            sender_address="faktura@akessons.se",
        )

        def compose_and_send():
            messages = [
                compose_invoice_message(account, invoice, f"kund{invoice.number}@example.se", pdf)
                for invoice in invoices
            ]
            return send_messages(account, PASSWORD, messages, context=client_context(cert_file))

        outcomes = benchmark.pedantic(compose_and_send, rounds=1, iterations=1)
    assert all(outcome.sent for outcome in outcomes)
    assert len(mailbox.received) == INVOICES
    assert_within(benchmark, 10, "max")
