"""The bundle's spec keeps every Qt module the app imports, and leaves out the ones it excludes."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).parents[2]
SPEC = (ROOT / "packaging" / "kundbok.spec").read_text(encoding="utf-8")


def _spec_list(name: str) -> set[str]:
    match = re.search(rf"^{name} = (\[.*?\])", SPEC, re.S | re.M)
    assert match, f"{name} not found in kundbok.spec"
    return set(ast.literal_eval(match.group(1)))


def _qt_modules_imported() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "src" / "kundbok").rglob("*.py"):
        found |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return found


def test_every_qt_module_the_app_imports_is_bundled():
    imported = _qt_modules_imported()
    assert imported >= {"QtCore", "QtGui", "QtWidgets", "QtPdf"}
    assert imported <= _spec_list("QT_USED")


def test_no_module_is_both_bundled_and_excluded():
    assert not _spec_list("QT_USED") & _spec_list("QT_EXCLUDED")
