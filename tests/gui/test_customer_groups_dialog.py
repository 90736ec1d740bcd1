"""Customer groups in the window: the dialog, the card filling a group's defaults, the list."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.customer_group import CustomerGroupDetails
from kundbok.services.customer_groups import create_group, list_groups
from kundbok.services.customers import create_customer, get_customer
from kundbok.ui.customer_list import COLUMNS


@pytest.fixture
def builders(window):
    group = create_group(
        window.db,
        CustomerGroupDetails(
            name="Bygg",
            payment_terms_days=10,
            currency="EUR",
            discount_percent=Decimal(5),
            sales_account="3041",
        ),
    )
    window.customers.group_filter.reload(window.db)
    return group


def _mark(card, name: str) -> bool:
    return not card.findChild(QLabel, f"from_group_{name}").isHidden()


def test_the_dialog_creates_renames_and_refuses_to_delete_a_group_in_use(window, no_dialogs):
    dialog = window.opener.open_customer_groups()
    dialog.field_name.setText("Bygg")
    dialog.field_payment_terms.setValue(15)
    dialog.field_reminder_fee.setText("60")
    dialog.field_currency.setCurrentIndex(dialog.field_currency.findData("EUR"))
    assert dialog.save() is not None
    [group] = list_groups(window.db)
    assert (group.payment_terms_days, group.currency, group.reminder_fee) == (
        15,
        "EUR",
        Decimal(60),
    )
    assert group.vat_rate is None  # "No default"
    assert not window.customers.group_filter.isHidden()  # the list's filter offers it at once
    dialog.field_name.setText("Byggföretag")
    dialog.save()
    assert [group.name for group in list_groups(window.db)] == ["Byggföretag"]
    create_customer(window.db, CustomerDetails(name="Ab", group_id=group.id))
    dialog.delete_current()
    assert no_dialogs[1][-1][0] == "warning"  # refused: the group has a customer
    assert len(list_groups(window.db)) == 1
    dialog.field_reminder_fee.setText("sextio")
    assert dialog.save() is None  # an unreadable amount is a message, not a traceback
    dialog.close()


def test_choosing_a_group_fills_its_defaults_and_marks_them(window, builders, type_into):
    card = window.opener.open_card(None)
    terms = card.findChild(QSpinBox, "field_payment_terms")
    terms.setValue(45)  # set by the user before the group is chosen: it stays
    group_box = card.findChild(QComboBox, "field_group")
    group_box.setCurrentIndex(group_box.findData(builders.id))
    assert card.findChild(QComboBox, "field_currency").currentText() == "EUR"
    assert card.findChild(QLineEdit, "field_sales_account").text() == "3041"
    assert terms.value() == 45 and not _mark(card, "payment_terms_days")
    assert _mark(card, "currency") and _mark(card, "discount_percent")
    card.findChild(QComboBox, "field_currency").setCurrentText("SEK")  # the user overrides
    assert not _mark(card, "currency") and _mark(card, "discount_percent")
    type_into(card.findChild(QLineEdit, "field_name"), "Nya Bygg AB")
    assert card.save()
    saved = get_customer(window.db, card.customer_id)
    assert (saved.group_id, saved.currency, saved.payment_terms_days) == (builders.id, "SEK", 45)
    assert (saved.discount_percent, saved.sales_account) == (Decimal(5), "3041")
    group_box.setCurrentIndex(0)  # no group: what the group gave goes back to the defaults
    assert card.findChild(QLineEdit, "field_sales_account").text() == ""
    assert not _mark(card, "discount_percent")
    card.form.dirty = False
    card.close()


def test_the_list_shows_the_group_and_filters_by_it(window, builders):
    customer = create_customer(window.db, CustomerDetails(name="Berg Bygg", group_id=builders.id))
    window.customers_changed()
    column = [key for key, _title in COLUMNS].index("group")
    assert window.customers.model.headerData(column, Qt.Orientation.Horizontal) == "Group"
    window.customers.group_filter.setCurrentIndex(
        window.customers.group_filter.findData(builders.id)
    )
    assert window.customers.model.rowCount() == 1
    assert window.customers.model.row(0).id == customer.id
    assert window.customers.model.data(window.customers.model.index(0, column)) == "Bygg"
    window.customers.group_filter.setCurrentIndex(0)
    assert window.customers.model.rowCount() > 1
