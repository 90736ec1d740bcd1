"""vCard from the list: export the selection, import with a preview, nothing before confirming."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QTableWidget

from kundbok.services.search import CustomerQuery, count_customers


def test_export_the_selected_customers(qtbot, window, monkeypatch, tmp_path):
    asked = {}

    def save_as(parent, caption, name, filters):
        asked["name"] = name
        return str(tmp_path / "valda"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    window.table.selectRow(0)
    window.findChild(QAction, "action_export_vcard").trigger()
    row = window.selected_rows()[0]
    assert asked["name"].endswith(".vcf") and row.name.split()[0] in asked["name"]
    text = (tmp_path / "valda.vcf").read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 1 and row.name in text


def test_import_shows_a_preview_and_changes_nothing_until_confirmed(
    qtbot, window, monkeypatch, tmp_path, no_dialogs
):
    path = tmp_path / "nya.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nyköpings Nya AB\r\nORG:Nyköpings Nya AB\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), ""))
    )
    before = count_customers(window.db, CustomerQuery(include_inactive=True))
    window.findChild(QAction, "action_import_vcard").trigger()
    preview = window.vcard_preview
    assert preview.isVisible()
    assert preview.findChild(QTableWidget, "vcard_import_entries").rowCount() == 1
    assert count_customers(window.db, CustomerQuery(include_inactive=True)) == before
    preview.accept()
    assert count_customers(window.db, CustomerQuery(include_inactive=True)) == before + 1
    qtbot.waitUntil(lambda: window.model.query.text == "")
    assert any(kind == "information" for kind, _text in no_dialogs[1])


def test_a_broken_file_gets_a_message(qtbot, window, monkeypatch, tmp_path, no_dialogs):
    path = tmp_path / "trasig.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nFN:Halv\r\n")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), ""))
    )
    window.findChild(QAction, "action_import_vcard").trigger()
    kind, text = no_dialogs[1][-1]
    assert kind == "warning" and "card 1" in text
