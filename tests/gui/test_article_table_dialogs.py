"""Arkiv → Importera artiklar… and Exportera artiklar…: the columns mapped, every row previewed
with its reason, the import run off the GUI thread, all or nothing; the export read back."""

from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel, QPushButton, QTableView

from kundbok.services.articles import ArticleDetails, list_articles, save_article
from kundbok.ui.article_tables import ArticleImportDialog

CONTENT = (
    "Art.nr;Benämning;Enhet;Pris;Moms;Övrigt\n"
    "100;Arbetstid;tim;650;25;x\n"
    "200;Rörkoppling;st;48,50;25;y\n"
    "300;;st;1;25;z\n"
)


def _choose(monkeypatch, method: str, path) -> None:
    monkeypatch.setattr(QFileDialog, method, staticmethod(lambda *args, **kwargs: (str(path), "")))


def _import_dialog(qtbot, window, monkeypatch, tmp_path) -> ArticleImportDialog:
    path = tmp_path / "artiklar.csv"
    path.write_text(CONTENT, encoding="utf-8")
    _choose(monkeypatch, "getOpenFileName", path)
    window.findChild(QAction, "action_import_articles").trigger()
    dialog = window.findChild(ArticleImportDialog, "article_import_dialog")
    assert dialog is not None
    return dialog


def test_articles_are_mapped_previewed_and_imported(
    qtbot, window, no_dialogs, monkeypatch, tmp_path
):
    dialog = _import_dialog(qtbot, window, monkeypatch, tmp_path)
    chosen = dialog.mapping.chosen_mapping()
    assert (chosen["Art.nr"], chosen["Pris"], chosen["Moms"]) == (
        "number",
        "unit_price",
        "vat_rate",
    )
    assert chosen["Övrigt"] is None  # no field for it: left out
    with qtbot.waitSignal(dialog.worker.finished, timeout=20_000):
        dialog.findChild(QPushButton, "button_preview").click()
    summary = dialog.findChild(QLabel, "import_summary").text()
    assert "3 rows: new 2, update 0, unchanged 0, with errors 1" in summary
    table = dialog.findChild(QTableView, "preview_table")
    assert table.model().index(2, 5).data() == "An article needs a description."
    button = dialog.findChild(QPushButton, "button_import")
    assert not button.isEnabled()  # rows with errors: all or nothing
    dialog.findChild(QCheckBox, "field_skip_errors").setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        button.click()
    assert [a.number for a in list_articles(window.db)] == ["100", "200"]
    assert "2 articles added, 0 changed, 0 already up to date, 1 rows" in no_dialogs[1][-1][1]


def test_the_export_writes_every_article(qtbot, window, no_dialogs, monkeypatch, tmp_path):
    save_article(window.db, ArticleDetails(number="7", description="Sju", unit_price=D(7)))
    target = tmp_path / "ut.xlsx"
    _choose(monkeypatch, "getSaveFileName", target)
    window.findChild(QAction, "action_export_articles").trigger()
    assert target.exists()
    assert "1 articles written to ut.xlsx." in no_dialogs[1][-1][1]


def test_the_menus_offer_the_actions(window):
    texts = {
        action.objectName()
        for menu in window.menuBar().actions()
        for action in menu.menu().actions()
    }
    assert {
        "action_price_lists",
        "action_import_articles",
        "action_export_articles",
        "action_send_statements",
    } <= texts
