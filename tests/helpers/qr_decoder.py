"""Independent readers for the tests: zbarimg (zbar-tools) and pdftoppm (poppler-utils)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def zbar_decode(image: Path) -> str:
    """The one QR code zbarimg finds in `image`, as text.

    `-Sbinary` hands over the code's bytes unconverted: both formats are UTF-8 by their
    specifications, and zbar's guess of the character set reads some short Swedish names
    ("Umeå") as Big5.
    """
    zbarimg = shutil.which("zbarimg")
    assert zbarimg, "zbarimg is missing: apt-get install zbar-tools (as .ci/run does)"
    result = subprocess.run(
        [zbarimg, "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", "-Sbinary", str(image)],
        capture_output=True,
        check=True,
    )
    return result.stdout.decode("utf-8").removesuffix("\n")


def pdf_page_image(pdf: Path, folder: Path, dpi: int = 150) -> Path:
    """The first page of `pdf` as a PNG, rasterised by poppler's pdftoppm (poppler-utils)."""
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm, "pdftoppm is missing: apt-get install poppler-utils (as .ci/run does)"
    stem = folder / f"{pdf.stem}-page"
    subprocess.run([pdftoppm, "-r", str(dpi), "-png", "-singlefile", pdf, stem], check=True)
    return stem.with_suffix(".png")


def zbar_decode_between(image: Path, left_mm: float, right_mm: float) -> str:
    """The one QR code zbarimg finds in the strip of an A4 page image from `left_mm` to
    `right_mm` across: where a page carries two codes side by side, each is read alone."""
    from PIL import Image

    strip = image.with_name(f"{image.stem}-{left_mm:g}-{right_mm:g}.png")
    with Image.open(image) as page:
        per_mm = page.width / 210
        page.crop((int(left_mm * per_mm), 0, int(right_mm * per_mm), page.height)).save(strip)
    return zbar_decode(strip)
