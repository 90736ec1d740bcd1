"""`kundbok settings`: every company and mail-server setting shown, set with the dialog's
checks, and a bad key or value changes nothing."""

from __future__ import annotations

import pytest

from kundbok.cli import main
from kundbok.services.mail.settings import get_smtp_account
from kundbok.services.mail.smtp import Security
from kundbok.services.settings import get_company


@pytest.fixture
def path(db, tmp_path):
    return str(tmp_path / "test.sqlite3")


def test_company_and_mail_server_are_set_and_shown(path, db, capsys):
    assignments = [
        "company.name=Rörfirman i Umeå AB",
        "company.street=Verkstadsgatan 4",
        "company.postcode=90326",
        "company.city=Umeå",
        "company.org_number=5560360793",
        "company.vat_number=SE556036079301",
        "company.f_tax=no",
        "company.bankgiro=50501055",
        "company.email=faktura@rorfirman.example",
        "smtp.host=smtp.example.se",
        "smtp.port=587",
        "smtp.security=starttls",
        "smtp.sender=faktura@example.se",
        "smtp.sender_name=Rörfirman AB",
        "smtp.copy_to_me=yes",
    ]
    assert main(["--database", path, "settings", *assignments]) == 0
    company = get_company(db)
    assert (company.name, company.city, company.f_tax) == ("Rörfirman i Umeå AB", "Umeå", False)
    assert (company.org_number or "").replace("-", "") == "5560360793"
    assert (company.bankgiro or "").replace("-", "") == "50501055"
    account = get_smtp_account(db)
    assert (account.host, account.port, account.security) == (
        "smtp.example.se",
        587,
        Security.STARTTLS,
    )
    assert account.copy_to_sender and account.sender_name == "Rörfirman AB"
    capsys.readouterr()

    assert main(["--database", path, "settings"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "company.name=Rörfirman i Umeå AB" in out
    assert "company.f_tax=no" in out and "company.plusgiro=" in out
    assert "smtp.security=starttls" in out and "smtp.copy_to_me=yes" in out
    assert not any("password" in line for line in out)


@pytest.mark.parametrize(
    "assignment",
    ["company.colour=red", "company.org_number=5560360794", "company.org_number=000000-0000",
     "company.country=XX",
     "company.postcode=abc", "company.f_tax=maybe",
     "company.bankgiro=12345678", "company.iban=SE00", "company.name",
     "smtp.colour=red", "smtp.port=many", "smtp.port=0", "smtp.security=ssl",
     "smtp.copy_to_me=maybe", "smtp.sender=faktura", "smtp.host"],
)  # fmt: skip
def test_a_bad_key_or_value_changes_nothing(path, db, capsys, assignment):
    before = get_company(db)
    code = main(
        ["--database", path, "settings", "company.name=Ny AB", "smtp.host=smtp.example.se",
         assignment]
    )  # fmt: skip
    assert code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert get_company(db).name == before.name
    assert get_smtp_account(db).host == ""


def test_the_mail_server_is_set_without_touching_an_empty_company(bare_db, capsys):
    path = str(bare_db.engine.url.database)
    assert main(["--database", path, "settings", "smtp.host=smtp.example.se"]) == 0
    assert get_smtp_account(bare_db).host == "smtp.example.se"


def test_smtp_settings_is_no_command_of_its_own(path, capsys):
    assert main(["--database", path, "smtp-settings"]) == 2
    assert "invalid choice: 'smtp-settings'" in capsys.readouterr().err
