"""`kundbok quote …`: a quote from draft to PDF, accepted and invoiced in two parts, all from
the command line; the number (or a draft's id) alone on the first line; bad input one line on
stderr, exit 2, nothing made."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from kundbok.cli import main
from kundbok.db.models import Invoice, Quote
from kundbok.domain.customer import CustomerDetails
from kundbok.services.articles import ArticleDetails, save_article
from kundbok.services.customers import create_customer
from kundbok.services.invoice_queries import find_invoice_id, get_invoice
from kundbok.services.quote_queries import find_quote_id, get_quote


@pytest.fixture
def register(db, tmp_path):
    save_article(
        db,
        ArticleDetails(
            number="T1", description="Arbetstimme", unit="tim", unit_price=D(650),
            rot_rut_kind="labour", work_type="Bygg",
        ),
    )  # fmt: skip
    private = create_customer(
        db,
        CustomerDetails(
            name="Eva Ek",
            kind="private",
            personal_number="19121212-1212",
            rot_rut_property="Umeå Ön 1:2",
        ),
    )
    return ["--database", str(tmp_path / "test.sqlite3")], private.number


def _run(capsys, *args: str) -> tuple[int, list[str], str]:
    status = main([*args])
    out, err = capsys.readouterr()
    return status, out.splitlines(), err


def _count(db, table) -> int:
    with db.unit_of_work(write=False) as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def test_a_quote_from_the_command_line_to_two_paid_part_invoices(db, register, capsys, tmp_path):
    args, customer = register
    new = ["quote", "new", "--customer", str(customer), "--line", "T1:40", "--rot"]
    status, out, _ = _run(capsys, *args, *new, "--text-line", "Kakel:1:12 000,00")
    assert status == 0 and out[0] == "1"
    status, out, _ = _run(capsys, *args, "quote", "pdf", "1", str(tmp_path / "q.pdf"))
    text = PdfReader(tmp_path / "q.pdf").pages[0].extract_text()
    assert status == 0 and "Offert" in text and "Preliminärt ROT-avdrag" in text
    assert _run(capsys, *args, "quote", "accept", "1")[0] == 0
    status, out, _ = _run(capsys, *args, "quote", "invoice", "1", "--percent", "40", "--issue")
    assert status == 0 and out[0] == "1"
    status, out, _ = _run(capsys, *args, "quote", "invoice", "1", "--issue")
    assert status == 0 and out[0] == "2"
    quote = get_quote(db, find_quote_id(db, 1))
    parts = [get_invoice(db, find_invoice_id(db, n)) for n in (1, 2)]
    assert sum(p.totals().to_pay for p in parts) == quote.totals().to_pay
    assert sum(p.totals().deduction for p in parts) == quote.totals().deduction
    for number, part in ((1, parts[0]), (2, parts[1])):
        due = f"{part.totals().to_pay:.2f}"
        assert _run(capsys, *args, "pay", str(number), due)[0] == 0
    assert {get_invoice(db, p.id).state for p in parts} == {"paid"}
    status, out, _ = _run(capsys, *args, "quote", "list", "--status", "invoiced")
    assert status == 0 and out[0].startswith("1\t")


@pytest.mark.parametrize(
    "words",
    [
        ["--customer", "99", "--line", "T1:1"],  # no such customer
        ["--customer", "{c}", "--line", "NOPE:1"],  # no such article
        ["--customer", "{c}", "--line", "T1:0"],  # a zero quantity
        ["--customer", "{c}", "--line", "T1:-2"],  # a negative one
        ["--customer", "{c}", "--line", "T1:1", "--valid-days", "0"],
        ["--customer", "{c}", "--line", "T1:1", "--rot", "--rut"],
        ["--customer", "{c}"],  # no lines
    ],
)
def test_bad_input_makes_no_quote(db, register, capsys, words):
    args, customer = register
    words = [word.format(c=customer) for word in words]
    status, out, err = _run(capsys, *args, "quote", "new", *words)
    assert status == 2 and out == [] and err.startswith("kundbok: ") and err.count("\n") == 1
    assert _count(db, Quote) == 0


def test_a_quote_not_accepted_or_invoiced_beyond_100_percent_is_refused(db, register, capsys):
    args, customer = register
    _run(capsys, *args, "quote", "new", "--customer", str(customer), "--line", "T1:10")
    status, out, err = _run(capsys, *args, "quote", "invoice", "1")
    assert status == 2 and "not accepted" in err
    _run(capsys, *args, "quote", "accept", "1")
    assert _run(capsys, *args, "quote", "invoice", "1", "--percent", "60")[0] == 0
    for words in (["--percent", "41"], ["--percent", "0"], ["--lines", "2"], ["--percent", "x"]):
        status, out, err = _run(capsys, *args, "quote", "invoice", "1", *words)
        assert status == 2 and out == [] and err.count("\n") == 1, words
    assert _count(db, Invoice) == 1
    assert _run(capsys, *args, "quote", "decline", "1")[0] == 2  # accepted already


def test_how_long_a_new_quote_stands_is_a_setting(db, register, capsys):
    args, customer = register
    assert _run(capsys, *args, "settings", "company.quote_valid_days=45")[0] == 0
    for bad in ("0", "x", "366"):
        status, _, err = _run(capsys, *args, "settings", f"company.quote_valid_days={bad}")
        assert status == 2 and err.count("\n") == 1
    _run(capsys, *args, "quote", "new", "--customer", str(customer), "--line", "T1:1")
    quote = get_quote(db, find_quote_id(db, 1))
    assert (quote.valid_until - quote.quote_date).days == 45
