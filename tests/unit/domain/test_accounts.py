"""One source for each default account and for the default VAT rate: no account number is
written anywhere in the code but `domain/accounts.py` (and the table of their BAS names), and no
default of 25 % is written anywhere but the dated VAT table."""

from __future__ import annotations

import ast
import datetime as dt
from decimal import Decimal
from pathlib import Path

from kundbok.domain import accounts
from kundbok.domain.invoicing import Line, vat_rate_for
from kundbok.domain.sie.vouchers import BAS_ACCOUNT_NAMES, AccountPlan

SOURCE = Path(__file__).resolve().parents[3] / "src" / "kundbok"
DEFAULTS = {
    value
    for name, value in vars(accounts).items()
    if name.isupper() and isinstance(value, str)
} | set(accounts.SALES_BY_VAT.values()) | set(accounts.OUTPUT_VAT_BY_VAT.values())  # fmt: skip


def _names_table(tree: ast.Module) -> set[int]:
    """The line numbers of the BAS names table, where account numbers are keys."""
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == (
            "BAS_ACCOUNT_NAMES"
        ):
            return set(range(node.lineno, (node.end_lineno or node.lineno) + 1))
    return set()


def test_account_numbers_are_written_in_one_place():
    found = []
    for path in SOURCE.rglob("*.py"):
        if path == SOURCE / "domain" / "accounts.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = _names_table(tree)
        found += [
            f"{path.relative_to(SOURCE)}:{node.lineno} {node.value}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and node.value in DEFAULTS
            and node.lineno not in names
        ]
    assert found == []


def test_the_default_vat_rate_is_the_dated_standard_rate():
    found = []
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            defaults = []
            if isinstance(node, ast.keyword) and node.arg == "default":
                defaults.append(node.value)
            if isinstance(node, ast.AnnAssign) and node.value is not None:
                defaults.append(node.value)
            if isinstance(node, ast.arguments):
                defaults += node.defaults
            found += [
                f"{path.relative_to(SOURCE)}:{value.lineno}"
                for value in defaults
                if isinstance(value, ast.Call)
                and getattr(value.func, "id", "") == "Decimal"
                and [getattr(arg, "value", None) for arg in value.args] in ([25], ["25"])
            ]
    assert found == []
    assert Line(Decimal(1), Decimal(100)).vat_rate == vat_rate_for("standard", dt.date.today())


def test_every_default_account_has_its_bas_name_and_the_plan_reads_them():
    assert set(BAS_ACCOUNT_NAMES) >= DEFAULTS
    plan = AccountPlan()
    assert (plan.receivables, plan.bank, plan.interest, plan.reminder_fee) == (
        accounts.RECEIVABLES,
        accounts.BANK,
        accounts.INTEREST,
        accounts.FEES,
    )
