"""The command line on a register on a network drive: it works, with a one-line warning."""

from __future__ import annotations

from kundbok.cli import main
from kundbok.db import network_drive


def test_a_register_on_a_network_drive_is_warned_of_in_one_line(tmp_path, monkeypatch, capsys):
    share = tmp_path / "kontor"
    share.mkdir()
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text(f"61 22 0:53 / {share.resolve()} rw - cifs //nas/kontor rw\n")
    monkeypatch.setattr(network_drive, "MOUNTINFO", mountinfo)
    database = str(share / "kundbok.sqlite3")
    assert main(["--database", database, "demo-data", "--customers", "3"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1
    assert err[0].startswith("kundbok: warning: the register lies on a network drive (cifs)")
    assert (
        main(["--database", str(tmp_path / "local.sqlite3"), "demo-data", "--customers", "1"]) == 0
    )
    assert capsys.readouterr().err == ""
