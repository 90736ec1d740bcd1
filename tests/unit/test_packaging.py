"""Desktop integration files: the menu entry and AppStream data name the app and its icon."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

PACKAGING = Path(__file__).parents[2] / "packaging"


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(PACKAGING / "se.kundbok.Kundbok.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "kundbok"
    assert (PACKAGING / f"{section['Icon']}.svg").exists()
    assert section["Categories"].endswith(";")


def test_appstream_metainfo():
    root = ET.parse(PACKAGING / "se.kundbok.Kundbok.metainfo.xml").getroot()
    assert root.findtext("id") == "se.kundbok.Kundbok"
    assert root.find("launchable").text == "se.kundbok.Kundbok.desktop"
    assert root.find("screenshots/screenshot/image") is not None
    assert root.find("provides/binary").text == "kundbok"
