"""kundbok statement: the PDF (read back by pdftotext) or e-mailed through a real local SMTP
server, recorded in the history; bad input one line on stderr, exit 2."""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import replace
from decimal import Decimal as D

import pytest
from tests.helpers.shortcuts import new_draft

from helpers.smtp_server import MailboxHandler, running_smtp_server, use_test_server
from kundbok.cli import main
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.history import customer_history
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.payments.booking import register_payment

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def customer(db):
    """Customer 1, in English, owing 750 of a 1 000 kr invoice of 2 March 2026."""
    created = create_customer(
        db,
        CustomerDetails(
            name="Ek Consulting Ltd",
            language="en",
            email="accounts@ek.example",
            addresses=(AddressDetails(street="Storgatan 1", postcode="11122", city="Stockholm"),),
        ),
    )
    draft = replace(
        new_draft(db, created.id, DAY), lines=(LineDetails(description="Work", unit_price=D(800)),)
    )
    invoice = issue_invoice(db, save_draft(db, draft).id, DAY)
    register_payment(db, invoice.id, D(250), DAY + dt.timedelta(days=3))
    return created


def _text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


def test_the_statement_as_pdf(db, customer, tmp_path, capsys):
    path = tmp_path / "kontoutdrag.pdf"
    database = str(tmp_path / "test.sqlite3")
    code = main(["--database", database, "statement", "1", "--from", "2026-01-01",
                 "--to", "2026-12-31", str(path)])  # fmt: skip
    assert code == 0
    assert capsys.readouterr().out.strip() == f"{path}: balance 750,00 on 2026-12-31"
    text = _text(path)
    assert "Statement of account" in text and "Ek Consulting Ltd" in text
    assert "Balance brought forward 2026-01-01" in text
    assert "Invoice 1" in text and "Payment, invoice 1 (transfer)" in text
    assert "Open items on 2026-12-31" in text and "750.00" in text


def test_the_statement_by_e_mail(db, customer, tmp_path, capsys):
    mailbox = MailboxHandler()
    with running_smtp_server(mailbox) as server:
        use_test_server(db, server.port)
        code = main(["--database", str(tmp_path / "test.sqlite3"), "statement", "1", "--send"])
    assert code == 0
    assert capsys.readouterr().out.strip() == "statement sent to accounts@ek.example"
    message = mailbox.received[0].parsed()
    assert message["Subject"].startswith("Statement of account from ")
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "Statement 1.pdf"
    assert "Balance: 750.00 SEK" in message.get_body(("plain",)).get_content()
    assert "statement sent" in [event.action for event in customer_history(db, customer.id)]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["statement", "1"], "OUT.pdf or --send"),
        (["statement", "1", "a.pdf", "--send"], "OUT.pdf or --send"),
        (["statement", "9", "a.pdf"], "no customer number 9"),
        (["statement", "1", "a.txt"], "must end in .pdf"),
        (["statement", "1", "--from", "2026-05-01", "--to", "2026-04-30", "a.pdf"], "before"),
        (["statement", "1", "--to", "1 maj", "a.pdf"], "not a date"),
        (["statement", "1", "--send"], "No mail server"),
    ],
)
def test_bad_input_is_one_line(db, customer, tmp_path, capsys, arguments, message):
    database = str(tmp_path / "test.sqlite3")
    assert main(["--database", database, *arguments]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kundbok: ") and len(err.strip().splitlines()) == 1
    assert message in err
    assert not (tmp_path / "a.pdf").exists()
