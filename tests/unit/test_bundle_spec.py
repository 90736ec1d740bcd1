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


def test_the_babel_locales_kept_are_those_the_app_reads(monkeypatch):
    import babel.localedata

    from kundbok.domain import countries

    start = SPEC.index("def babel_locales")
    namespace: dict[str, object] = {}
    exec(SPEC[start : SPEC.index("BABEL_LOCALES = ", start)], namespace)
    kept = namespace["babel_locales"]()  # type: ignore[operator]
    read: set[str] = set()
    original = babel.localedata.load

    def load(name: str, merge_inherited: bool = True) -> object:
        read.add(name)
        return original(name, merge_inherited)

    monkeypatch.setattr(babel.localedata, "load", load)
    monkeypatch.setattr(babel.localedata, "_cache", {})
    countries._index.cache_clear()
    try:
        assert countries.country_code("Deutschland") == "DE"
        for language in ("sv", "en"):
            assert countries.country_names(language)
            assert countries.country_name("NO", language)
    finally:
        countries._index.cache_clear()
    assert {"root", "sv", "en"} <= read <= kept
    assert len(kept) < 30  # of some 1,100
