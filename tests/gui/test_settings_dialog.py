"""The settings dialog offers the VAT rates in force and stops text at what the register holds."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QSettings

from kundbok.domain import limits
from kundbok.domain.invoicing import vat_rates_on
from kundbok.services.settings import get_company
from kundbok.ui.settings_dialog import SettingsDialog


def test_vat_rates_and_limits(qtbot, db, tmp_path):
    settings = QSettings(str(tmp_path / "kundbok.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(db, settings)
    qtbot.addWidget(dialog)
    box = dialog.field_vat_rate
    assert [Decimal(box.itemData(i)) for i in range(box.count())] == vat_rates_on(dt.date.today())
    assert dialog.fields["name"].maxLength() == limits.NAME
    assert dialog.fields["street"].maxLength() == limits.ADDRESS_LINE
    box.setCurrentIndex(box.findData("12"))
    dialog.fields["name"].setText("Rörmokarn AB")
    dialog.save()
    company = get_company(db)
    assert (company.name, company.vat_rate) == ("Rörmokarn AB", Decimal(12))
