"""`kundbok send-invoices` against a real local SMTP server, set up with `kundbok settings`."""

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
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.mail.secrets import PASSWORD_VARIABLE

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


def test_send_invoices_without_a_mail_server_is_one_line(path, invoice, capsys):
    assert main(["--database", path, "send-invoices"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["kundbok: No mail server is set up."]


def test_send_invoices_to_an_unreachable_server_is_one_line(path, invoice, capsys):
    main(["--database", path, "settings", "smtp.host=127.0.0.1", f"smtp.port={free_port()}"])
    main(["--database", path, "settings", "smtp.security=none", "smtp.sender=f@example.se"])
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
                "settings",
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
