"""The built wheel carries every module of src/kundbok, the migrations and the resources."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built once from this checkout as `pip install .` would."""
    folder = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(folder), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = folder.glob("kundbok-*.whl")
    return built


def test_wheel_holds_every_module_migrations_and_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = {
        "kundbok/" + path.relative_to(ROOT / "src" / "kundbok").as_posix()
        for path in (ROOT / "src" / "kundbok").rglob("*.py")
    }
    assert sources - names == set()
    migrations = {
        f"kundbok/migrations/{p.relative_to(ROOT / 'migrations').as_posix()}"
        for p in (ROOT / "migrations").rglob("*.py")
    }
    assert migrations - names == set()
    assert "kundbok/migrations/script.py.mako" in names
    for resource in ("fonts/DejaVuSans.ttf", "icons/kundbok.svg", "translations/kundbok_sv.qm"):
        assert f"kundbok/resources/{resource}" in names


def test_installed_wheel_finds_its_migrations_and_resources(wheel, tmp_path):
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    # Resolved through importlib.resources, as the app does, outside the checkout.
    script = (
        "from importlib import resources\n"
        "m = resources.files('kundbok.migrations')\n"
        "r = resources.files('kundbok.resources')\n"
        "print((m / 'env.py').is_file(), len(list((m / 'versions').glob('0*.py'))),"
        " (r / 'translations' / 'kundbok_sv.qm').is_file(),"
        " (r / 'fonts' / 'DejaVuSans.ttf').is_file())\n"
        "print(m)\n"
    )
    result = subprocess.run(
        [str(python), "-I", "-c", script], check=True, capture_output=True, text=True, cwd=tmp_path
    )
    found, location = result.stdout.splitlines()
    flags = found.split()
    assert flags[0] == "True" and int(flags[1]) >= 2 and flags[2:] == ["True", "True"]
    assert str(environment) in location
