"""Agreed prices in the window: the editor's line takes the customer's price and shows where it
came from, volume steps follow the quantity, the discount goes only on unagreed lines; the
price lists dialog and the card's own prices; the credit limit warning before issuing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
)

from kundbok.domain.customer import CustomerDetails
from kundbok.services.articles import ArticleDetails, list_articles, save_article
from kundbok.services.customer_groups import list_groups
from kundbok.services.customers import create_customer, get_customer, update_customer
from kundbok.services.history import customer_history
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.price_lists import (
    PriceOwner,
    create_price_list,
    list_price_lists,
    list_prices,
    set_price,
)
from kundbok.services.settings import get_company
from kundbok.ui.customer_card import CustomerCard
from kundbok.ui.customer_list import COLUMNS
from kundbok.ui.invoice_editor import InvoiceEditor
from kundbok.ui.invoice_editor.lines_model import Column
from kundbok.ui.price_form import PriceForm
from kundbok.ui.price_lists_dialog import PriceListsDialog
from kundbok.ui.settings_dialog import SettingsDialog

TODAY = dt.date.today()


@pytest.fixture
def priced(window):
    """Article 100 at 1000 kr; list Bygg 950, from 10 st 900; customer Bygg AB with the list,
    10 % general discount and its own price 800 from 50 st."""
    db = window.db
    article = save_article(
        db, ArticleDetails(number="100", description="Arbete", unit_price=Decimal(1000))
    )
    save_article(db, ArticleDetails(number="200", description="Rör", unit_price=Decimal(50)))
    bygg = create_price_list(db, "Bygg")
    set_price(db, PriceOwner(price_list_id=bygg.id), article.id, Decimal(950))
    set_price(db, PriceOwner(price_list_id=bygg.id), article.id, Decimal(900), Decimal(10))
    customer = create_customer(
        db,
        CustomerDetails(name="Bygg AB", price_list_id=bygg.id, discount_percent=Decimal(10)),
    )
    set_price(db, PriceOwner(customer_id=customer.id), article.id, Decimal(800), Decimal(50))
    return db, customer


def _type(editor, row, column, text):
    model = editor.lines.model
    return model.setData(model.index(row, column), text)


def _cell(editor, row, column):
    return editor.lines.model.index(row, column).data()


def test_the_line_takes_the_agreed_price_and_says_where_from(qtbot, priced, no_dialogs):
    db, customer = priced
    editor = InvoiceEditor(db, customer.id)
    qtbot.addWidget(editor)
    editor.lines.add_line()
    assert _type(editor, 0, Column.ARTICLE, "100")
    assert _cell(editor, 0, Column.PRICE) == "950.00"
    assert _cell(editor, 0, Column.PRICE_SOURCE) == "list Bygg"
    assert _cell(editor, 0, Column.DISCOUNT) == "0"  # an agreed price takes no discount
    assert _type(editor, 0, Column.QUANTITY, "12")
    assert (_cell(editor, 0, Column.PRICE), _cell(editor, 0, Column.PRICE_SOURCE)) == (
        "900.00",
        "list Bygg, from 10",
    )
    assert _type(editor, 0, Column.QUANTITY, "50")
    assert (_cell(editor, 0, Column.PRICE), _cell(editor, 0, Column.PRICE_SOURCE)) == (
        "800.00",
        "customer's price, from 50",
    )
    editor.lines.add_line()
    assert _type(editor, 1, Column.ARTICLE, "200")  # no agreement: the article's, discounted
    assert (_cell(editor, 1, Column.PRICE), _cell(editor, 1, Column.DISCOUNT)) == ("50.00", "10")
    assert _cell(editor, 1, Column.PRICE_SOURCE) == "article price"
    # a typed price is the user's: no source, and the quantity no longer changes it
    assert _type(editor, 0, Column.PRICE, "777")
    assert _cell(editor, 0, Column.PRICE_SOURCE) == ""
    assert _type(editor, 0, Column.QUANTITY, "5")
    assert _cell(editor, 0, Column.PRICE) == "777.00"


def test_a_saved_draft_shows_its_sources_and_an_issued_invoice_keeps_its_prices(
    qtbot, priced, no_dialogs
):
    db, customer = priced
    editor = InvoiceEditor(db, customer.id)
    qtbot.addWidget(editor)
    editor.lines.add_line()
    _type(editor, 0, Column.ARTICLE, "100")
    assert editor.save()
    again = InvoiceEditor(db, invoice_id=editor.invoice.id)
    qtbot.addWidget(again)
    assert _cell(again, 0, Column.PRICE_SOURCE) == "list Bygg"
    assert again.issue()
    # the list changes afterwards; the issued invoice does not
    bygg = PriceOwner(price_list_id=list_price_lists(db)[0].id)
    set_price(db, bygg, list_prices(db, bygg)[0].article_id, Decimal(1))
    issued = get_invoice(db, again.invoice.id)
    assert issued.lines[0].unit_price == Decimal(950)
    shown = InvoiceEditor(db, invoice_id=issued.id)
    qtbot.addWidget(shown)
    assert _cell(shown, 0, Column.PRICE) == "950.00"
    assert _cell(shown, 0, Column.PRICE_SOURCE) == ""


def test_the_price_lists_dialog_keeps_lists_and_prices(qtbot, priced, monkeypatch):
    db, _customer = priced
    dialog = PriceListsDialog(db)
    qtbot.addWidget(dialog)
    lists = dialog.findChild(QListWidget, "price_list_list")
    assert lists.count() == 1
    assert lists.item(0).text() == "Bygg (2 prices, 1 customers, 0 groups)"
    table = dialog.findChild(QTableWidget, "prices_table")
    assert table.rowCount() == 2
    monkeypatch.setattr(
        "kundbok.ui.price_lists_dialog.QInputDialog.getText",
        lambda *args, **kwargs: ("Privat", True),
    )
    dialog.findChild(QPushButton, "button_new_price_list").click()
    assert lists.currentItem().text().startswith("Privat (0 prices")

    def fill(form: PriceForm) -> int:
        form.findChild(QComboBox, "field_article").setCurrentIndex(1)  # 200 Rör
        form.findChild(QLineEdit, "field_unit_price").setText("45,50")
        form.findChild(QLineEdit, "field_valid_from").setText("2026-01-01")
        form.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(PriceForm, "exec", fill)
    dialog.findChild(QPushButton, "button_add_price").click()
    privat = next(item for item in list_price_lists(db) if item.name == "Privat")
    [price] = list_prices(db, PriceOwner(price_list_id=privat.id))
    assert (price.article_number, price.unit_price, price.valid_from) == (
        "200",
        Decimal("45.50"),
        dt.date(2026, 1, 1),
    )
    assert table.rowCount() == 1 and table.item(0, 3).text() == "45.50"


def test_what_the_price_form_cannot_read_is_said_and_nothing_saved(qtbot, priced, no_dialogs):
    db, _customer = priced
    form = PriceForm([], None)
    qtbot.addWidget(form)
    form.field_unit_price.setText("10")
    form.accept()
    assert form.result_price is None and "article" in no_dialogs[1][-1][1]
    form = PriceForm(list_articles(db), None)
    qtbot.addWidget(form)
    form.field_unit_price.setText("10")
    form.field_valid_to.setText("31/12/2026")
    form.accept()
    assert form.result_price is None and "YYYY-MM-DD" in no_dialogs[1][-1][1]


def test_the_card_names_the_list_and_keeps_own_prices(qtbot, priced):
    db, customer = priced
    card = CustomerCard(db, customer.id)
    qtbot.addWidget(card)
    choice = card.findChild(QComboBox, "field_price_list")
    assert choice.currentText() == "Bygg"
    table = card.findChild(QTableWidget, "prices_table")
    assert table.rowCount() == 1 and table.item(0, 0).text() == "100"
    choice.setCurrentIndex(0)  # no list
    card.findChild(QLineEdit, "field_credit_limit").setText("25000")
    card.save()
    saved = get_customer(db, customer.id)
    assert (saved.price_list_id, saved.credit_limit) == (None, Decimal(25000))


def test_a_new_customer_cannot_have_own_prices_before_it_is_saved(qtbot, window):
    card = CustomerCard(window.db)
    qtbot.addWidget(card)
    assert not card.findChild(QPushButton, "button_add_price").isEnabled()


def test_issuing_past_the_credit_limit_warns_and_goes_on_when_told(qtbot, priced, no_dialogs):
    db, customer = priced
    update_customer(
        db, customer.id, replace(get_customer(db, customer.id), credit_limit=Decimal(1000))
    )
    answers, asked = no_dialogs
    editor = InvoiceEditor(db, customer.id)
    qtbot.addWidget(editor)
    editor.lines.add_line()
    _type(editor, 0, Column.ARTICLE, "100")  # 950 + VAT = 1 187,50
    answers["warning"] = QMessageBox.StandardButton.No
    assert not editor.issue()
    assert "past its credit limit of 1,000.00 kr" in asked[-1][1]
    assert "With 1,188.00 kr more" in asked[-1][1] and "owes 0.00 kr" in asked[-1][1]
    assert get_invoice(db, editor.invoice.id).number is None
    answers["warning"] = QMessageBox.StandardButton.Yes
    assert editor.issue()
    assert [e for e in customer_history(db, customer.id) if e.action == "credit limit passed"]


def test_the_list_marks_customers_past_their_limit(qtbot, window, priced, no_dialogs):
    db, customer = priced
    update_customer(
        db, customer.id, replace(get_customer(db, customer.id), credit_limit=Decimal(100))
    )
    editor = InvoiceEditor(db, customer.id)
    qtbot.addWidget(editor)
    editor.lines.add_line()
    _type(editor, 0, Column.ARTICLE, "100")
    no_dialogs[0]["warning"] = QMessageBox.StandardButton.Yes
    assert editor.issue()
    window.customers.search_field.setText("Bygg AB")
    window.customers.apply_search()
    model = window.customers.model
    column = [key for key, _title in COLUMNS].index("open_amount")
    row = next(r for r in range(model.rowCount()) if model.row(r).id == customer.id)
    index = model.index(row, column)
    assert index.data() == "1,188.00"
    assert "credit limit of 100.00 kr" in index.data(3)  # the tooltip


def test_a_groups_credit_limit_and_list_reach_a_new_customer(qtbot, window, no_dialogs):
    db = window.db
    bygg = create_price_list(db, "Bygg")
    dialog = window.opener.open_customer_groups()
    dialog.field_name.setText("Byggkunder")
    dialog.field_credit_limit.setText("100 000")
    dialog.field_price_list.setCurrentIndex(dialog.field_price_list.findData(bygg.id))
    assert dialog.save() is not None
    [group] = list_groups(db)
    assert (group.credit_limit, group.price_list_id) == (Decimal(100000), bygg.id)
    dialog.close()
    card = window.opener.open_card(None)
    group_box = card.findChild(QComboBox, "field_group")
    group_box.setCurrentIndex(group_box.findData(group.id))
    assert card.findChild(QLineEdit, "field_credit_limit").text() == "100000"
    assert not card.findChild(QLabel, "from_group_credit_limit").isHidden()
    card.findChild(QLineEdit, "field_credit_limit").setText("abc")
    assert not card.button_save.isEnabled()  # said beside the field; nothing saved
    card.form.dirty = False
    card.close()


def test_the_swish_number_in_the_settings(qtbot, window, no_dialogs, tmp_path):
    dialog = SettingsDialog(
        window.db, QSettings(str(tmp_path / "k.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(dialog)
    dialog.fields["swish"].setText("123 118 11 89")
    dialog.save()
    assert get_company(window.db).swish == "1231181189"


def test_a_new_invoice_date_prices_the_agreed_lines_again(qtbot, priced, no_dialogs):
    db, customer = priced
    bygg = PriceOwner(price_list_id=list_price_lists(db)[0].id)
    article_id = list_prices(db, bygg)[0].article_id
    first_of_may = dt.date(TODAY.year + 1, 5, 1)
    set_price(db, bygg, article_id, Decimal(700), valid_from=first_of_may, valid_to=first_of_may)
    editor = InvoiceEditor(db, customer.id)
    qtbot.addWidget(editor)
    editor.lines.add_line()
    _type(editor, 0, Column.ARTICLE, "100")
    editor.lines.add_line()
    _type(editor, 1, Column.ARTICLE, "100")
    _type(editor, 1, Column.PRICE, "1")  # typed: stays
    assert _cell(editor, 0, Column.PRICE) == "950.00"
    editor.header.field_invoice_date.setDate(
        QDate(first_of_may.year, first_of_may.month, first_of_may.day)
    )
    assert _cell(editor, 0, Column.PRICE) == "700.00"
    assert _cell(editor, 1, Column.PRICE) == "1.00"
