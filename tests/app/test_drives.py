"""The real drive port: volumes from QStorageInfo, named sensibly, the kiosk's own disk
recognised, and a stick released (flushed; ejected through udisks where present)."""

import subprocess

from kiosk.app import drives
from kiosk.app.drives import DriveFinder, is_removable


def test_a_volume_without_a_label_is_named_by_its_folder():
    assert drives._label("", "/media/kiosk/KINGSTON") == "KINGSTON"
    assert drives._label("/media/STICK", "/media/STICK") == "STICK"
    assert drives._label("SANDISK", "/media/sdb1") == "SANDISK"


def test_the_kiosks_own_disk_is_recognised(tmp_path):
    finder = DriveFinder(tmp_path)
    assert finder.is_kiosk_disk(tmp_path / "exports")  # not there yet: its parent decides
    assert not finder.is_kiosk_disk(tmp_path / "no" / "such" / "place")


def test_listing_drives_never_fails_and_lists_only_removable_ones(qapp, tmp_path):
    for drive in DriveFinder(tmp_path).drives():
        assert drive.removable and drive.root.is_dir() and drive.size_bytes >= drive.free_bytes


def test_mounts_under_media_count_as_removable_on_linux(monkeypatch):
    monkeypatch.setattr(drives.sys, "platform", "linux")
    assert is_removable("/media/kiosk/STICK", "/dev/nonexistent1")
    assert not is_removable("/", "/dev/nonexistent1")


def test_release_flushes_then_ejects_with_udisks(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(drives.os, "sync", lambda: calls.append("sync"))
    finder = DriveFinder(tmp_path)
    stick = tmp_path / "STICK"
    stick.mkdir()
    from kiosk.core.models import Drive

    monkeypatch.setattr(finder, "drives", lambda: [Drive("STICK", stick, 10, 5, True, "/dev/sdz1")])
    monkeypatch.setattr(drives.shutil, "which", lambda name: "/usr/bin/udisksctl")

    def run(args, **kwargs):
        calls.append(args[1])
        return subprocess.CompletedProcess(args, 0, "", "")

    monkeypatch.setattr(subprocess, "run", run)  # drives imports it where it ejects
    assert finder.release(stick)
    assert calls == ["sync", "unmount", "power-off"]
    # Without udisks the flush alone makes it safe to pull.
    calls.clear()
    monkeypatch.setattr(drives.shutil, "which", lambda name: None)
    assert finder.release(stick) and calls == ["sync"]
