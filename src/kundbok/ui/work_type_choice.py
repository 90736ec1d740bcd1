"""A list to choose a ROT/RUT work type from: none, the ROT types, then the RUT types."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from kundbok.domain.rot_rut.work_types import ROT_WORK_TYPES, RUT_WORK_TYPES, SWEDISH_NAMES


def fill_work_types(box: QComboBox) -> QComboBox:
    """Fill `box` with the work types in Skatteverket's Swedish words; item data is the code."""
    box.addItem("", "")
    for group in (ROT_WORK_TYPES, RUT_WORK_TYPES):
        box.insertSeparator(box.count())
        for work_type in group:
            box.addItem(SWEDISH_NAMES[work_type], work_type.value)
    return box


def choose_work_type(box: QComboBox, code: str) -> None:
    """Show the work type `code` ("" or unknown: none)."""
    box.setCurrentIndex(max(0, box.findData(code)))
