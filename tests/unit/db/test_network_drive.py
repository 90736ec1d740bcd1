"""A register on a network file system is recognised from the mount table (faked here)."""

from __future__ import annotations

import pytest

from kundbok.db.network_drive import network_file_system

MOUNTS = """\
22 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw
61 22 0:53 / /mnt/kontor rw,relatime shared:30 - nfs4 nas:/export/kontor rw,vers=4.2
62 22 0:54 / /mnt/Delad\\040mapp rw,relatime shared:31 - cifs //nas/delad rw,vers=3.1.1
63 61 8:3 / /mnt/kontor/lokal rw,relatime shared:32 - ext4 /dev/sdb1 rw
64 22 0:60 / /run/user/1000/gvfs rw,nosuid shared:40 - fuse.gvfsd-fuse gvfsd-fuse rw
65 22 0:61 / /media/usb rw shared:41 - vfat /dev/sdc1 rw
66 22 0:62 / /mnt/kontor2 rw shared:42 - ext4 /dev/sdd1 rw
"""


@pytest.fixture
def mountinfo(tmp_path):
    path = tmp_path / "mountinfo"
    path.write_text(MOUNTS)
    return path


@pytest.mark.parametrize(
    ("database", "kind"),
    [
        ("/mnt/kontor/kundbok.sqlite3", "nfs4"),
        ("/mnt/kontor/år 2026/kundbok.sqlite3", "nfs4"),
        ("/mnt/Delad mapp/kundbok.sqlite3", "cifs"),
        ("/run/user/1000/gvfs/smb-share:server=nas,share=delad/k.sqlite3", "fuse.gvfsd-fuse"),
        ("/mnt/kontor/lokal/kundbok.sqlite3", None),  # a local disk mounted inside the share
        ("/mnt/kontor2/kundbok.sqlite3", None),  # a name that only begins like the share's
        ("/home/anna/.local/share/Kundbok/kundbok.sqlite3", None),
        ("/media/usb/kundbok.sqlite3", None),
    ],
)
def test_the_file_system_of_the_longest_mount_above_the_file(mountinfo, database, kind):
    assert network_file_system(database, mountinfo) == kind


def test_without_a_mount_table_nothing_is_told(tmp_path):
    assert network_file_system(tmp_path / "k.sqlite3", tmp_path / "no-mountinfo") is None
