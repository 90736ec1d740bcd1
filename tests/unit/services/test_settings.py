"""Our company's settings: checked against the VAT table and the text limits."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from kundbok.domain import limits
from kundbok.domain.errors import ValidationError
from kundbok.services.articles import ArticleDetails, save_article
from kundbok.services.settings import get_company, save_company


def test_a_rate_not_in_the_vat_table_is_refused(db):
    with pytest.raises(ValidationError) as raised:
        save_company(db, replace(get_company(db), vat_rate=Decimal(7)))
    assert str(raised.value) == "7 % is not a VAT rate; the rates are 25, 12, 6, 0 %."
    assert save_company(db, replace(get_company(db), vat_rate=Decimal(6))).vat_rate == 6


def test_company_texts_over_their_limits_are_refused(db):
    with pytest.raises(ValidationError) as raised:
        save_company(db, replace(get_company(db), street="x" * (limits.ADDRESS_LINE + 1)))
    assert raised.value.field == "street"


def test_articles_are_checked_against_the_vat_table_and_the_limits(db):
    with pytest.raises(ValidationError):
        save_article(db, ArticleDetails(number="1", description="Rör", vat_rate=Decimal(7)))
    with pytest.raises(ValidationError):
        save_article(
            db, ArticleDetails(number="1", description="R" * (limits.ARTICLE_DESCRIPTION + 1))
        )
    saved = save_article(db, ArticleDetails(number="1", description="Rör", vat_rate=Decimal(12)))
    assert saved.vat_rate == Decimal(12)
