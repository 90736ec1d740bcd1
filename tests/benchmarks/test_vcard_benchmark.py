"""vCard at 10,000 customers: export within 3 s, import within 10 s."""

from __future__ import annotations

import itertools

import pytest
from tests.helpers.benchmarking import assert_within, sized

from kundbok.db.migrate import open_database
from kundbok.services.demo_data import create_demo_customers
from kundbok.services.vcard.transfer import apply_vcard_import, export_vcards, preview_vcard_import

CARDS = sized(10_000, 200)


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    folder = tmp_path_factory.mktemp("vcard")
    db = open_database(folder / "source.sqlite3")
    create_demo_customers(db, CARDS)
    yield db, folder
    db.dispose()


def test_export_10000(benchmark, register):
    db, folder = register
    written = benchmark.pedantic(
        export_vcards,
        args=(db, folder / "all.vcf"),
        kwargs={"include_inactive": True},
        rounds=3,
        iterations=1,
    )
    assert written == CARDS
    assert_within(benchmark, 3)


def test_import_10000_into_an_empty_register(benchmark, register):
    db, folder = register
    path = folder / "all.vcf"
    export_vcards(db, path, include_inactive=True)
    numbers = itertools.count()

    def import_all():
        target = open_database(folder / f"target-{next(numbers)}.sqlite3")
        try:
            return apply_vcard_import(target, preview_vcard_import(target, path))
        finally:
            target.dispose()

    result = benchmark.pedantic(import_all, rounds=3, iterations=1)
    assert result.created == CARDS
    assert_within(benchmark, 10)


def test_reimport_10000_updates_every_customer(benchmark, register):
    """Importing our own export again: every card matched by UID and updated, none added."""
    db, folder = register
    path = folder / "again.vcf"
    export_vcards(db, path, include_inactive=True)

    result = benchmark.pedantic(
        lambda: apply_vcard_import(db, preview_vcard_import(db, path)), rounds=3, iterations=1
    )
    assert (result.created, result.updated) == (0, CARDS)
    assert_within(benchmark, 10)
