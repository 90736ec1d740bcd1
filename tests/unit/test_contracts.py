"""The contracts that tests and scripts rely on are written down in docs/architecture.md: every
object name the UI sets, and every command of the command line."""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

from kundbok.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
ARCHITECTURE = ROOT / "docs" / "architecture.md"
# The calls that give a widget or an action its object name in src/kundbok/ui.
NAMING_CALLS = {"setObjectName", "add_action", "_button"}


def _documented() -> set[str]:
    return set(re.findall(r"`([a-z_0-9]+)`", ARCHITECTURE.read_text(encoding="utf-8")))


def _object_names() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "src" / "kundbok" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            called = node.func.attr if isinstance(node.func, ast.Attribute) else None
            first = node.args[0]
            if called in NAMING_CALLS and isinstance(first, ast.Constant):
                names.add(str(first.value))
    return names


def test_every_object_name_is_in_the_architecture_notes():
    names = _object_names()
    assert {"main_window", "search_field", "customer_table"} <= names
    missing = sorted(names - _documented())
    assert not missing, f"add these object names to {ARCHITECTURE.name}: {missing}"


def test_every_command_is_in_the_architecture_notes_and_readme():
    parser = build_parser()
    commands = next(
        action for action in parser._actions if isinstance(action, argparse._SubParsersAction)
    )
    notes = ARCHITECTURE.read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in commands.choices:
        assert f"`{command} " in notes or f"`{command}`" in notes, command
        assert f"`kundbok {command}" in readme, command
