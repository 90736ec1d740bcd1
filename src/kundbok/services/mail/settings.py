"""The company's mail server, kept on the company row beside the other settings.

Apart from `services.settings` so the mail account can be read and saved on its own (the settings
dialog's e-mail page, `kundbok settings smtp.…`); the password is never here but in `secrets`.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import update

from kundbok.db.models import Company
from kundbok.db.session import Database
from kundbok.domain import identifiers
from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kundbok.domain.limits import EMAIL, NAME, WEBSITE, check_length
from kundbok.services.mail.smtp import Security, SmtpAccount
from kundbok.services.settings import COMPANY_ID, company_row


def get_smtp_account(db: Database) -> SmtpAccount:
    """The mail server and sender invoices are sent with (host "" when none is set up)."""
    with db.unit_of_work() as session:
        company = company_row(session)
        account = SmtpAccount(
            host=company.smtp_host,
            port=company.smtp_port,
            security=Security(company.smtp_security),
            user=company.smtp_user,
            sender_name=company.smtp_sender_name,
            sender_address=company.smtp_sender_address,
            reply_to=company.smtp_reply_to,
            copy_to_sender=company.smtp_copy_to_sender,
        )
        session.commit()
        return account


def checked_account(account: SmtpAccount) -> SmtpAccount:
    """The account with its texts trimmed; a ValidationError names the first bad value."""
    if not 1 <= account.port <= 65535:
        raise ValidationError(
            "smtp_port",
            QT_TRANSLATE_NOOP("messages", "A port is a number from 1 to 65535."),
        )
    checked = replace(
        account,
        host=account.host.strip(),
        user=account.user.strip(),
        sender_name=" ".join(account.sender_name.split()),
        sender_address=identifiers.normalize_email(account.sender_address) or "",
        reply_to=identifiers.normalize_email(account.reply_to) or "",
        security=Security(account.security),
    )
    if any(c.isspace() for c in checked.host):
        raise ValidationError(
            "smtp_host",
            QT_TRANSLATE_NOOP("messages", "'{host}' is not a server name."),
            host=checked.host,
        )
    check_length("smtp_host", checked.host, WEBSITE)
    check_length("smtp_user", checked.user, EMAIL)
    check_length("smtp_sender_name", checked.sender_name, NAME)
    check_length("smtp_sender_address", checked.sender_address, EMAIL)
    check_length("smtp_reply_to", checked.reply_to, EMAIL)
    return checked


def save_smtp_account(db: Database, account: SmtpAccount) -> SmtpAccount:
    """Check and save the mail server and sender; returns what was saved."""
    account = checked_account(account)
    with db.unit_of_work() as session:
        company_row(session)  # a clear message when the database is not Kundbok's
        # A plain UPDATE that leaves the row's version alone: the mail account is not part of
        # what the company page of an open settings dialog would overwrite.
        session.execute(
            update(Company)
            .where(Company.id == COMPANY_ID)
            .values(
                smtp_host=account.host,
                smtp_port=account.port,
                smtp_security=account.security.value,
                smtp_user=account.user,
                smtp_sender_name=account.sender_name,
                smtp_sender_address=account.sender_address,
                smtp_reply_to=account.reply_to,
                smtp_copy_to_sender=account.copy_to_sender,
            )
            .execution_options(synchronize_session=False)
        )
        session.commit()
    return account
