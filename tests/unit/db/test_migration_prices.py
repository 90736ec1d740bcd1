"""Migration 0016 (price lists, credit limits, the Swish number): a register of the revision
before keeps every row, its customers and groups get no list and no limit, and the new tables
take prices at once."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kundbok.db.migrate import open_database
from kundbok.domain.pricing import PriceSource
from kundbok.services.customer_groups import list_groups
from kundbok.services.customers import get_customer
from kundbok.services.price_lists import PriceOwner, create_price_list, set_price
from kundbok.services.pricing import price_for
from kundbok.services.settings import get_company


def test_an_older_register_upgrades_with_nothing_lost(tmp_path, database_of_revision):
    path = tmp_path / "old.sqlite3"
    old = database_of_revision(path, "0013")
    with old.engine.begin() as connection:
        sql = connection.exec_driver_sql
        sql("UPDATE company SET name = 'Gamla Firman AB', bankgiro = '50501055' WHERE id = 1")
        sql(
            "INSERT INTO customer_group (name, payment_terms_days, created_by, updated_by) "
            "VALUES ('Bygg', 20, 'old', 'old')"
        )
        sql(
            "INSERT INTO customer (number, kind, name, sort_name, reference, phone, mobile, fax, "
            "email, website, country, language, currency, discount_percent, invoice_by_email, "
            "active, blocked, alert_text, notes, rot_rut_property, rot_rut_apartment_number, "
            "buyer_reference, uid, group_id, created_by, updated_by) VALUES (7, 'company', "
            "'Åkessons Rör AB', 'åkessons rör ab', '', '', '', '', '', '', 'SE', 'sv', 'SEK', "
            "1000, 0, 1, 0, '', '', '', '', '', 'uid-7', 1, 'old', 'old')"
        )
        sql(
            "INSERT INTO article (number, description, unit, unit_price, vat_rate, "
            "rot_rut_kind, work_type, active, created_by, updated_by) "
            "VALUES ('100', 'Arbete', 'tim', 65000, 2500, 'labour', '', 1, 'old', 'old')"
        )
    old.dispose()

    upgraded = open_database(path)
    company = get_company(upgraded)
    assert (company.name, company.bankgiro, company.swish) == ("Gamla Firman AB", "50501055", None)
    [group] = list_groups(upgraded)
    assert (group.name, group.payment_terms_days, group.price_list_id, group.credit_limit) == (
        "Bygg",
        20,
        None,
        None,
    )
    customer = get_customer(upgraded, 1)
    assert (customer.number, customer.name, customer.discount_percent) == (
        7,
        "Åkessons Rör AB",
        Decimal(10),
    )
    assert (customer.group_id, customer.price_list_id, customer.credit_limit) == (1, None, None)
    day = dt.date(2026, 5, 1)
    assert price_for(upgraded, 1, 1, Decimal(1), day).unit_price == Decimal(650)
    bygg = create_price_list(upgraded, "Bygg")
    set_price(upgraded, PriceOwner(price_list_id=bygg.id), 1, Decimal(600))
    set_price(upgraded, PriceOwner(customer_id=1), 1, Decimal(590))
    assert price_for(upgraded, 1, 1, Decimal(1), day).source is PriceSource.CUSTOMER
    assert len(list(tmp_path.glob("old.backup-*"))) == 1
    upgraded.dispose()
