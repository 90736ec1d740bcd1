"""Another user's commit is noticed cheaply; our own reads are not taken for changes."""

from __future__ import annotations

from dataclasses import replace

from kundbok.db.session import Database
from kundbok.domain.customer import CustomerDetails
from kundbok.services.change_watcher import change_watcher
from kundbok.services.customers import (
    create_customer,
    deactivate_customers,
    get_customer,
    update_customer,
)
from kundbok.services.settings import get_company


def test_a_commit_by_another_connection_is_noticed_once(any_db):
    url = any_db.engine.url.render_as_string(hide_password=False)
    other = Database.open(url, user="colleague", create=False)
    watcher = change_watcher(any_db)
    try:
        assert watcher.changed() is False
        created = create_customer(other, CustomerDetails(name="Berg"))
        assert watcher.changed() is True
        assert watcher.changed() is False  # told once per change

        get_customer(other, created.id)  # reading changes nothing
        get_company(other)  # nor does a write transaction that only read
        assert watcher.changed() is False

        deactivate_customers(other, [created.id])  # a change made by statement, not by flush
        assert watcher.changed() is True

        update_customer(other, created.id, replace(get_customer(other, created.id), phone="1"))
        assert watcher.changed() is True
    finally:
        watcher.close()
        other.dispose()
    assert watcher.changed() is False  # closed: quiet, no error
