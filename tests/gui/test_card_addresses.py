"""The card's addresses: a searchable country chooser by name, a region, "123 45" postcodes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.services.customers import create_customer, get_customer


def test_the_card_shows_the_postcode_and_the_country_by_name(qtbot, window):
    customer = create_customer(
        window.db,
        CustomerDetails(
            name="Acme Inc",
            addresses=(
                AddressDetails(street="Storgatan 1", postcode="70210", city="Örebro"),
                AddressDetails(
                    kind="delivery",
                    street="1 Main Street",
                    city="New York",
                    region="NY",
                    postcode="10001",
                    country="US",
                ),
            ),
        ),
    )
    card = window.opener.open_card(customer.id)
    assert card.findChild(QLineEdit, "field_billing_postcode").text() == "702 10"
    assert card.findChild(QComboBox, "field_billing_country").currentText() == "Sweden"
    assert card.findChild(QComboBox, "field_delivery_country").currentText() == "United States"
    assert card.findChild(QLineEdit, "field_delivery_region").text() == "NY"


def test_a_british_address_is_typed_by_country_name_and_saved(type_into, qtbot, window):
    card = window.opener.open_card(None)
    type_into(card.findChild(QLineEdit, "field_name"), "Baker Ltd")
    country = card.findChild(QComboBox, "field_billing_country")
    country.setEditText("Storbritannien")
    type_into(card.findChild(QLineEdit, "field_billing_postcode"), "NW1 6XE")
    type_into(card.findChild(QLineEdit, "field_billing_city"), "London")
    type_into(card.findChild(QLineEdit, "field_billing_region"), "Greater London")
    save = card.findChild(QPushButton, "button_save")
    assert save.isEnabled()  # a British postcode is not checked as a Swedish one
    with qtbot.waitSignal(card.saved) as saved:
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    address = get_customer(window.db, saved.args[0]).address("billing")
    assert (address.country, address.postcode, address.region) == (
        "GB",
        "NW1 6XE",
        "Greater London",
    )


def test_the_country_chooser_finds_a_country_by_part_of_its_name(qtbot, window):
    card = window.opener.open_card(None)
    completer = card.findChild(QComboBox, "field_billing_country").completer()
    completer.setCompletionPrefix("kingd")
    assert completer.currentCompletion() == "United Kingdom"


def test_the_first_tab_shows_and_edits_the_one_billing_address(qtbot, window):
    customer = create_customer(
        window.db,
        CustomerDetails(
            name="Ödmans Bageri AB",
            addresses=(AddressDetails(street="Storgatan 1", postcode="70210", city="Örebro"),),
        ),
    )
    card = window.opener.open_card(customer.id)
    first = card.findChild(QLineEdit, "field_details_billing_street")
    assert first.isVisibleTo(card) and card.tabs.currentIndex() == 0
    assert first.text() == "Storgatan 1"
    assert card.findChild(QLineEdit, "field_details_billing_postcode").text() == "702 10"
    first.setText("Kungsgatan 5")
    card.findChild(QLineEdit, "field_details_billing_street2").setText("c/o Ödman")
    assert card.findChild(QLineEdit, "field_billing_street").text() == "Kungsgatan 5"  # Kontakter
    card.findChild(QLineEdit, "field_billing_city").setText("Örebro C")
    assert card.findChild(QLineEdit, "field_details_billing_city").text() == "Örebro C"
    card.save()
    (billing,) = get_customer(window.db, customer.id).addresses
    assert (billing.kind, billing.street, billing.street2, billing.city) == (
        "billing",
        "Kungsgatan 5",
        "c/o Ödman",
        "Örebro C",
    )
