"""`kundbok reminders --made` and `--again ID`: a reminder already made, written or e-mailed
again exactly as it was made, with no new level and no second fee."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from decimal import Decimal as D
from email import message_from_bytes, policy

import pytest
from pypdf import PdfReader
from tests.helpers.shortcuts import new_draft

from helpers.smtp_server import MailboxHandler, running_smtp_server, use_test_server
from kundbok.cli import main
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.events import EventAction
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.history import customer_history
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.pdf.reminder import reminder_pdf
from kundbok.services.reminders.overdue import make_reminders
from kundbok.services.reminders.settings import get_reminder_settings, save_reminder_settings

LINES = (LineDetails(description="Arbete", quantity=D(8), unit_price=D(1000), vat_rate=D(25)),)
ISSUED = dt.date(2026, 1, 2)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def path(db, tmp_path):
    return str(tmp_path / "test.sqlite3")


@pytest.fixture
def made(db):
    """A reminder made on 2026-03-03 for one overdue invoice, with a fee of 50 kr."""
    save_reminder_settings(db, replace(get_reminder_settings(db), reminder_fee=D(50)))
    customer = create_customer(
        db,
        CustomerDetails(name="Åkessons Rör AB", payment_terms_days=30, email="ekonomi@akessons.se"),
    )
    draft = save_draft(db, replace(new_draft(db, customer.id, ISSUED), lines=LINES))
    invoice = issue_invoice(db, draft.id, ISSUED)
    [reminder] = make_reminders(db, [customer.id], dt.date(2026, 3, 3))
    return reminder, invoice, customer


def test_made_lists_the_reminders(path, made, capsys):
    reminder, _, _ = made
    assert main(["--database", path, "reminders", "--made"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert line.startswith(f"{reminder.reminder_id} 2026-03-03 1 Åkessons Rör AB: invoices ")
    assert "SEK (not yet sent)" in line


def test_again_writes_the_same_reminder_later(path, db, made, tmp_path, capsys):
    reminder, invoice, _ = made
    first = reminder_pdf(db, reminder.reminder_id)
    out = tmp_path / "ut"
    out.mkdir()
    args = ["--database", path, "reminders", "--again", str(reminder.reminder_id)]
    assert main([*args, "--date", "2026-04-20", "--output", str(out)]) == 0
    written = out / f"Påminnelse {reminder.reminder_id}.pdf"
    # Drawn from what was stored, not recomputed for the later date.
    assert _text(written.read_bytes()) == _text(first)
    assert "2026-03-03" in _text(first)
    assert get_invoice(db, invoice.id).reminder_level == 1
    assert main(["--database", path, "reminders", "--again", "999", "--output", str(out)]) == 2
    assert "no reminder number 999" in capsys.readouterr().err


def test_again_send_e_mails_it_and_records_it(path, db, made, capsys):
    reminder, invoice, customer = made
    mailbox = MailboxHandler()
    with running_smtp_server(mailbox) as server:
        use_test_server(db, server.port)
        args = ["--database", path, "reminders", "--again", str(reminder.reminder_id), "--send"]
        assert main(args) == 0
    assert f"{reminder.reminder_id}: sent to ekonomi@akessons.se" in capsys.readouterr().out
    [received] = mailbox.received
    message = message_from_bytes(received.content, policy=policy.default)
    [attachment] = list(message.iter_attachments())
    assert _text(attachment.get_content()) == _text(reminder_pdf(db, reminder.reminder_id))
    assert get_invoice(db, invoice.id).reminder_level == 1
    sent = [e for e in customer_history(db, customer.id) if e.action == EventAction.REMINDER_SENT]
    assert len(sent) == 1


def test_made_cannot_send(path, made, capsys):
    assert main(["--database", path, "reminders", "--made", "--send"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
