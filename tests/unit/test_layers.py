"""The layers depend one way, as docs/architecture.md says (Layers): ui -> services -> db, domain;
cli -> services; no Qt below the UI, no SQL in it, and no module importing one that imports it
back. Imports inside functions and under TYPE_CHECKING count too."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "kundbok"
EDGES = ("kundbok.app", "kundbok.cli", "kundbok.self_test")
FORBIDDEN = {
    "domain": (
        "kundbok.db",
        "kundbok.services",
        "kundbok.ui",
        "kundbok.config",
        "kundbok.i18n",
        "kundbok.log_file",
        *EDGES,
        "PySide6",
        "sqlalchemy",
        "alembic",
    ),
    "db": ("kundbok.services", "kundbok.ui", *EDGES, "PySide6"),
    "services": ("kundbok.ui", *EDGES, "PySide6"),
    "ui": (*EDGES, "kundbok.db", "sqlalchemy", "alembic"),
    "cli": ("kundbok.ui", "kundbok.db", "sqlalchemy", "alembic"),
}
# The names a layer may import from a package forbidden to it, each for a reason the
# architecture notes give.
ALLOWED = {
    # The open database as a handle the UI holds and hands to services; it opens no session.
    "ui": {"kundbok.db.session.Database"},
    # The command line is where the database is opened (with the checks of db/database_file.py,
    # and a warning for a register on a network drive); print-invoice prints as the GUI does.
    "cli": {
        "kundbok.db.session.Database",
        "kundbok.db.migrate.open_database",
        "kundbok.db.network_drive.register_on_network",
        "kundbok.ui.printing.print_pdfs",
    },
}
# What opens a session or reaches past the services to the database.
SESSION_CALLS = {"unit_of_work", "engine", "sessionmaker", "Session"}


def _modules(root: Path) -> dict[str, Path]:
    """Every module of the package under `root`, by dotted name."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imported(path: Path, module: str) -> Iterator[str]:
    """The dotted names `path` imports (module, and module.name for `from` imports),
    relative imports resolved against `module`."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = module.split(".")[: None if is_package else -1]
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def _offends(name: str, forbidden: str) -> bool:
    return name == forbidden or name.startswith(forbidden + ".")


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_imports_nothing_above_it(layer):
    modules = {name: path for name, path in _modules(PACKAGE).items()
               if _offends(name, f"kundbok.{layer}")}  # fmt: skip
    assert modules
    allowed = ALLOWED.get(layer, set())
    # `from kundbok.db.session import Database` yields the module too: it passes when one of
    # the names imported from it is allowed.
    allowed_modules = {name.rpartition(".")[0] for name in allowed}
    wrong = set()
    for module, path in modules.items():
        names = set(_imported(path, module))
        for name in names:
            if name in allowed or (
                name in allowed_modules and any(n.startswith(name + ".") for n in names)
            ):
                continue
            wrong |= {
                f"{module}: {name}" for forbidden in FORBIDDEN[layer] if _offends(name, forbidden)
            }
    assert not wrong, sorted(wrong)


def test_the_ui_opens_no_session():
    """The UI hands the database to services; it never opens a unit of work or an engine."""
    wrong = set()
    for module, path in _modules(PACKAGE / "ui").items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in SESSION_CALLS:
                wrong.add(f"{module}: .{node.attr}")
    assert not wrong, sorted(wrong)


def import_circles(root: Path) -> list[list[str]]:
    """The groups of modules of the package at `root` that import each other, directly or
    round a longer circle (Tarjan's strongly connected components of the import graph)."""
    modules = _modules(root)

    def target(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        targets = {target(name) for name in _imported(path, module)}
        # A module importing its own package's face (`from kundbok.ui.x import ...` inside
        # kundbok.ui.x.y) is no circle.
        graph[module] = {t for t in targets if t and t != module and not _offends(module, t)}

    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(module: str) -> None:
        order[module] = low[module] = len(order)
        stack.append(module)
        for imported in graph[module]:
            if imported not in order:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], order[imported])
        if low[module] == order[module]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for module in graph:
        if module not in order:
            visit(module)
    return circles


def test_no_module_imports_one_that_imports_it_back():
    assert import_circles(PACKAGE) == []


def test_a_circle_is_found(tmp_path):
    package = tmp_path / "pkg"
    (package / "ui").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "ui" / "__init__.py").write_text("")
    (package / "ui" / "window.py").write_text("from pkg.ui.actions import Actions\n")
    (package / "ui" / "actions.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.ui import window\n"
    )
    (package / "ui" / "alone.py").write_text("from . import actions\n")
    assert import_circles(package) == [["pkg.ui.actions", "pkg.ui.window"]]
