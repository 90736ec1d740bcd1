"""Every public function of the package is used by the package: one that only tests call is a
second path the program never takes (the real code goes around it) and is removed, or the real
code is made to go through it."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "kundbok"


def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in PACKAGE.rglob("*.py")}


def test_no_public_function_is_called_by_tests_alone():
    trees = _trees()
    defined = {
        node.name: path.relative_to(PACKAGE)
        for path, tree in trees.items()
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")
    }
    used: Counter[str] = Counter()
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.Name):
                used[node.id] += 1
            elif isinstance(node, ast.Attribute):
                used[node.attr] += 1
    unused = sorted(f"{path}: {name}" for name, path in defined.items() if not used[name])
    assert not unused, unused
