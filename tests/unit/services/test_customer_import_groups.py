"""The customer group as a column of imported and exported registers: by name, defaults for
new customers, an unknown group a row error, and round trips between registers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from kundbok.db.migrate import open_database
from kundbok.db.models import Customer
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.customer_group import CustomerGroupDetails
from kundbok.services.customer_groups import create_group
from kundbok.services.customers import create_customer, get_customer
from kundbok.services.tables import RowStatus, csv_table
from kundbok.services.tables.customer_import import (
    RowErrors,
    import_customers,
    plan_customer_import,
)
from kundbok.services.tables.export import export_customers

BUILDERS = CustomerGroupDetails(
    name="Byggföretag", payment_terms_days=10, currency="EUR", discount_percent=Decimal(5)
)


def _plan(db, text):
    return plan_customer_import(db, csv_table(text.encode("utf-8-sig"), "kunder.csv"))


def _customer_named(db, name):
    with db.unit_of_work(write=False) as session:
        (customer_id,) = session.scalars(select(Customer.id).where(Customer.name == name))
    return get_customer(db, customer_id)


def test_a_group_is_found_by_its_name_whatever_its_case(db):
    builders = create_group(db, BUILDERS)
    plan = _plan(db, "Namn;Kundgrupp\nBygg & Son AB;BYGGFÖRETAG\nUtan Grupp AB;\n")
    assert [row.status for row in plan.rows] == [RowStatus.NEW, RowStatus.NEW]
    assert [row.details.group_id for row in plan.rows] == [builders.id, None]


def test_a_new_customer_of_a_group_gets_its_defaults_unless_the_file_sets_them(db):
    builders = create_group(db, BUILDERS)
    text = (
        "Namn;Kundgrupp;Betalningsvillkor\n"
        "Bygg & Son AB;Byggföretag;\n"
        "Snabba Betalare AB;Byggföretag;20\n"
    )
    summary = import_customers(db, _plan(db, text))
    assert summary.created == 2
    son = _customer_named(db, "Bygg & Son AB")
    assert son.group_id == builders.id
    assert (son.payment_terms_days, son.currency, son.discount_percent) == (10, "EUR", 5)
    assert _customer_named(db, "Snabba Betalare AB").payment_terms_days == 20


def test_an_unknown_group_is_an_error_of_its_row(db):
    create_group(db, BUILDERS)
    plan = _plan(db, "Namn;Kundgrupp\nBygg & Son AB;Byggföretag\nMålarna AB;Målare\n")
    assert [row.status for row in plan.rows] == [RowStatus.NEW, RowStatus.ERROR]
    assert str(plan.rows[1].errors[0]) == (
        "There is no customer group 'Målare'; create it under Customers → Customer groups first."
    )
    with pytest.raises(RowErrors):
        import_customers(db, plan)
    assert import_customers(db, plan, skip_errors=True).created == 1


def test_the_group_goes_out_by_name_and_comes_back_in_another_register(db, tmp_path):
    builders = create_group(db, BUILDERS)
    create_customer(db, CustomerDetails(name="Bygg & Son AB", group_id=builders.id))
    create_customer(db, CustomerDetails(name="Utan Grupp AB"))
    path = tmp_path / "kunder.csv"
    export_customers(db, path)
    header, *rows = path.read_text(encoding="utf-8-sig").splitlines()
    column = header.split(";").index("Kundgrupp")
    assert sorted(row.split(";")[column] for row in rows) == ["", "Byggföretag"]

    other = open_database(tmp_path / "other.sqlite3", user="tester")
    try:
        # Another register with the same group by name, under another id.
        create_group(other, CustomerGroupDetails(name="Annan"))
        theirs = create_group(other, CustomerGroupDetails(name="byggföretag"))
        assert theirs.id != builders.id
        import_customers(other, plan_customer_import(other, _read(path)))
        assert _customer_named(other, "Bygg & Son AB").group_id == theirs.id
        assert _customer_named(other, "Utan Grupp AB").group_id is None
    finally:
        other.dispose()


def test_an_update_moves_the_customer_to_the_files_group(db):
    builders = create_group(db, BUILDERS)
    customer = create_customer(db, CustomerDetails(name="Bygg & Son AB", email="info@son.se"))
    row = f"{customer.number};Bygg & Son AB;info@son.se;Byggföretag"
    plan = _plan(db, f"Kundnummer;Namn;E-post;Kundgrupp\n{row}\n")
    assert plan.rows[0].status is RowStatus.UPDATE
    assert import_customers(db, plan).updated == 1
    assert get_customer(db, customer.id).group_id == builders.id


def _read(path):
    from kundbok.services.tables.customer_import import read_customer_table

    return read_customer_table(path)
