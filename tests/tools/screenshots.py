"""Grab the main window, a customer card and the invoice editor as a Swedish user sees them,
at a scale factor and in a colour scheme, and list the texts that do not fit their controls.

    QT_QPA_PLATFORM=offscreen python tests/tools/screenshots.py OUT_DIR --scale 2 [--dark]

The scale is Qt's (`QT_SCALE_FACTOR`), set before Qt starts, on a screen of 1366 × 768 logical
pixels (2732 × 1536 at 200 %), a small laptop's. Writes OUT_DIR/<window>_<scale>[_dark].png and
prints one line per text cut off ("window: object: text"); `tests/gui/test_scaling.py` runs it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

SCREEN = (1366, 768)  # logical pixels
sys.path.insert(0, str(Path(__file__).parents[2]))  # tests.helpers, run as a script


def _start_qt(scale: float, work: Path) -> None:
    """Qt's platform, scale and screen, which must be set before the application starts."""
    screen = {
        "screens": [
            {
                "name": "laptop",
                "x": 0,
                "y": 0,
                "width": round(SCREEN[0] * scale),
                "height": round(SCREEN[1] * scale),
                "logicalDpi": 96,
            }
        ]
    }
    config = work / "screen.json"
    config.write_text(json.dumps(screen))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = str(scale)
    for variable in ("LANG", "LC_ALL", "LC_MESSAGES"):
        os.environ[variable] = "sv_SE.UTF-8"  # a Swedish user's dates and numbers


def main(argv: list[str]) -> None:
    """Grab the three windows into the folder given; exit 1 when a text is cut off."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--dark", action="store_true")
    options = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="kundbok-screens-"))
    _start_qt(options.scale, work)

    from PySide6.QtCore import QCoreApplication, QLocale, QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    app.setOrganizationName("Kundbok")
    app.setApplicationName("Kundbok")
    for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(form, QSettings.Scope.UserScope, str(work / "settings"))
    from tests.helpers.cut_off import texts_cut_off

    from kundbok.app import create_main_window
    from kundbok.db.migrate import open_database
    from kundbok.i18n import load_translator, number_locale
    from kundbok.services.customers import find_customer_id
    from kundbok.services.demo_data import (
        create_demo_company,
        create_demo_customers,
        create_demo_invoices,
    )
    from kundbok.ui.color_scheme import apply_color_scheme

    QLocale.setDefault(number_locale("sv"))
    translator = load_translator("sv")
    assert translator is not None
    QCoreApplication.installTranslator(translator)
    apply_color_scheme("dark" if options.dark else "light")
    database = work / "kundbok.sqlite3"
    db = open_database(database)
    create_demo_company(db)
    create_demo_customers(db, 60)
    create_demo_invoices(db, 80)
    customer_id = find_customer_id(db, 1)
    db.dispose()

    main_window = create_main_window(str(database))
    main_window.show()
    QTest.qWait(1500)  # the overview and the lists read off the window's thread
    main_window.tabs.setCurrentWidget(main_window.customers)
    QTest.qWait(300)
    card = main_window.opener.open_card(customer_id)
    editor = main_window.opener.open_invoice_editor(customer_id)
    QTest.qWait(1500)
    suffix = f"{round(options.scale * 100)}" + ("_dark" if options.dark else "")
    options.out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    for name, window in (
        ("main_window", main_window),
        ("customer_card", card),
        ("invoice_editor", editor),
    ):
        window.show()
        window.raise_()
        QTest.qWait(300)
        window.grab().save(str(options.out / f"{name}_{suffix}.png"))
        problems += texts_cut_off(window, name)
    for problem in problems:
        print(problem)
    sys.stdout.flush()
    # Closing would ask about the day's backup and the card's changes: the grabs are all.
    os._exit(1 if problems else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
