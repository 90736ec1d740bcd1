"""At 150 % and 200 % (`QT_SCALE_FACTOR`) on a small laptop's screen, the main window, a
customer card and the invoice editor show every text whole: `tests/tools/screenshots.py`
grabs them in a process of their own (the scale is fixed when Qt starts) and lists any text
narrower than its control."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

TOOL = Path(__file__).parent.parent / "tools" / "screenshots.py"
WINDOWS = ("main_window", "customer_card", "invoice_editor")


@pytest.mark.parametrize("scale", [1.5, 2.0])
def test_nothing_is_cut_off_when_scaled(tmp_path, scale):
    done = subprocess.run(
        [sys.executable, str(TOOL), str(tmp_path), "--scale", str(scale)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert (done.returncode, done.stdout) == (0, "")
    for name in WINDOWS:
        image = QImage(str(tmp_path / f"{name}_{round(scale * 100)}.png"))
        assert not image.isNull(), name
        # Drawn at the scale, and within the screen of 1366 × 768 logical pixels.
        assert 1000 * scale <= image.width() <= 1366 * scale, name
        assert image.height() <= 768 * scale, name
