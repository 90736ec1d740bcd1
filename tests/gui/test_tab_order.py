"""Tab follows reading order: the card's first tab down its left column, then its right one;
the editors' headers row by row, then the lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from tests.helpers.keys import focused


def _walk(qtbot, window: QWidget, start: QWidget, count: int) -> list[str]:
    """The object names of the first `count` fields Tab reaches from `start`. A field inside an
    unnamed wrapper or a box goes by its parent's name; Tab steps through a date's day, month
    and year before it leaves the field, so a field is named once however many Tabs it takes."""
    start.setFocus()
    names: list[str] = []
    for _ in range(count * 4):
        widget = focused(qtbot, window)
        name = widget.objectName()
        if not name or name.startswith("qt_"):
            name = widget.parentWidget().objectName()
        if not names or names[-1] != name:
            names.append(name)
        if len(names) == count:
            break
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    return names


def test_tab_goes_down_the_cards_first_tab_column_by_column(window, qtbot, no_dialogs):
    card = window.opener.open_card(1)
    details = card.details_tab
    left = [
        "field_kind", "field_name", "field_org_number", "field_vat_number",
        "field_details_billing_street", "field_details_billing_street2",
        "field_details_billing_postcode", "field_details_billing_city",
        "field_details_billing_region", "field_details_billing_country", "field_reference",
        "field_phone", "field_mobile", "field_fax", "field_email", "field_website",
    ]  # fmt: skip
    right = [
        "field_group", "field_payment_terms", "field_vat_rate", "field_currency",
        "field_language", "field_country", "field_discount_percent", "field_credit_limit",
        "field_alert_text", "field_invoice_by_email", "field_active", "field_blocked",
    ]  # fmt: skip
    walked = _walk(qtbot, card, details.field_kind, len(left) + len(right) + 1)
    assert walked == [*left, *right, "button_save"], " ".join(walked)


def test_tab_goes_through_the_invoice_editors_header_row_by_row(window, qtbot, no_dialogs):
    editor = window.opener.open_invoice_editor(1)
    walked = _walk(qtbot, editor, editor.header.field_customer, 10)
    assert walked == [
        "field_customer",
        "field_invoice_date",
        "field_delivery_date",
        "field_payment_terms",
        "field_their_reference",
        "field_our_reference",
        "field_rot_rut",
        "field_order_reference",
        "field_buyer_reference",
        "invoice_lines",
    ]
    editor.form_state.dirty = False


def test_the_quote_editor_takes_its_header_before_its_lines(window, qtbot, no_dialogs):
    editor = window.opener.open_quote_editor(1)
    walked = _walk(qtbot, editor, editor.header.field_quote_date, 6)
    assert walked == [
        "field_quote_date",
        "field_valid_until",
        "field_their_reference",
        "field_our_reference",
        "field_rot_rut",
        "invoice_lines",
    ]
    editor.form_state.dirty = False


def test_tab_takes_the_delivery_address_before_the_visiting_one(window, qtbot, no_dialogs):
    card = window.opener.open_card(1)
    card.tabs.setCurrentIndex(1)
    contacts = card.tabs.currentWidget()
    walked = _walk(qtbot, card, contacts.billing.country, 4)
    assert walked == [
        "field_billing_country",
        "field_delivery_same",  # the delivery fields are off while it is ticked
        "field_visiting_street",
        "field_visiting_street2",
    ]


def test_the_quotes_tab_takes_its_button_before_the_list(window, qtbot, no_dialogs):
    card = window.opener.open_card(1)
    quotes = card.findChild(QWidget, "tab_quotes")
    card.tabs.setCurrentWidget(quotes)
    walked = _walk(qtbot, card, quotes.button_new_quote, 3)
    assert walked == ["button_new_quote", "quote_status_filter", "quote_search"]
