"""`kundbok invoice new|issue|credit|rate` and `pay --exchange-rate`: the document's number (or
a draft's id) alone on the first line; bad input one line on stderr, exit 2, nothing made."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from kundbok.cli import main
from kundbok.db.models import Invoice
from kundbok.domain.customer import CustomerDetails
from kundbok.services.articles import ArticleDetails, save_article
from kundbok.services.customers import create_customer
from kundbok.services.invoice_queries import find_invoice_id, get_invoice
from kundbok.services.payments.booking import invoice_payments


@pytest.fixture
def register(db, tmp_path):
    """Articles, a customer in kronor with a discount, one in euros, one blocked; the
    command line's `--database` arguments."""
    save_article(
        db,
        ArticleDetails(
            number="T1",
            description="Arbetstimme",
            unit="tim",
            unit_price=D(650),
            rot_rut_kind="labour",
            work_type="Bygg",
        ),
    )
    save_article(db, ArticleDetails(number="M1", description="Blandare", unit_price=D("1895")))
    kronor = create_customer(
        db,
        CustomerDetails(
            name="Åkessons Rör AB",
            reference="Märta Öberg",
            discount_percent=D(10),
            vat_rate=D(12),
        ),
    )
    euro = create_customer(db, CustomerDetails(name="Nordljus Oy", currency="EUR"))
    blocked = create_customer(
        db, CustomerDetails(name="Spärrad AB", blocked=True, alert_text="Betalar aldrig")
    )
    private = create_customer(
        db,
        CustomerDetails(
            name="Eva Ek",
            kind="private",
            personal_number="19121212-1212",
            rot_rut_property="Umeå Ön 1:2",
        ),
    )
    return {
        "args": ["--database", str(tmp_path / "test.sqlite3")],
        "kronor": kronor.number,
        "euro": euro.number,
        "blocked": blocked.number,
        "private": private.number,
    }


def _invoices(db) -> int:
    with db.unit_of_work(write=False) as session:
        return session.scalar(select(func.count()).select_from(Invoice)) or 0


def _run(capsys, *args: str) -> tuple[int, list[str], str]:
    status = main([*args])
    out, err = capsys.readouterr()
    return status, out.splitlines(), err


def _new(capsys, register, customer: str, *words: str) -> tuple[int, list[str], str]:
    """`kundbok invoice new --customer` the register's `customer` with `words`."""
    number = str(register[customer])
    return _run(capsys, *register["args"], "invoice", "new", "--customer", number, *words)


def test_a_draft_from_articles_and_free_text(db, register, capsys):
    status, out, _ = _new(
        capsys,
        register,
        "kronor",
        "--line",
        "T1:2,5",
        "--line",
        "M1:1:1 500,00",
        "--text-line",
        "Resa: Umeå–Luleå:1:450",
        "--text-line",
        "Fika:2:50:6%",
        "--text",
        "Tack!",
        "--order-reference",
        "PO-118",
        "--date",
        "2026-03-02",
    )
    assert status == 0
    draft = get_invoice(db, int(out[0]))  # the draft's id alone on the first line
    assert (draft.number, draft.state, draft.invoice_date) == (None, "draft", dt.date(2026, 3, 2))
    assert out[1].startswith(f"invoice draft {draft.id}: Åkessons Rör AB")
    lines = [
        (line.article_number, line.description, line.quantity, line.unit_price, line.vat_rate)
        for line in draft.lines
    ]
    assert lines == [
        ("T1", "Arbetstimme", D("2.5"), D(650), D(25)),  # the article's price and VAT
        ("M1", "Blandare", D(1), D(1500), D(25)),  # another price given
        ("", "Resa: Umeå–Luleå", D(1), D(450), D(12)),  # the customer's VAT
        ("", "Fika", D(2), D(50), D(6)),
    ]
    assert {line.discount_percent for line in draft.lines} == {D(10)}  # the customer's
    assert (draft.their_reference, draft.order_reference, draft.text) == (
        "Märta Öberg",  # from the card
        "PO-118",
        "Tack!",
    )


def test_issued_at_once_prints_its_number(db, register, capsys):
    status, out, _ = _new(
        capsys, register, "kronor", "--line", "T1:1", "--issue", "--their-reference", "Sven"
    )
    assert status == 0 and out[0] == "1"
    invoice = get_invoice(db, find_invoice_id(db, 1))
    assert (invoice.state, invoice.their_reference) == ("issued", "Sven")


def test_rot_asks_for_the_reduction_on_the_labour_lines(db, register, capsys):
    args = ["invoice", "new", "--customer", str(register["private"]), "--line", "T1:10"]
    status, out, _ = _run(capsys, *register["args"], *args, "--line", "M1:1", "--rot", "--issue")
    assert status == 0
    invoice = get_invoice(db, find_invoice_id(db, int(out[0])))
    # 30 % of the labour including VAT (10 × 650 × 1.25 = 8 125) asked for, not of the mixer.
    assert (invoice.rot_rut, invoice.totals().deduction) == ("rot", D(2437))


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (["--customer", "{kronor}", "--line", "X9:1"], "no article X9"),
        (["--customer", "{kronor}", "--line", "T1:0"], "more than 0"),
        (["--customer", "{kronor}", "--line", "T1:-2"], "more than 0"),
        (["--customer", "{kronor}", "--line", "T1"], "ARTICLE:QUANTITY"),
        (["--customer", "{kronor}", "--line", "T1:1:12,345"], "more than 2 decimals"),
        (["--customer", "{kronor}", "--text-line", "Resa:1"], "DESCRIPTION:QUANTITY:PRICE"),
        (["--customer", "99", "--line", "T1:1"], "no customer number 99"),
        (["--customer", "{blocked}", "--line", "T1:1"], "is blocked"),
        (["--customer", "{kronor}", "--line", "T1:1", "--date", "2026-02-30"], "not a date"),
        (["--customer", "{euro}", "--line", "T1:1", "--issue"], "exchange rate to SEK"),
        (["--customer", "{euro}", "--line", "T1:1", "--exchange-rate", "0"], "above 0"),
        (["--customer", "{kronor}"], "at least one --line"),
        (["--customer", "{kronor}", "--line", "T1:1", "--rot", "--rut"], "not allowed"),
        (
            ["--customer", "{euro}", "--line", "T1:1", "--rot", "--issue", "--exchange-rate", "11"],
            "in kronor",
        ),
    ],
)
def test_bad_input_is_one_line_and_makes_nothing(db, register, capsys, words, message):
    before = _invoices(db)
    words = [word.format(**register) for word in words]
    status, out, err = _run(capsys, *register["args"], "invoice", "new", *words)
    assert (status, out) == (2, [])
    assert err.count("\n") == 1 and err.startswith("kundbok: ") and message in err, err
    assert _invoices(db) == before  # nothing made, not even a draft


def test_a_draft_in_euro_is_issued_with_its_rate(db, register, capsys):
    new = ["invoice", "new", "--customer", str(register["euro"]), "--line", "T1:1"]
    status, out, err = _run(capsys, *register["args"], *new)
    assert status == 0 and "--exchange-rate" in err  # a note on how to issue it
    draft_id = out[0]
    status, _, err = _run(capsys, *register["args"], "invoice", "issue", draft_id)
    assert status == 2 and "exchange rate to SEK" in err
    issue = ["invoice", "issue", draft_id, "--exchange-rate", "11,435"]
    status, out, _ = _run(capsys, *register["args"], *issue)
    assert status == 0
    invoice = get_invoice(db, int(draft_id))
    assert (str(invoice.number), invoice.exchange_rate) == (out[0], D("11.435"))
    status, _, err = _run(capsys, *register["args"], *issue)
    assert status == 2 and "is issued and cannot be changed" in err


def test_a_payment_in_euro_at_the_days_rate(db, register, capsys):
    new = ["invoice", "new", "--customer", str(register["euro"]), "--line", "T1:1", "--issue"]
    status, out, _ = _run(capsys, *register["args"], *new, "--exchange-rate", "11,435")
    number = out[0]
    pay = ["pay", number, "812,50", "--exchange-rate", "11,10"]
    assert _run(capsys, *register["args"], *pay)[0] == 0
    [payment] = invoice_payments(db, find_invoice_id(db, int(number)))
    assert (payment.amount, payment.exchange_rate) == (D("812.50"), D("11.1"))
    kronor = ["invoice", "new", "--customer", str(register["kronor"]), "--line", "T1:1"]
    in_kronor = _run(capsys, *register["args"], *kronor, "--issue")[1][0]
    status, _, err = _run(
        capsys, *register["args"], "pay", in_kronor, "10", "--exchange-rate", "11"
    )
    assert status == 2 and "in kronor" in err


def test_credit_as_a_draft_then_issued_or_at_once(db, register, capsys):
    new = ["invoice", "new", "--customer", str(register["kronor"]), "--line", "T1:1", "--issue"]
    first = _run(capsys, *register["args"], *new)[1][0]
    second = _run(capsys, *register["args"], *new)[1][0]
    status, out, _ = _run(capsys, *register["args"], "invoice", "credit", first)
    assert status == 0
    draft = get_invoice(db, int(out[0]))
    assert (draft.kind, draft.state, draft.number) == ("credit_note", "draft", None)
    assert get_invoice(db, find_invoice_id(db, int(first))).state == "issued"  # not yet
    status, out, _ = _run(capsys, *register["args"], "invoice", "issue", str(draft.id))
    assert status == 0 and out[1].startswith(f"credit note {out[0]} issued")
    assert get_invoice(db, find_invoice_id(db, int(first))).state == "credited"
    status, out, _ = _run(capsys, *register["args"], "invoice", "credit", second, "--issue")
    assert status == 0 and get_invoice(db, find_invoice_id(db, int(out[0]))).kind == "credit_note"
    status, _, err = _run(capsys, *register["args"], "invoice", "credit", second)
    assert status == 2 and "Only an issued invoice can be credited" in err


def test_a_second_draft_credit_note_is_refused_at_issue(db, register, capsys):
    new = ["invoice", "new", "--customer", str(register["kronor"]), "--line", "T1:1", "--issue"]
    number = _run(capsys, *register["args"], *new)[1][0]
    drafts = [_run(capsys, *register["args"], "invoice", "credit", number)[1][0] for _ in "ab"]
    assert _run(capsys, *register["args"], "invoice", "issue", drafts[0])[0] == 0
    status, _, err = _run(capsys, *register["args"], "invoice", "issue", drafts[1])
    assert status == 2 and "Only an issued invoice can be credited" in err
    assert get_invoice(db, int(drafts[1])).number is None  # no number drawn


def test_a_rate_is_recorded_once(db, register, capsys):
    new = ["invoice", "new", "--customer", str(register["euro"]), "--line", "T1:1", "--issue"]
    number = _run(capsys, *register["args"], *new, "--exchange-rate", "11,435")[1][0]
    with db.unit_of_work() as session:
        session.execute(Invoice.__table__.update().values(exchange_rate=None))
        session.commit()
    status, out, _ = _run(capsys, *register["args"], "invoice", "rate", number, "11,50")
    assert (status, out) == (0, [f"invoice {number}: 1 EUR = 11.5 SEK"])
    status, _, err = _run(capsys, *register["args"], "invoice", "rate", number, "12")
    assert status == 2 and "already has its exchange rate" in err


def test_a_draft_in_kronor_takes_no_rate(db, register, capsys):
    draft_id = _new(capsys, register, "kronor", "--line", "T1:1")[1][0]
    issue = ["invoice", "issue", draft_id, "--exchange-rate", "11"]
    status, out, err = _run(capsys, *register["args"], *issue)
    assert (status, out) == (2, []) and "in kronor" in err
    assert get_invoice(db, int(draft_id)).number is None
