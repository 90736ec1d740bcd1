"""What can go wrong when sending e-mail, as errors a user can act on.

smtplib, ssl and socket each report in their own way; these functions turn their exceptions into
the few cases a user can do something about: the server is unreachable, too slow, the secure
connection fails, the login is refused, an address is refused. The password is never part of a
message.
"""

from __future__ import annotations

import base64
import smtplib
import ssl

from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError


class MailError(KundbokError):
    """Sending e-mail failed; the invoice stays unsent."""


class MailConnectionError(MailError):
    """The mail server cannot be reached, or it closed the connection."""


class MailTimeoutError(MailError):
    """The mail server did not answer in time."""


class MailSecurityError(MailError):
    """No secure connection (TLS or STARTTLS) could be set up."""


class MailAuthenticationError(MailError):
    """The login was refused, or a needed user name or password is missing."""


class RecipientRefusedError(MailError):
    """The server refused a recipient's address."""


class MessageRefusedError(MailError):
    """The server refused the sender or the message itself."""


class SendingCancelledError(MailError):
    """The user stopped the sending before this message."""


def _reply_text(reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    return " ".join(text.split())


def ensure_logged_in(connection: smtplib.SMTP, host: str, user: str, password: str | None) -> None:
    """Log in when a user name is set; refuse clearly when something is missing."""
    if not user:
        return
    if not password:
        raise MailAuthenticationError(
            QT_TRANSLATE_NOOP("messages", "No password is saved for {user} on {host}."),
            user=user,
            host=host,
        )
    if not connection.has_extn("auth"):
        raise MailAuthenticationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The mail server {host} offers no login here; choose STARTTLS or TLS, or "
                "leave the user name empty.",
            ),
            host=host,
        )
    try:
        if f"{user}{password}".isascii():
            connection.login(user, password)
        else:
            _login_utf8(connection, host, user, password)
    except smtplib.SMTPAuthenticationError:
        raise MailAuthenticationError(
            QT_TRANSLATE_NOOP(
                "messages", "The mail server {host} refused the user name {user} or its password."
            ),
            host=host,
            user=user,
        ) from None


def _login_utf8(connection: smtplib.SMTP, host: str, user: str, password: str) -> None:
    # smtplib sends credentials as ASCII only; AUTH PLAIN (RFC 4616) carries UTF-8, so a
    # password with å, ä or ö still works.
    if "PLAIN" not in connection.esmtp_features.get("auth", "").upper().split():
        raise MailAuthenticationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The mail server {host} cannot take a user name or password with letters "
                "outside A–Z.",
            ),
            host=host,
        )
    token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, reply = connection.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def opening_error(error: Exception, host: str, port: int) -> MailError:
    """The MailError for a failure while connecting, securing the connection or logging in."""
    # smtplib reports a reply that never came as a closed connection.
    if isinstance(error, TimeoutError) or isinstance(error.__context__, TimeoutError):
        return MailTimeoutError(
            QT_TRANSLATE_NOOP("messages", "The mail server {host} did not answer in time."),
            host=host,
        )
    if isinstance(error, ssl.SSLError):
        return MailSecurityError(
            QT_TRANSLATE_NOOP(
                "messages", "No secure connection to the mail server {host}: {reason}"
            ),
            host=host,
            reason=getattr(error, "verify_message", None) or error.reason or str(error),
        )
    if isinstance(error, smtplib.SMTPResponseException):
        reason = f"{error.smtp_code} {_reply_text(error.smtp_error)}"
    else:
        reason = str(error) or type(error).__name__
    return MailConnectionError(
        QT_TRANSLATE_NOOP(
            "messages", "The mail server {host} (port {port}) could not be reached: {reason}"
        ),
        host=host,
        port=port,
        reason=reason,
    )


def refused_recipient_error(
    refused: dict[str, tuple[int, bytes]], recipients: tuple[str, ...]
) -> RecipientRefusedError | None:
    """The error for the first main recipient the server refused, or None if it took them all."""
    for address in recipients:
        if address in refused:
            code, reply = refused[address]
            return RecipientRefusedError(
                QT_TRANSLATE_NOOP(
                    "messages", "The mail server refused the address {address}: {reason}"
                ),
                address=address,
                reason=f"{code} {_reply_text(reply)}",
            )
    return None


def message_error(error: Exception, host: str, port: int) -> tuple[MailError, bool]:
    """The MailError for one message that failed, and whether the connection is lost with it."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        recipients = tuple(error.recipients)
        refused = refused_recipient_error(error.recipients, recipients)
        assert refused is not None  # every recipient was refused
        return refused, False
    if isinstance(error, smtplib.SMTPSenderRefused):
        return MessageRefusedError(
            QT_TRANSLATE_NOOP(
                "messages", "The mail server refused the sender address {address}: {reason}"
            ),
            address=str(error.sender),
            reason=f"{error.smtp_code} {_reply_text(error.smtp_error)}",
        ), False
    if isinstance(error, smtplib.SMTPServerDisconnected | OSError):
        return opening_error(error, host, port), True
    if isinstance(error, smtplib.SMTPResponseException):
        return MessageRefusedError(
            QT_TRANSLATE_NOOP("messages", "The mail server refused the message: {reason}"),
            reason=f"{error.smtp_code} {_reply_text(error.smtp_error)}",
        ), False
    if isinstance(error, smtplib.SMTPException):
        return opening_error(error, host, port), True
    raise error
