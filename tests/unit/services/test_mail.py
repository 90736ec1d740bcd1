"""Invoices by e-mail, sent to a real SMTP server on localhost and read back with `email`."""

from __future__ import annotations

import datetime as dt
import socket
from dataclasses import replace
from decimal import Decimal
from email.utils import parsedate_to_datetime

import pytest

from helpers.smtp_server import (
    PASSWORD,
    USER,
    MailboxHandler,
    client_context,
    make_certificate,
    running_smtp_server,
    server_context,
)
from kundbok.domain.errors import ValidationError
from kundbok.services.mail.errors import (
    MailAuthenticationError,
    MailConnectionError,
    MailSecurityError,
    MailTimeoutError,
    RecipientRefusedError,
    SendingCancelledError,
)
from kundbok.services.mail.smtp import (
    InvoiceMail,
    MessageTemplate,
    Security,
    SmtpAccount,
    check_connection,
    compose_invoice_message,
    send_messages,
)

PDF = b"%PDF-1.4\n% not a real invoice, but bytes to carry\n%%EOF\n"
ACCOUNT = SmtpAccount(
    host="127.0.0.1",
    port=25,
    security=Security.NONE,
    sender_name="Åkessons Måleri AB",
    sender_address="faktura@akessons.se",
    reply_to="ekonomi@akessons.se",
)
INVOICE = InvoiceMail(
    number="1042",
    amount_due=Decimal("12500.50"),
    currency="SEK",
    due_date=dt.date(2026, 4, 1),
    ocr="104204",
    company="Åkessons Måleri AB",
    customer="Märta Öberg",
    language="sv",
)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    return make_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def mailbox():
    return MailboxHandler()


@pytest.fixture
def plain_server(mailbox):
    with running_smtp_server(mailbox) as server:
        yield server


def on(server, **changes) -> SmtpAccount:
    return replace(ACCOUNT, port=server.port, **changes)


def message_to(recipient: str = "marta@example.se", invoice: InvoiceMail = INVOICE, **changes):
    return compose_invoice_message(replace(ACCOUNT, **changes), invoice, recipient, PDF)


def test_swedish_message_has_its_headers_body_and_attachment(plain_server, mailbox):
    sent = message_to()
    outcomes = send_messages(on(plain_server), None, [sent])
    assert [outcome.sent for outcome in outcomes] == [True]
    assert outcomes[0].recipients == ("marta@example.se",)

    (received,) = mailbox.received
    assert received.rcpt_tos == ["marta@example.se"]
    message = received.parsed()
    assert message["Subject"] == "Faktura 1042 från Åkessons Måleri AB"
    assert message["From"].addresses[0].display_name == "Åkessons Måleri AB"
    assert message["From"].addresses[0].addr_spec == "faktura@akessons.se"
    assert message["To"].addresses[0].display_name == "Märta Öberg"
    assert message["Reply-To"].addresses[0].addr_spec == "ekonomi@akessons.se"
    assert message["Message-ID"] == sent["Message-ID"]
    assert message["Message-ID"].endswith("@akessons.se>")
    assert parsedate_to_datetime(message["Date"]).tzinfo is not None
    assert message["Bcc"] is None
    # Non-ASCII names travel as encoded words: the raw headers are plain ASCII.
    raw_headers = received.content.split(b"\r\n\r\n", 1)[0]
    assert raw_headers.isascii()

    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    assert "Hej Märta Öberg!" in text
    assert "Att betala: 12\u00a0500,50 kr" in text
    assert "Förfallodag: 2026-04-01" in text
    assert "OCR-nummer: 104204" in text
    (attachment,) = message.iter_attachments()
    assert attachment.get_filename() == "Faktura 1042.pdf"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == PDF


def test_english_message_for_an_english_customer():
    invoice = replace(INVOICE, language="en", currency="EUR", customer="Jane Doe")
    message = message_to(invoice=invoice)
    assert message["Subject"] == "Invoice 1042 from Åkessons Måleri AB"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    assert "Amount due: 12,500.50 EUR" in body.get_content()
    assert [part.get_filename() for part in message.iter_attachments()] == ["Invoice 1042.pdf"]


def test_own_template_with_every_placeholder():
    template = MessageTemplate(
        subject="{number}|{amount}|{due_date}",
        body="{ocr}|{company}|{customer}",
    )
    message = compose_invoice_message(ACCOUNT, INVOICE, "marta@example.se", PDF, template)
    assert message["Subject"] == "1042|12\u00a0500,50 kr|2026-04-01"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    assert body.get_content().strip() == "104204|Åkessons Måleri AB|Märta Öberg"


@pytest.mark.parametrize("subject", ["Faktura {nummer}", "Faktura {number", "{0}"])
def test_unknown_placeholder_is_refused(subject):
    template = MessageTemplate(subject=subject, body="")
    with pytest.raises(ValidationError, match="placeholder"):
        compose_invoice_message(ACCOUNT, INVOICE, "marta@example.se", PDF, template)


@pytest.mark.parametrize(
    "recipient",
    [
        "",
        "marta",
        "marta@example",
        "marta@example.se\r\nBcc: x@y.se",
        "a b@c.se",
        "a@b@c.se",
        "a,b@c.se",
        "åsa@example.se",
    ],
)
def test_bad_recipient_is_refused_before_sending(recipient):
    with pytest.raises(ValidationError):
        message_to(recipient)


def test_domain_with_swedish_letters_is_sent_in_its_idna_form(plain_server, mailbox):
    message = message_to("kund@måleri.se")
    assert message["To"].addresses[0].domain == "xn--mleri-mra.se"
    assert send_messages(on(plain_server), None, [message])[0].sent
    assert mailbox.received[0].rcpt_tos == ["kund@xn--mleri-mra.se"]


def test_copy_to_sender_goes_as_blind_copy(plain_server, mailbox):
    [outcome] = send_messages(on(plain_server), None, [message_to(copy_to_sender=True)])
    assert outcome.sent
    (received,) = mailbox.received
    assert sorted(received.rcpt_tos) == ["faktura@akessons.se", "marta@example.se"]
    assert received.parsed()["Bcc"] is None


def test_starttls_with_login(certificate, mailbox):
    cert_file, key_file = certificate
    with running_smtp_server(
        mailbox, starttls=server_context(cert_file, key_file), auth=True
    ) as server:
        account = on(server, host="localhost", security=Security.STARTTLS, user=USER)
        outcomes = send_messages(
            account, PASSWORD, [message_to()], context=client_context(cert_file)
        )
    assert [outcome.error for outcome in outcomes] == [None]
    assert mailbox.received[0].parsed()["Subject"] == "Faktura 1042 från Åkessons Måleri AB"


# aiosmtpd counts only STARTTLS as TLS in this warning; here the whole connection is TLS.
@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_implicit_tls_with_login(certificate, mailbox):
    cert_file, key_file = certificate
    with running_smtp_server(
        mailbox, implicit_tls=server_context(cert_file, key_file), auth=True
    ) as server:
        account = on(server, host="localhost", security=Security.TLS, user=USER)
        outcomes = send_messages(
            account, PASSWORD, [message_to()], context=client_context(cert_file)
        )
    assert outcomes[0].sent
    assert len(mailbox.received) == 1


def test_untrusted_certificate_is_a_security_error(certificate, mailbox):
    with running_smtp_server(mailbox, starttls=server_context(*certificate)) as server:
        account = on(server, host="localhost", security=Security.STARTTLS)
        with pytest.raises(MailSecurityError, match="localhost"):
            send_messages(account, None, [message_to()])
    assert mailbox.received == []


def test_server_without_starttls_is_a_security_error(plain_server, mailbox):
    with pytest.raises(MailSecurityError, match="STARTTLS"):
        send_messages(on(plain_server, security=Security.STARTTLS), None, [message_to()])
    assert mailbox.received == []


@pytest.mark.parametrize("wrong", ["fel-lösenord", "wrong-password"], ids=["utf8", "ascii"])
def test_wrong_password_is_refused_and_not_shown(certificate, mailbox, wrong):
    cert_file, key_file = certificate
    with running_smtp_server(
        mailbox, starttls=server_context(cert_file, key_file), auth=True
    ) as server:
        account = on(server, host="localhost", security=Security.STARTTLS, user=USER)
        with pytest.raises(MailAuthenticationError) as refused:
            send_messages(account, wrong, [message_to()], context=client_context(cert_file))
    assert USER in str(refused.value)
    assert wrong not in str(refused.value)
    assert mailbox.received == []


def test_user_without_password_is_refused_before_login(plain_server):
    with pytest.raises(MailAuthenticationError, match="No password"):
        send_messages(on(plain_server, user=USER), None, [message_to()])


def test_refused_recipient_fails_only_its_own_message(mailbox):
    mailbox.refused.add("finns.inte@example.se")
    messages = [
        message_to("a@example.se"),
        message_to("finns.inte@example.se"),
        message_to("b@example.se"),
    ]
    with running_smtp_server(mailbox) as server:
        outcomes = send_messages(on(server), None, messages)
    assert [outcome.sent for outcome in outcomes] == [True, False, True]
    assert isinstance(outcomes[1].error, RecipientRefusedError)
    assert "finns.inte@example.se" in str(outcomes[1].error)
    assert "550" in str(outcomes[1].error)
    assert [received.rcpt_tos for received in mailbox.received] == [
        ["a@example.se"],
        ["b@example.se"],
    ]


def test_refused_copy_alone_still_sends_to_the_customer(mailbox):
    mailbox.refused.add("faktura@akessons.se")
    with running_smtp_server(mailbox) as server:
        [outcome] = send_messages(on(server), None, [message_to(copy_to_sender=True)])
    assert outcome.sent
    assert outcome.refused_copies == ("faktura@akessons.se",)


def test_progress_is_reported_and_can_stop_the_batch(plain_server, mailbox):
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 2

    outcomes = send_messages(on(plain_server), None, [message_to() for _ in range(4)], progress)
    assert seen == [(1, 4), (2, 4)]
    assert [outcome.sent for outcome in outcomes] == [True, True, False, False]
    assert isinstance(outcomes[2].error, SendingCancelledError)
    assert len(mailbox.received) == 2


def test_nobody_listening_is_a_connection_error():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(MailConnectionError, match=str(port)):
        send_messages(replace(ACCOUNT, port=port), None, [message_to()])


def test_silent_server_is_a_timeout():
    with socket.socket() as silent:  # accepts connections but never greets
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        account = replace(ACCOUNT, port=silent.getsockname()[1], timeout_seconds=0.3)
        with pytest.raises(MailTimeoutError):
            send_messages(account, None, [message_to()])


def test_check_connection_logs_in_and_leaves(certificate, mailbox):
    cert_file, key_file = certificate
    with running_smtp_server(
        mailbox, starttls=server_context(cert_file, key_file), auth=True
    ) as server:
        account = on(server, host="localhost", security=Security.STARTTLS, user=USER)
        check_connection(account, PASSWORD, context=client_context(cert_file))
        with pytest.raises(MailAuthenticationError):
            check_connection(account, "wrong", context=client_context(cert_file))
    assert mailbox.received == []


def test_nothing_to_send_needs_no_server():
    assert send_messages(replace(ACCOUNT, port=1), None, []) == []


def test_no_host_is_a_clear_error():
    with pytest.raises(MailConnectionError, match="No mail server"):
        send_messages(replace(ACCOUNT, host=" "), None, [message_to()])
