"""The PDF fonts are registered once, whole, even when several threads make PDFs at once (the
invoice preview and a batch of e-mails, say)."""

from __future__ import annotations

import threading
import time

import reportlab.lib.fonts as reportlab_fonts
from reportlab.pdfbase import pdfmetrics

from kundbok.services.pdf.layout import BOLD, FONT, register_fonts


def test_threads_registering_at_once_all_find_both_faces(monkeypatch):
    # As in a fresh process: neither face known yet.
    names = {FONT.lower(), BOLD.lower()}
    monkeypatch.setattr(
        pdfmetrics, "_fonts", {k: v for k, v in pdfmetrics._fonts.items() if k not in (FONT, BOLD)}
    )
    for table in ("_ps2tt_map", "_tt2ps_map"):
        kept = {
            k: v
            for k, v in getattr(reportlab_fonts, table).items()
            if not names & {str(part).lower() for part in (k if isinstance(k, tuple) else (k,))}
        }
        monkeypatch.setattr(reportlab_fonts, table, kept)
    start = threading.Barrier(8)
    failures: list[Exception] = []

    def make(delay: float) -> None:
        start.wait()
        time.sleep(delay)  # one thread arrives while another is half-way
        try:
            register_fonts()
            reportlab_fonts.ps2tt(BOLD)  # what a bold paragraph asks for
            pdfmetrics.getFont(BOLD)
        except Exception as error:
            failures.append(error)

    threads = [threading.Thread(target=make, args=(n * 0.01,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert failures == []
