"""Atomic writes: the final name holds the whole file or nothing."""

import errno
import os

import pytest

from kiosk.fileio import atomic_write_bytes, atomic_writer, file_sha256


def test_a_write_replaces_the_file_whole(tmp_path):
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    atomic_write_bytes(target, b"new contents", mode=0o600)
    assert target.read_bytes() == b"new contents"
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_a_failure_keeps_the_old_file_and_leaves_no_partial(tmp_path):
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    with pytest.raises(OSError), atomic_writer(target) as handle:
        handle.write(b"half")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_a_failing_fsync_delivers_nothing(tmp_path, monkeypatch):
    def full(_fd):
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        atomic_write_bytes(tmp_path / "x", b"data")
    assert list(tmp_path.iterdir()) == []


def test_sha256_of_a_file(tmp_path):
    path = tmp_path / "x"
    path.write_bytes(b"abc")
    assert file_sha256(path) == ("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
