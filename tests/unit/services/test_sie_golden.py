"""SIE export byte for byte: a register with every kind of voucher (VAT rates 25/12/6/0 with
discounts and öresutjämning, a customer's own accounts, a credit note, a räntefaktura and the
credit of another, ROT with Skatteverket's decision, payments by several methods and reversals
inside and outside the period, an invoice in euro and its payments at other rates) gives
exactly the file kept beside this test.

Regenerate the files only for an intended change of the output:
KUNDBOK_WRITE_GOLDEN=1 pytest tests/unit/services/test_sie_golden.py
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

import pytest
from tests.helpers.rot_rut_invoices import paid_invoice
from tests.helpers.shortcuts import new_draft
from tests.unit.domain.sie.strict_sie_reader import read_sie

from helpers.reminding import printed_reminders
from kundbok import __version__
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoices import create_credit_note, issue_invoice, save_draft
from kundbok.services.payments.booking import register_payment, reverse_payment
from kundbok.services.reminders.interest import create_interest_invoice
from kundbok.services.reminders.settings import get_reminder_settings, save_reminder_settings
from kundbok.services.rot_rut_claims import record_decision, write_claim
from kundbok.services.sie_export import export_sie

GOLDEN = Path(__file__).parent / "sie_golden"
MIXED = (
    LineDetails(description="Arbete", quantity=D("7.5"), unit_price=D("649.99"), vat_rate=D(25)),
    LineDetails(
        description="Rabatterat", quantity=D(3), unit_price=D("33.33"), discount_percent=D("12.5")
    ),
    LineDetails(description="Livsmedel", quantity=D("2.25"), unit_price=D("41.07"), vat_rate=D(6)),
    LineDetails(description="Bok", unit_price=D("99.90"), vat_rate=D(6)),
    LineDetails(description="Porto", unit_price=D("12.34"), vat_rate=D(0)),
)
WORK = (LineDetails(description="Arbete", quantity=D(8), unit_price=D(1000), vat_rate=D(25)),)
OLD_FOOD = (LineDetails(description="Mat", quantity=D(3), unit_price=D("19.99"), vat_rate=D(12)),)


def _issue(db, customer_id: int, day: dt.date, lines=MIXED, rate=None):
    draft = save_draft(
        db, replace(new_draft(db, customer_id, day), lines=lines, exchange_rate=rate)
    )
    return issue_invoice(db, draft.id, day)


def _register(db, tmp_path: Path) -> None:
    save_reminder_settings(
        db,
        replace(
            get_reminder_settings(db),
            reminder_fee=D(60),
            charge_compensation=True,
            fee_account="3591",
        ),
    )
    plain = create_customer(db, CustomerDetails(name='Åkessons "Rör" AB', payment_terms_days=30))
    own = create_customer(
        db, CustomerDetails(name="Öbergs Ö-café", sales_account="3041", receivables_account="1511")
    )
    euro = create_customer(db, CustomerDetails(name="Müller GmbH", currency="EUR"))
    rot = paid_invoice(db, 1)
    write_claim(db, "rot", 2025, tmp_path / "rot.xml")
    record_decision(db, rot.number, D("2000"), dt.date(2026, 1, 20))
    paid_invoice(db, 2, paid=dt.date(2026, 2, 20))  # a ROT invoice issued in the period

    food = _issue(db, plain.id, dt.date(2026, 1, 2), OLD_FOOD)
    first = _issue(db, plain.id, dt.date(2026, 1, 2))
    second = _issue(db, own.id, dt.date(2026, 1, 3))
    credited = _issue(db, own.id, dt.date(2026, 1, 4))
    create_credit_note(db, credited.id, dt.date(2026, 1, 5))
    in_euro = _issue(db, euro.id, dt.date(2026, 1, 6), rate=D("11.4357"))
    late = [_issue(db, customer.id, dt.date(2026, 1, 7), WORK) for customer in (plain, own)]
    printed_reminders(db, [plain.id, own.id], dt.date(2026, 2, 15))

    register_payment(db, food.id, food.totals().total, dt.date(2026, 1, 30), "swish")
    register_payment(db, first.id, D("1000.00"), dt.date(2026, 2, 10), "bankgiro")
    register_payment(db, second.id, D("2143.80"), dt.date(2026, 2, 11), "plusgiro")
    register_payment(db, second.id, D("10.00"), dt.date(2026, 2, 11), "cash")
    wrong = register_payment(db, first.id, D("50.00"), dt.date(2026, 2, 12)).payment
    reverse_payment(db, wrong.id, dt.date(2026, 2, 13))
    later = register_payment(db, first.id, D("25.00"), dt.date(2026, 2, 27), "card").payment
    reverse_payment(db, later.id, dt.date(2026, 3, 2))  # reversed after February
    for invoice in late:
        register_payment(db, invoice.id, D("10000.00"), dt.date(2026, 3, 3))
    # The euro invoice paid in two parts: one when the euro stood higher, one lower.
    register_payment(db, in_euro.id, D("3000.00"), dt.date(2026, 2, 16), exchange_rate=D("11.6"))
    rest = in_euro.totals().total - D("3000.00")
    register_payment(db, in_euro.id, rest, dt.date(2026, 3, 6), exchange_rate=D("11.1"))
    interest = [create_interest_invoice(db, i.id, dt.date(2026, 3, 4)) for i in late]
    create_credit_note(db, interest[1].id, dt.date(2026, 3, 5))
    _issue(db, plain.id, dt.date(2026, 4, 1))  # after every period below


def _exported(db, tmp_path: Path, first_day: dt.date, last_day: dt.date) -> bytes:
    path = tmp_path / f"{first_day}.se"
    export_sie(db, first_day, last_day, path, today=dt.date(2026, 3, 31))
    return path.read_bytes().replace(f'"{__version__}"'.encode(), b'"VERSION"')


@pytest.mark.parametrize(
    ("name", "first_day", "last_day"),
    [
        ("whole", dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
        ("february", dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
        ("march", dt.date(2026, 3, 1), dt.date(2026, 3, 31)),
    ],
)
def test_the_export_is_the_kept_file_byte_for_byte(db, tmp_path, name, first_day, last_day):
    _register(db, tmp_path)
    data = _exported(db, tmp_path, first_day, last_day)
    read_sie(data)  # strict: every #VER balances
    kept = GOLDEN / f"{name}.se"
    if os.environ.get("KUNDBOK_WRITE_GOLDEN"):
        kept.parent.mkdir(exist_ok=True)
        kept.write_bytes(data)
    assert data.decode("cp437").splitlines() == kept.read_bytes().decode("cp437").splitlines()
    assert data == kept.read_bytes()
