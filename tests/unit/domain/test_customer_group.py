"""Customer groups: checking a group, and how its defaults reach a customer."""

from decimal import Decimal

import pytest

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.customer_group import (
    CustomerGroupDetails,
    fields_from_group,
    normalised_group,
    with_group_defaults,
)
from kundbok.domain.errors import ValidationError

BUILDERS = CustomerGroupDetails(
    id=1, name="Bygg", payment_terms_days=10, currency="EUR", discount_percent=Decimal(5)
)
PRIVATE = CustomerGroupDetails(id=2, name="Privat", payment_terms_days=20, language="en")


def test_a_new_customer_takes_the_groups_defaults():
    customer = with_group_defaults(CustomerDetails(name="Ab"), BUILDERS)
    assert customer.group_id == 1
    assert (customer.payment_terms_days, customer.currency) == (10, "EUR")
    assert customer.discount_percent == Decimal(5)
    assert customer.vat_rate is None  # the group gives no VAT: the customer keeps its own
    assert fields_from_group(customer, BUILDERS) == {
        "payment_terms_days",
        "currency",
        "discount_percent",
    }


def test_a_value_the_user_set_is_kept():
    customer = with_group_defaults(CustomerDetails(name="Ab", payment_terms_days=45), BUILDERS)
    assert customer.payment_terms_days == 45
    assert "payment_terms_days" not in fields_from_group(customer, BUILDERS)


def test_another_group_replaces_what_the_first_gave_and_only_that():
    first = with_group_defaults(CustomerDetails(name="Ab", vat_rate=Decimal(12)), BUILDERS)
    second = with_group_defaults(first, PRIVATE, previous=BUILDERS)
    assert second.group_id == 2
    assert (second.payment_terms_days, second.language) == (20, "en")
    assert second.currency == "SEK"  # the first group's currency is gone with it
    assert second.discount_percent == Decimal(0)
    assert second.vat_rate == Decimal(12)  # the user's own value stays
    cleared = with_group_defaults(second, None, previous=PRIVATE)
    assert (cleared.group_id, cleared.payment_terms_days, cleared.language) == (None, None, "sv")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "  "}, "name"),
        ({"payment_terms_days": 400}, "payment_terms_days"),
        ({"vat_rate": Decimal(101)}, "vat_rate"),
        ({"currency": "XYZ"}, "currency"),
        ({"language": "de"}, "language"),
        ({"sales_account": "30"}, "sales_account"),
        ({"reminder_fee": Decimal(61)}, "reminder_fee"),
    ],
)
def test_a_bad_group_names_its_field(changes, field):
    with pytest.raises(ValidationError) as raised:
        normalised_group(CustomerGroupDetails(**{"name": "Bygg", **changes}))
    assert raised.value.field == field


def test_a_good_group_is_trimmed():
    group = normalised_group(CustomerGroupDetails(name=" Bygg ", sales_account=" 3041 "))
    assert (group.name, group.sales_account) == ("Bygg", "3041")
