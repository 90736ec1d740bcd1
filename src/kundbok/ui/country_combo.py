"""A country chooser: every country by its name in the user's language, searchable by typing
any part of the name or the code; the value is the ISO 3166 code."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from kundbok.domain.countries import HOME_COUNTRY, country_code, country_names
from kundbok.domain.errors import ValidationError
from kundbok.i18n import current_language


class CountryCombo(QComboBox):
    """An editable combo of country names; `code()` is the chosen country's alpha-2 code."""

    changed = Signal()  # the country (or the text typed) changed

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(f"field_{name}")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, country in country_names(current_language()):
            self.addItem(country, code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.set_code(HOME_COUNTRY)
        self.currentTextChanged.connect(lambda _text: self.changed.emit())

    def set_code(self, code: str) -> None:
        """Show the country of `code` (Sweden when blank)."""
        index = self.findData((code or HOME_COUNTRY).upper())
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)

    def code(self) -> str:
        """The code of the country shown or typed (a name or a code); what is not a known
        country is returned as typed, for the save to refuse with its reason."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        try:
            return country_code(text)
        except ValidationError:
            return text
