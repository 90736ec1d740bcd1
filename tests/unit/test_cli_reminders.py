"""`kundbok reminders` (list, --output, --send) and `kundbok interest-invoice`."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from pypdf import PdfReader
from tests.helpers.shortcuts import new_draft

from helpers.smtp_server import MailboxHandler, running_smtp_server, use_test_server
from kundbok.cli import main
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.payments.booking import register_payment
from kundbok.services.reminders.interest import late_payments
from kundbok.services.reminders.overdue import overdue_customers
from kundbok.services.reminders.settings import get_reminder_settings, save_reminder_settings

LINES = (LineDetails(description="Arbete", quantity=D(8), unit_price=D(1000), vat_rate=D(25)),)
ISSUED = dt.date(2026, 1, 2)


@pytest.fixture
def path(db, tmp_path):
    return str(tmp_path / "test.sqlite3")


def _issue(db, customer):
    draft = save_draft(db, replace(new_draft(db, customer.id, ISSUED), lines=LINES))
    return issue_invoice(db, draft.id, ISSUED)


@pytest.fixture
def overdue(db):
    """Two customers with an overdue invoice each: one by e-mail, one on paper."""
    save_reminder_settings(db, replace(get_reminder_settings(db), reminder_fee=D(50)))
    mail = create_customer(
        db,
        CustomerDetails(
            name="Åkessons Rör AB",
            payment_terms_days=30,
            email="ekonomi@akessons.se",
            invoice_by_email=True,
        ),
    )
    paper = create_customer(db, CustomerDetails(name="Öbergs Café", payment_terms_days=30))
    return _issue(db, mail), _issue(db, paper)


def test_without_options_lists_one_line_per_customer_and_records_nothing(path, db, overdue, capsys):
    assert main(["--database", path, "reminders", "--date", "2026-03-03"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("1 Åkessons Rör AB: invoices 1;") and "fee 50.00" in lines[0]
    assert "(e-mail)" in lines[0] and "(paper)" in lines[1]
    assert len(overdue_customers(db, dt.date(2026, 3, 3))) == 2


def test_output_writes_the_pdfs_and_records_the_reminders(path, db, overdue, tmp_path, capsys):
    out = tmp_path / "ut"
    out.mkdir()
    args = ["--database", path, "reminders", "--date", "2026-03-03", "--output", str(out)]
    assert main(args) == 0
    written = sorted(p.name for p in out.iterdir())
    assert written == ["Påminnelse 1.pdf", "Påminnelse 2.pdf"]
    text = PdfReader(out / "Påminnelse 1.pdf").pages[0].extract_text()
    assert "Påminnelse" in text and overdue[0].ocr in text
    assert overdue_customers(db, dt.date(2026, 3, 3)) == []
    capsys.readouterr()
    assert main(args) == 0
    assert "nothing to remind on 2026-03-03" in capsys.readouterr().out


def test_output_to_a_missing_folder_is_one_line_and_records_nothing(
    path, db, overdue, tmp_path, capsys
):
    missing = str(tmp_path / "finns-inte")
    assert main(["--database", path, "reminders", "--output", missing, "--date", "2026-03-03"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert len(overdue_customers(db, dt.date(2026, 3, 3))) == 2


def test_send_without_a_mail_server_records_nothing(path, db, overdue, capsys):
    assert main(["--database", path, "reminders", "--send", "--date", "2026-03-03"]) == 2
    assert "mail server" in capsys.readouterr().err
    assert len(overdue_customers(db, dt.date(2026, 3, 3))) == 2


def test_send_e_mails_the_e_mail_customers(path, db, overdue, capsys):
    mailbox = MailboxHandler()
    with running_smtp_server(mailbox) as server:
        use_test_server(db, server.port)
        assert main(["--database", path, "reminders", "--send", "--date", "2026-03-03"]) == 0
    out = capsys.readouterr().out
    assert "sent to ekonomi@akessons.se" in out and "use --output" in out
    assert [m.rcpt_tos for m in mailbox.received] == [["ekonomi@akessons.se"]]
    # The paper customer is still to be reminded; the e-mail one is done for the day.
    [left] = overdue_customers(db, dt.date(2026, 3, 3))
    assert left.customer_name == "Öbergs Café"


def test_interest_invoice(path, db, overdue, capsys):
    late, _ = overdue
    register_payment(db, late.id, D("10000.00"), dt.date(2026, 3, 3))
    assert len(late_payments(db)) == 1
    args = ["--database", path, "interest-invoice", str(late.number), "--date", "2026-03-04"]
    assert main(args) == 0
    assert capsys.readouterr().out.strip() == "interest invoice 3 for invoice 1: 82.00 SEK"
    assert main(args) == 2  # once only
    assert "already" in capsys.readouterr().err
    assert main(["--database", path, "interest-invoice", "2"]) == 2  # not paid
    assert main(["--database", path, "interest-invoice", "x"]) == 2
