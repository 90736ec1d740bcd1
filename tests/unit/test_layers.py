"""The layers depend one way (docs/architecture.md): ui -> services -> db -> domain, no Qt below
the UI and no SQL in it. Imports inside functions count too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "kundbok"
EDGES = ("kundbok.app", "kundbok.cli")
FORBIDDEN = {
    "domain": (
        "kundbok.db",
        "kundbok.services",
        "kundbok.ui",
        "kundbok.config",
        "kundbok.i18n",
        "kundbok.logfile",
        *EDGES,
        "PySide6",
        "sqlalchemy",
        "alembic",
    ),
    "db": ("kundbok.services", "kundbok.ui", *EDGES, "PySide6"),
    "services": ("kundbok.ui", *EDGES, "PySide6"),
    "ui": (*EDGES, "sqlalchemy", "alembic"),
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _offends(name: str, forbidden: str) -> bool:
    return name == forbidden or name.startswith(forbidden + ".")


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_imports_nothing_above_it(layer):
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files
    wrong = {
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in files
        for name in _imports(path)
        for forbidden in FORBIDDEN[layer]
        if _offends(name, forbidden)
    }
    assert not wrong, sorted(wrong)
