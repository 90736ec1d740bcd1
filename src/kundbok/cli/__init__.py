"""The `kundbok` command: its parser and `main` (`parser.py`), what the commands share
(`common.py`) and one module per group of commands."""

from kundbok.cli.parser import build_parser, main

__all__ = ["build_parser", "main"]
