"""The mail server account stored with the company settings."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kundbok.domain.errors import ValidationError
from kundbok.services.mail.settings import get_smtp_account, save_smtp_account
from kundbok.services.mail.smtp import Security, SmtpAccount
from kundbok.services.settings import get_company, save_company

ACCOUNT = SmtpAccount(
    host=" smtp.example.se ",
    port=465,
    security=Security.TLS,
    user="faktura@example.se",
    sender_name="Rörfirman  AB",
    sender_address="faktura@example.se",
    reply_to="info@example.se",
    copy_to_sender=True,
)


def test_a_new_register_has_no_mail_server(db):
    account = get_smtp_account(db)
    assert account.host == ""
    assert (account.port, account.security) == (587, Security.STARTTLS)


def test_the_account_is_saved_trimmed_and_read_back(db):
    saved = save_smtp_account(db, ACCOUNT)
    assert get_smtp_account(db) == saved
    assert (saved.host, saved.sender_name) == ("smtp.example.se", "Rörfirman AB")
    assert saved.security is Security.TLS and saved.copy_to_sender


def test_saving_the_account_does_not_conflict_with_an_open_company_page(db):
    company = get_company(db)
    save_smtp_account(db, ACCOUNT)
    assert save_company(db, replace(company, name="Rörfirman AB")).name == "Rörfirman AB"
    assert get_smtp_account(db).host == "smtp.example.se"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"port": 0}, "smtp_port"),
        ({"port": 70000}, "smtp_port"),
        ({"sender_address": "faktura"}, "email"),
        ({"reply_to": "a@"}, "email"),
        ({"host": "smtp example.se"}, "smtp_host"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_saved(db, changes, field):
    with pytest.raises(ValidationError) as raised:
        save_smtp_account(db, replace(ACCOUNT, **changes))
    assert raised.value.field == field
    assert get_smtp_account(db).host == ""
