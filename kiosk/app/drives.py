"""Finding where the end-of-day export can go: the mounted volumes Qt sees (QStorageInfo),
marked removable from the operating system's own flag, and releasing a stick safely.

Linux: ``/sys/class/block/<dev>`` (``removable``, or a USB device path); macOS: volumes under
``/Volumes``; Windows: ``GetDriveTypeW``.  Ejecting uses udisks (``udisksctl``) where present;
everywhere the data is flushed to the device first."""

from __future__ import annotations

import logging
import os
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QStorageInfo

from kiosk.core.models import Drive

log = logging.getLogger(__name__)


def _linux_removable(device: str) -> bool:
    name = Path(device).name
    block = Path("/sys/class/block") / name
    if not block.exists():
        return False
    real = block.resolve()
    if "/usb" in str(real):
        return True
    for folder in (real, real.parent):  # a partition's disk holds the flag
        flag = folder / "removable"
        if flag.is_file():
            return flag.read_text().strip() == "1"
    return False


def _windows_removable(root: str) -> bool:
    import ctypes

    DRIVE_REMOVABLE = 2
    return ctypes.windll.kernel32.GetDriveTypeW(root) == DRIVE_REMOVABLE  # type: ignore[attr-defined]


def is_removable(root: str, device: str) -> bool:
    if sys.platform.startswith("linux"):
        return _linux_removable(device) or root.startswith(("/media/", "/run/media/"))
    if sys.platform == "darwin":
        return root.startswith("/Volumes/")
    if sys.platform == "win32":
        return _windows_removable(root)
    return False


class DriveFinder:
    """The real drive port.  ``data_dir``: the kiosk's own folder (a destination on its disk
    gets a warning)."""

    def __init__(self, data_dir: Path):
        self._data_dir = data_dir

    def drives(self) -> list[Drive]:
        found = []
        for volume in QStorageInfo.mountedVolumes():
            if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
                continue
            root = volume.rootPath()
            device = bytes(volume.device().data()).decode(errors="replace")
            if not is_removable(root, device):
                continue
            found.append(
                Drive(
                    # A volume without a label is named by its mount point: show its last part.
                    label=_label(volume.displayName(), root),
                    root=Path(root),
                    size_bytes=volume.bytesTotal(),
                    free_bytes=volume.bytesAvailable(),
                    removable=True,
                    device=device,
                )
            )
        return found

    def is_kiosk_disk(self, folder: Path) -> bool:
        """Whether ``folder`` is on the same file system as the kiosk's own data."""
        try:
            probe = folder if folder.exists() else folder.parent
            return os.stat(probe).st_dev == os.stat(self._data_dir).st_dev
        except OSError:
            return False

    def release(self, folder: Path) -> bool:
        """Flush everything to the device, then unmount and power it off where udisks can.
        Returns True when the stick can be pulled out now."""
        if hasattr(os, "sync"):
            os.sync()
        drive = next((d for d in self.drives() if _contains(d.root, folder)), None)
        udisks = shutil.which("udisksctl")
        if drive is None or not drive.device or udisks is None:
            return True  # flushed; no way (or no need) to eject here
        import subprocess  # here: the kiosk's start builds a DriveFinder and never ejects

        for action in ("unmount", "power-off"):
            result = subprocess.run(
                [udisks, action, "--no-user-interaction", "-b", drive.device],
                capture_output=True,
                text=True,
                timeout=30,
            )
            if result.returncode != 0:
                log.warning("udisksctl %s failed: %s", action, result.stderr.strip()[:200])
                return action == "power-off"  # unmounted is enough to pull it out
        return True


def _label(name: str, root: str) -> str:
    if not name or name == root:
        return Path(root).name or root
    return name


def _contains(root: Path, folder: Path) -> bool:
    try:
        folder.resolve().relative_to(root.resolve())
        return True
    except ValueError:
        return False
