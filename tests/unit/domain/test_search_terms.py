"""Search terms: case-folded words and digit-only numbers, prefix ranges."""

from kundbok.domain.search_terms import (
    customer_terms,
    number_terms,
    prefix_bounds,
    query_words,
    text_terms,
)


def test_text_is_folded_by_word():
    assert text_terms("Åkessons Rör & Söner AB") == {"åkessons", "rör", "söner", "ab"}


def test_numbers_by_digits_with_swedish_variants():
    assert number_terms("+46 70-123 45 67") == {"46701234567", "0701234567"}
    assert number_terms("19811218-9876") == {"198112189876", "8112189876"}
    assert number_terms("") == set()


def test_customer_terms_include_number_and_email():
    terms = customer_terms(number=42, texts=["Anna"], numbers=[], emails=["Anna@Ex.se"])
    assert {"42", "anna", "anna@ex.se", "ex"} <= terms
    assert "se" not in terms  # the top-level domain would match nearly everyone


def test_query_words():
    assert query_words("  Åke   rör ") == ["åke", "rör"]
    assert query_words("070-123 45 67") == ["0701234567"]
    assert query_words("556036-0793") == ["5560360793"]
    assert query_words("an anna") == ["anna"]
    assert query_words("") == []


def test_prefix_bounds_hold_exactly_the_prefixed_words():
    low, high = prefix_bounds("åke")
    assert low <= "åkesson" < high
    assert not (low <= "ål" < high)
    assert not (low <= "åkf" < high)
