"""`kundbok send-invoices` and `kundbok smtp-settings` against a real local SMTP server."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest

from helpers.smtp_server import (
    PASSWORD,
    USER,
    MailboxHandler,
    free_port,
    make_certificate,
    running_smtp_server,
    server_context,
)
from kundbok.cli import main
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.demo_data import create_demo_company
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import issue_invoice, new_draft, save_draft
from kundbok.services.mail.secrets import PASSWORD_VARIABLE
from kundbok.services.mail.settings import get_smtp_account
from kundbok.services.mail.smtp import Security

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def path(db, tmp_path):
    return str(tmp_path / "test.sqlite3")


@pytest.fixture
def invoice(db):
    create_demo_company(db)  # no invoice is issued without a complete seller
    customer = create_customer(
        db,
        CustomerDetails(
            name="Märta Öberg",
            email="marta@example.se",
            invoice_by_email=True,
            addresses=(AddressDetails(street="Storgatan 1", postcode="70210", city="Örebro"),),
        ),
    )
    lines = (LineDetails(description="Arbete", unit_price=D(650)),)
    draft = save_draft(db, replace(new_draft(db, customer.id, TODAY), lines=lines))
    return issue_invoice(db, draft.id, TODAY)


def test_settings_are_set_and_printed(path, db, capsys):
    assert (
        main(
            [
                "--database",
                path,
                "smtp-settings",
                "smtp.host=smtp.example.se",
                "smtp.port=465",
                "smtp.security=tls",
                "smtp.sender=faktura@example.se",
                "smtp.sender_name=Rörfirman AB",
                "smtp.copy_to_me=yes",
            ]
        )
        == 0
    )
    account = get_smtp_account(db)
    assert (account.host, account.port, account.security) == ("smtp.example.se", 465, Security.TLS)
    assert account.copy_to_sender and account.sender_name == "Rörfirman AB"
    capsys.readouterr()
    assert main(["--database", path, "smtp-settings"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "smtp.host=smtp.example.se" in out and "smtp.copy_to_me=yes" in out


@pytest.mark.parametrize(
    "assignment",
    ["smtp.colour=red", "smtp.port=many", "smtp.security=ssl", "smtp.copy_to_me=maybe",
     "smtp.sender=faktura", "smtp.port=0", "smtp.host"],
)  # fmt: skip
def test_a_bad_key_or_value_changes_nothing(path, db, capsys, assignment):
    code = main(["--database", path, "smtp-settings", "smtp.host=smtp.example.se", assignment])
    assert code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert get_smtp_account(db).host == ""


def test_send_invoices_without_a_mail_server_is_one_line(path, invoice, capsys):
    assert main(["--database", path, "send-invoices"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["kundbok: No mail server is set up."]


def test_send_invoices_to_an_unreachable_server_is_one_line(path, invoice, capsys):
    main(["--database", path, "smtp-settings", "smtp.host=127.0.0.1", f"smtp.port={free_port()}"])
    main(["--database", path, "smtp-settings", "smtp.security=none", "smtp.sender=f@example.se"])
    capsys.readouterr()
    assert main(["--database", path, "send-invoices"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert get_invoice_sent(path, invoice) is None


def get_invoice_sent(path, invoice):
    from kundbok.db.migrate import open_database

    database = open_database(path)
    try:
        return get_invoice(database, invoice.id).sent_at
    finally:
        database.dispose()


def test_send_unsent_invoices_with_the_password_from_the_environment(
    path, invoice, capsys, monkeypatch, tmp_path
):
    monkeypatch.setenv(PASSWORD_VARIABLE, PASSWORD)
    cert_file, key_file = make_certificate(tmp_path)
    # The system's trusted certificates, as the command uses them, are the throwaway one here.
    monkeypatch.setenv("SSL_CERT_FILE", str(cert_file))
    mailbox = MailboxHandler()
    starttls = server_context(cert_file, key_file)
    with running_smtp_server(mailbox, starttls=starttls, auth=True) as server:
        main(
            [
                "--database",
                path,
                "smtp-settings",
                "smtp.host=localhost",
                f"smtp.port={server.port}",
                "smtp.security=starttls",
                f"smtp.user={USER}",
                "smtp.sender=faktura@example.se",
            ]
        )
        capsys.readouterr()
        assert main(["--database", path, "send-invoices"]) == 0
        assert capsys.readouterr().out.splitlines() == [
            f"{invoice.number}: sent to marta@example.se"
        ]
        assert main(["--database", path, "send-invoices"]) == 0
        assert capsys.readouterr().out.strip() == "no unsent e-mail invoices"
    assert len(mailbox.received) == 1
    assert get_invoice_sent(path, invoice) is not None
