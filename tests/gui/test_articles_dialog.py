"""The article register: add an article, and an invoice line finds it by its number."""

from __future__ import annotations

from decimal import Decimal

from kundbok.services.articles import find_article


def test_add_and_change_an_article(qtbot, window, no_dialogs):
    dialog = window.opener.open_articles()
    dialog.field_number.setText("100")
    dialog.field_description.setText("Arbetstid rörmokare")
    dialog.field_unit.setText("tim")
    dialog.field_unit_price.setText("650,00")
    dialog.field_kind.setCurrentIndex(dialog.field_kind.findData("labour"))
    assert dialog.save() is not None
    article = find_article(window.db, "100")
    assert (article.unit_price, article.rot_rut_kind) == (Decimal("650.00"), "labour")
    dialog.table.selectRow(0)
    dialog.field_unit_price.setText("700")
    dialog.save()
    assert find_article(window.db, "100").unit_price == Decimal("700.00")
    assert dialog.table.rowCount() == 1
    dialog.new_article()
    dialog.field_number.setText("100")
    dialog.field_description.setText("Dubblett")
    assert dialog.save() is None  # the number is taken
    assert no_dialogs[1][-1][0] == "warning"
    dialog.close()


def test_an_invoice_line_is_filled_from_the_article(qtbot, window, no_dialogs):
    dialog = window.opener.open_articles()
    dialog.field_number.setText("200")
    dialog.field_description.setText("Blandare kök")
    dialog.field_unit_price.setText("1895")
    dialog.save()
    dialog.close()
    window.customers.table.selectRow(0)
    editor = window.create_invoice()
    editor.lines.add_line()
    lines = editor.lines.model
    lines.setData(lines.index(0, 0), "200")
    assert lines.index(0, 1).data() == "Blandare kök"
    assert editor.current_invoice().lines[0].unit_price == Decimal("1895.00")
    editor.form_state.dirty = False
    editor.close()


def test_vat_choices_come_from_the_dated_table_and_texts_stop_at_their_limits(qtbot, window):
    import datetime as dt

    from kundbok.domain import limits
    from kundbok.domain.invoicing import vat_rates_on

    dialog = window.opener.open_articles()
    choices = [
        Decimal(dialog.field_vat_rate.itemData(i)) for i in range(dialog.field_vat_rate.count())
    ]
    assert choices == vat_rates_on(dt.date.today())
    assert dialog.field_description.maxLength() == limits.ARTICLE_DESCRIPTION
    assert dialog.field_number.maxLength() == limits.ARTICLE_NUMBER
    dialog.close()
