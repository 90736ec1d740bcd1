"""Printing into a PDF file (`--output`, the print dialog's "print to file") as every other
output is written: never over the register, private, whole or not at all."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtPrintSupport import QPrinter

from kundbok.services.files import replaced_atomically


@contextmanager
def printing_into_file(printer: QPrinter) -> Iterator[None]:
    """While the block prints on `printer`: if it prints into a file, into a private file
    beside it, put in place when the job ends well (see `replaced_atomically`)."""
    target = printer.outputFileName()
    if not target:
        yield
        return
    try:
        with replaced_atomically(target) as temporary:
            printer.setOutputFileName(str(temporary))
            yield
    finally:
        printer.setOutputFileName(target)
