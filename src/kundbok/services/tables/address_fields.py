"""The columns of a customer's addresses in a table: the billing address (where invoices go),
the delivery address and the visiting address, one of each a customer, each with its country
(a Swedish customer may be billed at an address in Berlin)."""

from __future__ import annotations

from kundbok.domain.errors import QT_TRANSLATE_NOOP
from kundbok.services.tables.customer_field import CustomerField

BILLING_FIELDS: tuple[CustomerField, ...] = (
    CustomerField(
        "billing.name",
        QT_TRANSLATE_NOOP("fields", "Invoice address: c/o"),
        ("c/o", "Co", "Fakturaadress c/o", "Care of"),
    ),
    CustomerField(
        "billing.street",
        QT_TRANSLATE_NOOP("fields", "Invoice address: street"),
        (
            "Adress",
            "Utdelningsadress",
            "Postadress",
            "Gatuadress",
            "Fakturaadress",
            "Fakturaadress 1",
            "Adress 1",
            "Address",
            "Address1",
            "Address 1",
            "Invoice address",
            "Invoice address 1",
            "Street",
        ),
    ),
    CustomerField(
        "billing.street2",
        QT_TRANSLATE_NOOP("fields", "Invoice address: line 2"),
        (
            "Adress 2",
            "Fakturaadress 2",
            "Utdelningsadress 2",
            "Address2",
            "Address 2",
            "Invoice address 2",
        ),
    ),
    CustomerField(
        "billing.postcode",
        QT_TRANSLATE_NOOP("fields", "Invoice address: postcode"),
        (
            "Postnummer",
            "Postnr",
            "Post nr",
            "Fakturapostnummer",
            "ZipCode",
            "Zip code",
            "Zip",
            "Postal code",
            "Postcode",
            "Post code",
        ),
    ),
    CustomerField(
        "billing.city",
        QT_TRANSLATE_NOOP("fields", "Invoice address: city"),
        ("Ort", "Postort", "Stad", "Fakturaort", "City", "Town", "Post town"),
    ),
    CustomerField(
        "billing.region",
        QT_TRANSLATE_NOOP("fields", "Invoice address: region"),
        ("Region", "Län", "Delstat", "State", "Province", "County"),
    ),
    CustomerField(
        "billing.country",
        QT_TRANSLATE_NOOP("fields", "Invoice address: country"),
        ("Fakturaadress land", "Fakturaland", "Invoice address country", "Billing country"),
    ),
)
DELIVERY_FIELDS: tuple[CustomerField, ...] = (
    CustomerField(
        "delivery.name",
        QT_TRANSLATE_NOOP("fields", "Delivery address: name"),
        ("Leveransnamn", "Leveransmottagare", "Delivery name", "DeliveryName"),
    ),
    CustomerField(
        "delivery.street",
        QT_TRANSLATE_NOOP("fields", "Delivery address: street"),
        (
            "Leveransadress",
            "Leveransadress 1",
            "Delivery address",
            "Delivery address 1",
            "DeliveryAddress1",
        ),
    ),
    CustomerField(
        "delivery.street2",
        QT_TRANSLATE_NOOP("fields", "Delivery address: line 2"),
        ("Leveransadress 2", "Delivery address 2", "DeliveryAddress2"),
    ),
    CustomerField(
        "delivery.postcode",
        QT_TRANSLATE_NOOP("fields", "Delivery address: postcode"),
        (
            "Leveranspostnummer",
            "Leveranspostnr",
            "Delivery postal code",
            "DeliveryZipCode",
            "Delivery zip code",
        ),
    ),
    CustomerField(
        "delivery.city",
        QT_TRANSLATE_NOOP("fields", "Delivery address: city"),
        ("Leveransort", "Delivery city", "DeliveryCity"),
    ),
    CustomerField(
        "delivery.region",
        QT_TRANSLATE_NOOP("fields", "Delivery address: region"),
        ("Leveransregion", "Delivery region", "Delivery state"),
    ),
    CustomerField(
        "delivery.country",
        QT_TRANSLATE_NOOP("fields", "Delivery address: country"),
        ("Leveransland", "Delivery country", "DeliveryCountry", "DeliveryCountryCode"),
    ),
)
VISITING_FIELDS: tuple[CustomerField, ...] = (
    CustomerField(
        "visiting.name",
        QT_TRANSLATE_NOOP("fields", "Visiting address: c/o"),
        ("Besöksadress c/o", "Visiting address c/o"),
    ),
    CustomerField(
        "visiting.street",
        QT_TRANSLATE_NOOP("fields", "Visiting address: street"),
        ("Besöksadress", "Besöksadress 1", "Visiting address", "Visiting address 1"),
    ),
    CustomerField(
        "visiting.street2",
        QT_TRANSLATE_NOOP("fields", "Visiting address: line 2"),
        ("Besöksadress 2", "Visiting address 2"),
    ),
    CustomerField(
        "visiting.postcode",
        QT_TRANSLATE_NOOP("fields", "Visiting address: postcode"),
        ("Besökspostnummer", "Besökspostnr", "Visiting postcode"),
    ),
    CustomerField(
        "visiting.city",
        QT_TRANSLATE_NOOP("fields", "Visiting address: city"),
        ("Besöksort", "Visiting city"),
    ),
    CustomerField(
        "visiting.region",
        QT_TRANSLATE_NOOP("fields", "Visiting address: region"),
        ("Besöksregion", "Visiting region"),
    ),
    CustomerField(
        "visiting.country",
        QT_TRANSLATE_NOOP("fields", "Visiting address: country"),
        ("Besöksland", "Visiting country"),
    ),
)
