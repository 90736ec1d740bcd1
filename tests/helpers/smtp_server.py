"""A real SMTP server on localhost (aiosmtpd) for the e-mail tests, and a throwaway certificate."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import signal
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

USER = "faktura@example.se"
PASSWORD = "rätt lösenord"


@dataclass
class Received:
    """One message as the server got it."""

    mail_from: str
    rcpt_tos: list[str]
    content: bytes

    def parsed(self) -> EmailMessage:
        message = BytesParser(policy=policy.default).parsebytes(self.content)
        assert isinstance(message, EmailMessage)
        return message


@dataclass
class MailboxHandler:
    """Keeps every message; refuses the addresses in `refused` at RCPT TO."""

    refused: set[str] = field(default_factory=set)
    received: list[Received] = field(default_factory=list)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refused:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.received.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content))
        )
        return "250 Message accepted for delivery"


@dataclass
class KillingHandler(MailboxHandler):
    """A mailbox that kills the sending process (SIGKILL, as a crash or `kill -9`) when message
    number `kill_at` arrives, before answering it: that message is not taken, those before it
    were. Set `victim` to the process id once it is known; 0 kills nothing."""

    kill_at: int = 0
    victim: int = 0

    async def handle_DATA(self, server, session, envelope):
        if self.victim and len(self.received) + 1 == self.kill_at:
            os.kill(self.victim, signal.SIGKILL)
            self.victim = 0
            return "451 4.3.0 Try again later"
        return await super().handle_DATA(server, session, envelope)


def check_login(server, session, envelope, mechanism, auth_data) -> AuthResult:
    accepted = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login.decode() == USER
        and auth_data.password.decode() == PASSWORD
    )
    # handled=False: the server answers 535 itself when the login is refused.
    return AuthResult(success=accepted, handled=False)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for localhost and 127.0.0.1: (certificate file, key file)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "localhost.pem", folder / "localhost.key"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def server_context(cert_file: Path, key_file: Path) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context


def client_context(cert_file: Path) -> ssl.SSLContext:
    """A client context that trusts the throwaway certificate (and checks the host name)."""
    return ssl.create_default_context(cafile=str(cert_file))


@contextmanager
def running_smtp_server(
    handler: MailboxHandler,
    *,
    starttls: ssl.SSLContext | None = None,
    implicit_tls: ssl.SSLContext | None = None,
    auth: bool = False,
) -> Iterator[Controller]:
    """An SMTP server on 127.0.0.1 for the duration of the block; `.port` is its port."""
    kwargs: dict[str, object] = {}
    if starttls is not None:
        kwargs.update(tls_context=starttls, require_starttls=True)
    if implicit_tls is not None:
        # aiosmtpd counts only STARTTLS as TLS when it decides to offer AUTH.
        kwargs.update(ssl_context=implicit_tls, server_hostname="localhost", auth_require_tls=False)
    if auth:
        kwargs.update(authenticator=check_login, auth_required=True)
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), **kwargs)
    controller.start()
    try:
        yield controller
    finally:
        controller.stop()


def use_test_server(db, port: int, **changes) -> None:
    """Have the register send through the test server on `port`: plain SMTP, no login."""
    from kundbok.services.mail.settings import save_smtp_account
    from kundbok.services.mail.smtp import Security, SmtpAccount

    account = SmtpAccount(
        host="127.0.0.1", port=port, security=Security.NONE, sender_address="faktura@example.se"
    )
    save_smtp_account(db, replace(account, **changes))
