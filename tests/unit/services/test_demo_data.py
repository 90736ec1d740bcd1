"""Demo data: plausible, repeatable, and new each time it is added to a register."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from kundbok.services.demo_data import (
    QuickRandom,
    create_demo_customers,
    create_demo_invoices,
    demo_batch,
)
from kundbok.services.demo_rot_rut import create_demo_rot_rut_invoices
from kundbok.services.invoice_queries import list_invoices
from kundbok.services.payments.booking import invoice_payments


def test_quick_random_stays_in_range_and_reaches_every_value():
    rng = QuickRandom(7)
    assert set(Counter(rng.randrange(10) for _ in range(5000))) == set(range(10))
    assert set(Counter(rng.randrange(5, 8) for _ in range(5000))) == {5, 6, 7}
    assert set(Counter(rng.randint(1, 3) for _ in range(5000))) == {1, 2, 3}
    assert set(Counter(rng.choice("abc") for _ in range(5000))) == {"a", "b", "c"}
    assert set(Counter(rng.randrange(0, 10, 5) for _ in range(5000))) == {0, 5}


def test_the_same_numbers_make_the_same_customers_and_new_numbers_new_ones():
    first = demo_batch([1, 2, 3], seed=1, user="demo")
    assert first == demo_batch([1, 2, 3], seed=1, user="demo")
    later = demo_batch([4, 5, 6], seed=1, user="demo")
    assert {c.customer["uid"] for c in first}.isdisjoint(c.customer["uid"] for c in later)


def test_public_buyers_take_e_invoices(db):
    from sqlalchemy import select

    from helpers.peppol_validation import peppol_and_swedish_rule_violations, schema_errors
    from kundbok.db.models import Customer, Invoice
    from kundbok.domain.peppol.participants import normalize_participant
    from kundbok.services.demo_data import create_demo_customers, create_demo_invoices
    from kundbok.services.peppol_export import peppol_xml

    create_demo_customers(db, 400)
    with db.unit_of_work(write=False) as session:
        public = session.execute(
            select(Customer.id, Customer.name, Customer.peppol_scheme, Customer.peppol_id,
                   Customer.buyer_reference, Customer.org_number)
            .where(Customer.peppol_id.is_not(None))
        ).all()  # fmt: skip
    assert len(public) >= 5
    for _id, name, scheme, peppol_id, reference, org_number in public:
        assert name.endswith(" kommun") or name.startswith("Region ")
        assert normalize_participant(scheme, peppol_id) == ("0007", org_number)
        assert org_number.startswith(("212000", "232100")) and reference
    create_demo_invoices(db, 400)
    with db.unit_of_work(write=False) as session:
        invoice_id, reference = session.execute(
            select(Invoice.id, Invoice.buyer_reference)
            .where(Invoice.customer_id.in_([row[0] for row in public]), Invoice.number > 0)
            .limit(1)
        ).one()
    assert reference  # the buyer's referenskod goes onto its invoices
    xml = peppol_xml(db, invoice_id)
    assert schema_errors(xml) == []
    assert peppol_and_swedish_rule_violations(xml) == []


def test_every_paid_demo_invoice_has_its_payments(db):
    create_demo_customers(db, 60, seed=3)
    today = dt.date(2026, 11, 30)
    create_demo_invoices(db, 80, today=today)
    create_demo_rot_rut_invoices(db, today=today)
    rows = list_invoices(db, today=today, limit=10_000)
    paid = [row for row in rows if row.kind == "invoice" and row.state == "paid"]
    assert len(paid) > 20 and any(row.number for row in paid)
    for row in paid:
        assert row.paid == row.total and row.open_amount == 0, row.number
        assert invoice_payments(db, row.id), row.number
