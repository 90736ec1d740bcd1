"""The bundle's spec keeps every Qt module the app imports, and leaves out the ones it excludes."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
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


# Run in a fresh interpreter: Babel keeps the locales it has read for the rest of a process.
READ_BY_THE_APP = """
import babel.localedata
read = set()
original = babel.localedata.load
def load(name, merge_inherited=True):
    read.add(name)
    return original(name, merge_inherited)
babel.localedata.load = load
from kundbok.domain import countries
assert countries.country_code("Deutschland") == "DE"
for language in ("sv", "en"):
    assert countries.country_names(language) and countries.country_name("NO", language)
print(" ".join(sorted(read)))
"""


def test_the_babel_locales_kept_are_those_the_app_reads():
    start = SPEC.index("def babel_locales")
    namespace: dict[str, object] = {}
    exec(SPEC[start : SPEC.index("BABEL_LOCALES = ", start)], namespace)
    kept = namespace["babel_locales"]()  # type: ignore[operator]
    done = subprocess.run(
        [sys.executable, "-c", READ_BY_THE_APP], capture_output=True, text=True, check=True
    )
    read = set(done.stdout.split())
    assert {"root", "sv", "en"} <= read <= kept
    assert len(kept) < 30  # of some 1,100
