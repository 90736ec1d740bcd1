"""`kundbok contract new|list|end|adjust|run`: the number alone on the first line, one line per
invoice made and a summary; bad input one line on stderr, exit 2, nothing written."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from kundbok.cli import main
from kundbok.db.models import Contract, ContractAdjustment, Invoice
from kundbok.domain.customer import CustomerDetails
from kundbok.services.articles import ArticleDetails, save_article
from kundbok.services.contract_queries import get_contract
from kundbok.services.contracts import find_contract_id
from kundbok.services.customers import create_customer


@pytest.fixture
def args(db, tmp_path):
    """An article and a customer with a discount; the `--database` arguments."""
    save_article(db, ArticleDetails(number="S1", description="Service", unit_price=D(800)))
    create_customer(db, CustomerDetails(name="Avtal AB", discount_percent=D(10)))
    return ["--database", str(tmp_path / "test.sqlite3")]


def _count(db, table) -> int:
    with db.unit_of_work(write=False) as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def test_new_prints_the_number_and_takes_the_article_and_the_customer_discount(db, args, capsys):
    assert (
        main(
            [
                *args,
                "contract",
                "new",
                "--customer",
                "1",
                "--line",
                "S1:2",
                "--every",
                "3",
                "--start",
                "2027-01-01",
                "--text",
                "Service",
            ]
        )
        == 0
    )
    first = capsys.readouterr().out.splitlines()[0]
    assert first == "1"
    contract = get_contract(db, find_contract_id(db, 1))
    (line,) = contract.lines
    assert (line.article_number, line.unit_price, line.discount_percent) == ("S1", D(800), D(10))
    assert contract.interval_months == 3 and contract.text == "Service"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--line", "S1:1", "--every", "4"], "every 1, 2, 3, 6, 12 months"),
        (["--line", "S1:1", "--every", "1", "--end", "2026-12-31"], "cannot end"),
        (["--line", "NOPE:1", "--every", "1"], "no article NOPE"),
        (["--every", "1"], "at least one --line"),
    ],
)
def test_new_refuses_bad_input_and_writes_nothing(db, args, capsys, extra, message):
    code = main([*args, "contract", "new", "--customer", "1", "--start", "2027-01-01", *extra])
    assert code == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert _count(db, Contract) == 0


def test_an_unknown_customer_is_refused(db, args, capsys):
    code = main(
        [
            *args,
            "contract",
            "new",
            "--customer",
            "99",
            "--line",
            "S1:1",
            "--every",
            "1",
            "--start",
            "2027-01-01",
        ]
    )
    assert code == 2 and _count(db, Contract) == 0


def _new(args) -> None:
    assert (
        main(
            [
                *args,
                "contract",
                "new",
                "--customer",
                "1",
                "--line",
                "S1:1",
                "--every",
                "1",
                "--start",
                "2027-01-01",
            ]
        )
        == 0
    )


def test_run_makes_one_line_per_invoice_then_a_summary(db, args, capsys):
    _new(args)
    capsys.readouterr()
    assert main([*args, "contract", "run", "--date", "2027-03-05", "--issue"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:3] == [
        "contract 1\t2027-01-01 – 2027-01-31\tinvoice 1",
        "contract 1\t2027-02-01 – 2027-02-28\tinvoice 2",
        "contract 1\t2027-03-01 – 2027-03-31\tinvoice 3",
    ]
    assert lines[3].startswith("3 invoices made")
    assert main([*args, "contract", "run", "--date", "2027-03-05"]) == 0
    assert capsys.readouterr().out == "no contract periods due on 2027-03-05\n"


def test_run_makes_drafts_unless_issued(db, args, capsys):
    _new(args)
    capsys.readouterr()
    assert main([*args, "contract", "run", "--date", "2027-01-01"]) == 0
    assert "\tdraft " in capsys.readouterr().out
    with db.unit_of_work(write=False) as session:
        assert session.scalar(select(Invoice.number)) is None


def test_end_and_list(db, args, capsys):
    _new(args)
    assert main([*args, "contract", "end", "1", "--date", "2027-02-10"]) == 0
    assert main([*args, "contract", "list"]) == 0
    assert "1\t1 Avtal AB\t1\t2027-01-01\t720.00\t8640.00\tSEK\tactive" in capsys.readouterr().out
    assert main([*args, "contract", "end", "1", "--date", "2026-01-01"]) == 2
    assert get_contract(db, find_contract_id(db, 1)).end_date == dt.date(2027, 2, 10)


def test_adjust_one_or_all_within_the_limits(db, args, capsys):
    _new(args)
    _new(args)
    assert main([*args, "contract", "adjust", "1", "--percent", "3,5", "--from", "2027-07-01"]) == 0
    assert (
        main([*args, "contract", "adjust", "--all", "--percent", "2", "--from", "2028-01-01"]) == 0
    )
    assert _count(db, ContractAdjustment) == 3
    for bad in (["--percent", "-51"], ["--percent", "101"], ["--percent", "x"]):
        assert main([*args, "contract", "adjust", "--all", *bad, "--from", "2028-01-01"]) == 2
    assert main([*args, "contract", "adjust", "--percent", "2", "--from", "2028-01-01"]) == 2
    assert main([*args, "contract", "adjust", "7", "--percent", "2", "--from", "2028-01-01"]) == 2
    assert _count(db, ContractAdjustment) == 3
