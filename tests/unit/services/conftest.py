"""Fixtures shared by the service tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kundbok.services.settings import get_company, save_company


@pytest.fixture
def company(db):
    """A complete seller with bankgiro and IBAN, as the invoice PDF shows it."""
    return save_company(
        db,
        replace(
            get_company(db),
            name="Rörmokarn i Umeå AB",
            org_number="556036-0793",
            vat_number="SE556036079301",
            street="Verkstadsgatan 4",
            postcode="903 26",
            city="Umeå",
            bankgiro="5050-1055",
            iban="SE45 5000 0000 0583 9825 7466",
            bic="ESSESESS",
            f_tax=True,
        ),
    )
