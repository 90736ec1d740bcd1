"""Fixtures shared by every test: English whatever the machine's locale, a temporary database.

Every test runs in English (messages, the CLI's language and number formats), whatever LANG the
suite runs under, and nothing a test installs (a translator, the app's exception hook) outlives
it; a test that asks for `swedish` gets the Swedish catalogue and locale instead.
`db` is a fresh SQLite file. `any_db` runs a test on SQLite and, when KUNDBOK_TEST_POSTGRESQL
holds the URL of a PostgreSQL user allowed to create databases, on PostgreSQL as well (without
it, the PostgreSQL variant is skipped and the run's summary says why).
"""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from alembic import command
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from kundbok.db.migrate import alembic_config, open_database
from kundbok.db.session import Database
from kundbok.i18n import load_translator
from kundbok.services.demo_data import create_demo_company
from kundbok.services.settings import get_company, save_company

POSTGRESQL = os.environ.get("KUNDBOK_TEST_POSTGRESQL")
BACKENDS = ["sqlite", "postgresql"]
_database_numbers = itertools.count()


def _speak(monkeypatch: pytest.MonkeyPatch, language: str, locale: QLocale) -> QTranslator | None:
    """The program's language, also for the commands a test starts, and the number formats;
    returns the catalogue's translator (None for English)."""
    monkeypatch.delenv("LC_ALL", raising=False)  # it would override LC_MESSAGES
    monkeypatch.setenv("LC_MESSAGES", f"{locale.name()}.UTF-8")
    QLocale.setDefault(locale)
    return load_translator(language)


@pytest.fixture(autouse=True)
def english(monkeypatch) -> Iterator[None]:
    """English for every test, under any LANG; removes the translators the test installed."""
    installed: list[QTranslator] = []
    install = QCoreApplication.installTranslator

    def recorded(translator: QTranslator) -> bool:
        installed.append(translator)
        return install(translator)

    monkeypatch.setattr(QCoreApplication, "installTranslator", staticmethod(recorded))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # app.run() installs its own
    before = QLocale()
    _speak(monkeypatch, "en", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    load_translator("en")
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def private_log_folder(tmp_path, monkeypatch) -> None:
    """The commands a test runs log into its own folder, never into the user's."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


@pytest.fixture
def swedish(monkeypatch, qapp) -> None:
    """Swedish as a Swedish user has it: the environment, the catalogue (installed on the
    application too) and the locale's number formats; undone by `english` after the test."""
    translator = _speak(
        monkeypatch, "sv", QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    )
    assert translator is not None
    QCoreApplication.installTranslator(translator)


@pytest.fixture
def db(tmp_path) -> Iterator[Database]:
    """A fresh SQLite database at the newest schema, acting as user "tester", with the
    complete seller that issuing needs (`bare_db` has none)."""
    database = open_database(tmp_path / "test.sqlite3", user="tester")
    create_demo_company(database)
    yield database
    database.dispose()


@pytest.fixture
def bare_db(tmp_path) -> Iterator[Database]:
    """A fresh SQLite database whose company settings are still empty, as on a first start."""
    database = open_database(tmp_path / "bare.sqlite3", user="tester")
    yield database
    database.dispose()


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


@pytest.fixture(scope="session")
def postgresql_template() -> Iterator[str]:
    """A migrated PostgreSQL database that each test's database is copied from."""
    assert POSTGRESQL
    admin = create_engine(POSTGRESQL, isolation_level="AUTOCOMMIT")
    name = f"kundbok_template_{os.getpid()}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRESQL).set(database=name)
    open_database(url.render_as_string(hide_password=False)).dispose()
    yield name
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def any_db(request, tmp_path) -> Iterator[Database]:
    """A fresh database on each backend: SQLite always; PostgreSQL when the run has a server,
    else the PostgreSQL variant is reported as skipped."""
    if request.param == "postgresql" and not POSTGRESQL:
        pytest.skip("PostgreSQL: set KUNDBOK_TEST_POSTGRESQL to a server's URL to run it")
    if request.param == "sqlite":
        database = open_database(tmp_path / "test.sqlite3", user="tester")
        create_demo_company(database)
        yield database
        database.dispose()
        return
    template = request.getfixturevalue("postgresql_template")
    name = f"kundbok_test_{os.getpid()}_{next(_database_numbers)}"
    admin = create_engine(POSTGRESQL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    url = make_url(POSTGRESQL).set(database=name).render_as_string(hide_password=False)
    database = open_database(url, user="tester")
    create_demo_company(database)
    yield database
    database.dispose()
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}"'))
    admin.dispose()


@pytest.fixture
def database_of_revision() -> Callable[[Path, str], Database]:
    """Makes an SQLite database at an older schema revision, as an earlier version left it."""

    def make(path: Path, revision: str) -> Database:
        database = Database.open(path)
        config = alembic_config()
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        return database

    return make
