"""A choice of VAT rate: the rates in force on a day, from the domain's dated table."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QWidget

from kundbok.domain.invoicing import vat_rates_on


def vat_rate_box(parent: QWidget, current: Decimal, day: dt.date | None = None) -> QComboBox:
    """A combo box of the VAT rates in force on `day` (today), `current` chosen; a rate no
    longer in force stays listed while it is the current one, so opening a form changes nothing."""
    box = QComboBox(parent)
    rates = vat_rates_on(day or dt.date.today())
    if current not in rates:
        rates.append(current)
    for rate in rates:
        text = f"{rate.normalize():f}"
        box.addItem(f"{text} %", text)
    choose_vat_rate(box, current)
    return box


def choose_vat_rate(box: QComboBox, rate: Decimal) -> None:
    """Show `rate` in a box made by `vat_rate_box` (the first rate if it is not listed)."""
    box.setCurrentIndex(max(0, box.findData(f"{rate.normalize():f}")))


def chosen_vat_rate(box: QComboBox) -> Decimal:
    """The rate chosen in a box made by `vat_rate_box`."""
    return Decimal(str(box.currentData()))
