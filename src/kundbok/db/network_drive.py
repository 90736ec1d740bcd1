"""Whether an SQLite register lies on a network file system (NFS, SMB/CIFS and the like).

SQLite's locking is unreliable there: two users writing at once can damage the file. Linux says
which file system a path is on in /proc/self/mountinfo (the mount with the longest mount point
above the path); Windows says whether a drive is remote (GetDriveTypeW) and a \\\\server\\share
path is one. Elsewhere (macOS) nothing is told: the check is a help, not a guarantee. Only the
standard library is used, so that the check can run before the data layer loads.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath

MOUNTINFO = Path("/proc/self/mountinfo")

# File system types (as mountinfo names them) that reach the file over the network.
NETWORK_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "afs",
        "ncpfs",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.gvfsd-fuse",  # a share opened in the desktop's file manager (smb://, sftp://)
        "fuse.smbnetfs",
    }
)
_DRIVE_REMOTE = 4  # GetDriveTypeW


def _unescaped(field: str) -> str:
    """A mountinfo path with its octal escapes (\\040 for a space) undone."""
    if "\\" not in field:
        return field
    return field.encode("ascii").decode("unicode_escape").encode("latin-1").decode()


def _mounts(mountinfo: Path) -> list[tuple[str, str]]:
    """(mount point, file system type) of each line, in the file's order."""
    mounts = []
    for line in mountinfo.read_text(encoding="utf-8", errors="replace").splitlines():
        before, separator, after = line.partition(" - ")
        fields, tail = before.split(), after.split()
        if separator and len(fields) >= 5 and tail:
            mounts.append((_unescaped(fields[4]), tail[0]))
    return mounts


def _linux(path: Path, mountinfo: Path) -> str | None:
    target = str(path)
    best: tuple[int, str] | None = None
    for point, kind in _mounts(mountinfo):
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= best[0]):  # a later mount hides an earlier
            best = (len(point), kind)
    if best is None:
        return None
    return best[1] if best[1] in NETWORK_TYPES else None


def _windows(path: Path) -> str | None:
    drive = PureWindowsPath(path).drive
    if drive.startswith("\\\\"):
        return "smb"  # \\server\share
    if not drive:
        return None
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # only on Windows
    return "remote" if kernel32.GetDriveTypeW(drive + "\\") == _DRIVE_REMOTE else None


def network_file_system(path: str | os.PathLike[str], mountinfo: Path | None = None) -> str | None:
    """The type of network file system the file `path` lies on ("nfs4", "cifs"), or None when
    it is local or this system does not say."""
    mountinfo = mountinfo or MOUNTINFO
    try:
        resolved = Path(path).expanduser().resolve()
        if sys.platform == "win32":
            return _windows(resolved)
        if mountinfo.is_file():
            return _linux(resolved, mountinfo)
    except (OSError, ValueError):
        return None
    return None


def register_on_network(database: str | os.PathLike[str]) -> str | None:
    """For an SQLite register (a path, not a server's URL), the network file system it lies
    on; None when it is local, on a server, or this system does not say."""
    location = os.fspath(database)
    return None if "://" in location else network_file_system(location)
