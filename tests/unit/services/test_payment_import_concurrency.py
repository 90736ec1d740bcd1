"""A bank file whose booking outlasts the busy timeout: another process's `kundbok pay` waits
for it with a notice instead of failing with "database is locked"."""

from __future__ import annotations

import subprocess
import sys
import time
from decimal import Decimal as D

from tests.unit.domain.bank_files.bank_file_samples import CAMT_08, Sent, camt054
from tests.unit.services.test_payment_import_duplicates import register_with_invoices

from kundbok.services.payments.booking import invoice_payments

BUSY_TIMEOUT_MS = 300
HELD_SECONDS = 3.0  # after the payer starts: ten busy timeouts

# Both processes get a short busy timeout. The importer's booking is slowed down as a file of
# 12,000 payments would be: it says when it holds the lock, and holds it until the payer has
# started and a while after.
_PRELUDE = f"""
import sys, time
from pathlib import Path
from kundbok.db import session
session.BUSY_TIMEOUT_MS = {BUSY_TIMEOUT_MS}
from kundbok.cli import main
"""
_IMPORTER = (
    _PRELUDE
    + f"""
from kundbok.services.payments import bank_files
booking, holding = bank_files.book_payment, Path(sys.argv[3])
def slow_booking(*args, **kwargs):
    if not holding.exists():
        holding.write_text("held")
        while not holding.with_name("paying").exists():
            time.sleep(0.05)
        time.sleep({HELD_SECONDS})
    return booking(*args, **kwargs)
bank_files.book_payment = slow_booking
sys.exit(main(["--database", sys.argv[1], "import-payments", sys.argv[2]]))
"""
)
_PAYER = (
    _PRELUDE
    + """
Path(sys.argv[3]).write_text("paying")
began = time.monotonic()
status = main(["--database", sys.argv[1], "pay", sys.argv[2], "100"])
print(time.monotonic() - began)
sys.exit(status)
"""
)


def test_a_payment_waits_for_a_bank_file_being_booked_by_another_process(tmp_path):
    path = tmp_path / "delad.sqlite3"
    db, issued = register_with_invoices(path)
    camt = tmp_path / "camt.xml"
    camt.write_bytes(camt054(CAMT_08, [[Sent("1250.00", ocr=issued[0].ocr, bank_ref="T1")]]))
    holding, paying = tmp_path / "holding", tmp_path / "paying"
    importer = subprocess.Popen(
        [sys.executable, "-c", _IMPORTER, str(path), str(camt), str(holding)],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not holding.exists():
            assert importer.poll() is None
            assert time.monotonic() < deadline
            time.sleep(0.05)
        payer = subprocess.run(
            [sys.executable, "-c", _PAYER, str(path), str(issued[1].number), str(paying)],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        _, importer_errors = importer.communicate(timeout=120)
    assert importer.returncode == 0, importer_errors
    assert payer.returncode == 0, payer.stderr
    assert "waiting for another user's import to finish" in payer.stderr
    assert float(payer.stdout.split()[-1]) > BUSY_TIMEOUT_MS / 1000  # it waited, then paid
    assert [p.amount for p in invoice_payments(db, issued[0].id)] == [D("1250.00")]
    assert [p.amount for p in invoice_payments(db, issued[1].id)] == [D("100.00")]
    db.dispose()
