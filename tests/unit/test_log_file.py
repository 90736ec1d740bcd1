"""The log file: private like the database, and a native crash leaves its stack in it."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap

from kundbok.cli import main
from kundbok.config import log_path

# `kundbok` as started from the command line, crashing in native code as Qt might.
CRASH = textwrap.dedent(
    """
    import faulthandler
    from kundbok.cli import parser
    parser.build_parser = faulthandler._sigsegv
    parser.main([])
    """
)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_the_log_and_its_folder_are_the_users_only(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    before = os.umask(0o022)  # the usual one, under which files are readable by all
    try:
        assert main(["--bogus"]) == 2
    finally:
        os.umask(before)
    assert (_mode(log_path().parent), _mode(log_path())) == (0o700, 0o600)


def test_a_log_an_earlier_version_left_readable_is_made_private(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    folder = tmp_path / "state" / "Kundbok" / "log"
    folder.mkdir(parents=True, mode=0o755)
    (folder / "kundbok.log").write_text("earlier\n")
    (folder / "kundbok.log").chmod(0o644)
    folder.chmod(0o755)
    assert main(["--bogus"]) == 2
    assert (_mode(folder), _mode(folder / "kundbok.log")) == (0o700, 0o600)
    assert (folder / "kundbok.log").read_text().startswith("earlier\n")


def test_a_native_crash_leaves_its_stack_in_the_log(tmp_path):
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    result = subprocess.run(
        [sys.executable, "-c", CRASH], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode != 0
    log = (tmp_path / "state" / "Kundbok" / "log" / "kundbok.log").read_text()
    assert "Fatal Python error: Segmentation fault" in log
    assert 'File "<string>", line 5' in log  # the stack of the crashing call
