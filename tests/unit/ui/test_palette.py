"""The app's own colours are readable in the light and the dark scheme: WCAG 2 contrast of at
least 4.5:1 against the background they are drawn on."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from kundbok.ui.color_scheme import dark_palette, light_palette
from kundbok.ui.palette import BACKGROUNDS, FOREGROUNDS, NOTICE, NOTICE_TEXT, is_dark

AA_NORMAL_TEXT = 4.5


def _luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.red())
        + 0.7152 * linear(colour.green())
        + 0.0722 * linear(colour.blue())
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio, from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_contrast_ratio_is_wcags():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


def _schemes(_qapp) -> list[tuple[str, QPalette]]:
    return [("light", light_palette()), ("dark", dark_palette())]


def test_each_scheme_is_what_it_says(qapp):
    assert not is_dark(light_palette())
    assert is_dark(dark_palette())


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_colour_of_the_app_is_readable_on_its_scheme(qapp, scheme):
    palette = dict(_schemes(qapp))[scheme]
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    too_faint = []
    for foreground in FOREGROUNDS:
        drawn = QColor(getattr(foreground, scheme))
        for background in (window, base):
            if contrast(drawn, background) < AA_NORMAL_TEXT:
                too_faint.append((foreground, background.name()))
    for background in BACKGROUNDS:
        behind = QColor(getattr(background, scheme))
        if contrast(text, behind) < AA_NORMAL_TEXT:
            too_faint.append((text.name(), background))
    notice = contrast(QColor(getattr(NOTICE_TEXT, scheme)), QColor(getattr(NOTICE, scheme)))
    if notice < AA_NORMAL_TEXT:
        too_faint.append((NOTICE_TEXT, NOTICE))
    assert too_faint == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_hand_made_palettes_own_text_is_readable(qapp, scheme):
    palette = dict(_schemes(qapp))[scheme]
    pairs = [
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
        (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
        (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
    ]
    for text, background in pairs:
        assert contrast(palette.color(text), palette.color(background)) >= AA_NORMAL_TEXT
