"""Customer groups against a real database: create, rename, the delete rule, defaults."""

from decimal import Decimal

import pytest

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.customer_group import CustomerGroupDetails
from kundbok.domain.errors import RefusedError, ValidationError
from kundbok.services.customer_groups import (
    create_group,
    delete_group,
    list_groups,
    update_group,
)
from kundbok.services.customers import create_customer, get_customer, update_customer


@pytest.fixture
def builders(db) -> CustomerGroupDetails:
    return create_group(
        db,
        CustomerGroupDetails(
            name="Bygg",
            payment_terms_days=10,
            vat_rate=Decimal(25),
            currency="EUR",
            language="en",
            discount_percent=Decimal("2.5"),
            sales_account="3041",
            receivables_account="1511",
            reminder_fee=Decimal(60),
        ),
    )


def test_a_group_keeps_its_defaults(db, builders):
    assert builders.id is not None
    (stored,) = list_groups(db)  # as the groups dialog reads it
    assert stored == builders
    assert stored.reminder_fee == Decimal(60)


def test_a_name_is_taken_once_whatever_its_case(db, builders):
    with pytest.raises(ValidationError):
        create_group(db, CustomerGroupDetails(name="BYGG"))


def test_renaming_keeps_the_customers(db, builders):
    customer = create_customer(db, CustomerDetails(name="Ab", group_id=builders.id))
    renamed = update_group(db, builders.id, CustomerGroupDetails(name="Byggföretag"))
    assert renamed.name == "Byggföretag"
    assert renamed.customer_count == 1
    assert get_customer(db, customer.id).group_id == builders.id


def test_a_group_in_use_cannot_be_deleted(db, builders):
    customer = create_customer(db, CustomerDetails(name="Ab", group_id=builders.id))
    with pytest.raises(RefusedError):
        delete_group(db, builders.id)
    assert [group.customer_count for group in list_groups(db)] == [1]
    update_customer(db, customer.id, CustomerDetails(**{**vars(customer), "group_id": None}))
    delete_group(db, builders.id)
    assert list_groups(db) == []
