"""An invoice is issued only by a seller that shows what the law asks of every invoice."""

from __future__ import annotations

import pytest

from kundbok.domain import seller as s
from kundbok.domain.seller import IncompleteSellerError, Seller, check_seller

COMPLETE = Seller(
    name="Kundbok Demo AB",
    street="Storgatan 12",
    postcode="11122",
    city="Stockholm",
    org_number="5599999991",
    vat_number="SE559999999101",
    bankgiro="99999997",
)


@pytest.mark.parametrize(
    ("changes", "needs_vat", "missing"),
    [
        ({}, True, ()),
        ({"name": " "}, True, (s.NAME,)),
        ({"street": ""}, True, (s.ADDRESS,)),
        ({"city": ""}, True, (s.ADDRESS,)),
        ({"org_number": ""}, True, (s.ORG_NUMBER,)),
        ({"vat_number": ""}, True, (s.VAT_NUMBER,)),
        ({"vat_number": ""}, False, ()),
        ({"bankgiro": ""}, True, (s.ACCOUNT,)),
        ({"bankgiro": "", "plusgiro": "4711"}, True, ()),
        ({"bankgiro": "", "iban": "SE4550000000058398257466"}, True, ()),
    ],
)
def test_what_is_missing(changes, needs_vat, missing):
    seller = Seller(**{**COMPLETE.__dict__, **changes})
    assert s.missing_seller_details(seller, needs_vat) == missing


def test_an_empty_company_is_refused_naming_everything():
    with pytest.raises(IncompleteSellerError) as refused:
        check_seller(Seller(), needs_vat_number=True)
    assert refused.value.missing == (s.NAME, s.ADDRESS, s.ORG_NUMBER, s.VAT_NUMBER, s.ACCOUNT)
