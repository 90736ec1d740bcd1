"""Invoice, line, article and company texts are kept without control characters (a paste from
Word, a NUL, an ESC), and an e-invoice is well-formed XML even from an invoice issued with
them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

from lxml import etree
from sqlalchemy import update
from tests.helpers.shortcuts import new_draft

from kundbok.db.models import Invoice, InvoiceLine
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.articles import ArticleDetails, save_article
from kundbok.services.customers import create_customer
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.peppol_export import peppol_xml
from kundbok.services.settings import get_company, save_company

TODAY = dt.date(2026, 11, 23)
CBC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}"


def _municipality(db):
    return create_customer(
        db,
        CustomerDetails(
            name="Umeå kommun",
            org_number="212000-2742",
            peppol_scheme="0007",
            peppol_id="212000-2742",
            buyer_reference="UK4711",
            addresses=(AddressDetails(street="Skolgatan 31A", postcode="90184", city="Umeå"),),
        ),
    )


def test_a_draft_is_saved_without_control_characters(db):
    customer = _municipality(db)
    draft = replace(
        new_draft(db, customer.id, TODAY),
        text="Arbetet utfört\x0benligt offert\r\nTack!\x00",
        their_reference="Märta\x1b[31m Öberg",
        order_reference="PO\t4711",
        lines=(
            LineDetails(description="Byte av\x0bblandare\x07", unit="tim\x00", unit_price=D(650)),
        ),
    )
    saved = get_invoice(db, save_draft(db, draft).id)
    assert saved.text == "Arbetet utfört\nenligt offert\nTack!"
    assert saved.their_reference == "Märta[31m Öberg"
    assert saved.order_reference == "PO 4711"
    assert (saved.lines[0].description, saved.lines[0].unit) == ("Byte av\nblandare", "tim")


def test_an_invoice_issued_with_control_characters_still_gives_well_formed_xml(db, company):
    customer = _municipality(db)
    draft = replace(
        new_draft(db, customer.id, TODAY),
        lines=(LineDetails(description="Konsultation", unit="tim", unit_price=D(900)),),
    )
    issued = issue_invoice(db, save_draft(db, draft).id, TODAY)
    # As an older version kept it: the texts as pasted.
    with db.unit_of_work() as session:
        session.execute(
            update(Invoice).where(Invoice.id == issued.id).values(text="Se\x0bbilaga\x1b")
        )
        session.execute(
            update(InvoiceLine)
            .where(InvoiceLine.invoice_id == issued.id)
            .values(description="Konsult\x00ation\x0bdag 1")
        )
        session.commit()

    document = etree.fromstring(peppol_xml(db, issued.id))  # strict: refuses what XML forbids

    assert document.findtext(f"{CBC}Note") == "Se\nbilaga"
    assert [name.text for name in document.iter(f"{CBC}Name")].count("Konsultation\ndag 1") == 1


def test_articles_and_the_company_are_kept_clean(db):
    article = save_article(
        db, ArticleDetails(number="A\x001", description="Rör\x0barbete\x1b", unit="m\x07")
    )
    assert (article.number, article.description, article.unit) == ("A1", "Rör\narbete", "m")
    company = save_company(db, replace(get_company(db), name="Rör\x00 & Co\x0b AB"))
    assert company.name == "Rör & Co AB"
