"""One export pipeline: writers stage their files, every file is verified, then all of them
are delivered together, or none is.

Writers write into a hidden staging folder on the destination (so delivering is a rename on
the same drive).  When every writer has finished and every staged file has passed its own
``verify()``, the files are renamed to their final names.  Any failure, at any point, removes
everything this export wrote, staged or delivered, and raises one ``ExportFailed`` line.

A kiosk killed mid-export cannot clean up after itself, and its staged files hold signers'
names.  So before touching the destination the pipeline writes a small journal into the data
folder; the next export (or the next start) reads it and removes what was left behind.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import secrets
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from kiosk.core.exporting import ExportCancelled, ExportFailed, Progress
from kiosk.fileio import atomic_write_bytes, file_sha256, fsync_dir

log = logging.getLogger(__name__)

STAGING_PREFIX = ".petition-kiosk-export-"


@dataclass
class StagedFile:
    """A file a writer finished in the staging folder, with what its verify() expects."""

    name: str
    kind: str
    uuids: tuple[str, ...] = ()
    expected: dict = field(default_factory=dict)


class ExportWriter(Protocol):
    """One output format.  ``work`` is how many progress steps ``write`` reports."""

    work: int

    def write(self, folder: Path, step: Callable[[int], None]) -> list[StagedFile]:
        """Write into ``folder`` (the staging folder); ``step(n)`` reports progress and raises
        ExportCancelled when the user cancelled."""
        ...

    def verify(self, path: Path, staged: StagedFile) -> None:
        """Read the file back; raise ExportFailed when it is not what was written."""
        ...


@dataclass(frozen=True)
class Delivered:
    path: Path
    kind: str
    sha256: str
    uuids: tuple[str, ...]


def explain_os_error(exc: OSError, folder: Path) -> str:
    """One plain line for a volunteer; the destination folder is the only detail named."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return (
            f"The destination {folder} is full. Nothing was left on it; free some space or "
            "use another USB stick."
        )
    if exc.errno == errno.EFBIG:
        return (
            f"A file is too large for the file system of {folder} (FAT32 drives stop at "
            "4 GiB). Nothing was left on it; use a drive formatted as exFAT or NTFS."
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"The destination {folder} cannot be written to (read-only or no permission)."
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO, errno.ENOTDIR):
        return (
            f"The destination {folder} went away or failed (was the USB stick removed?). "
            "Nothing was left half-written; plug it in and export again."
        )
    return f"Writing to {folder} failed ({exc.strerror or type(exc).__name__})."


def os_error_reason(exc: OSError) -> str:
    """The cause of a failed write, as ExportFailed.reason."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "full"
    if exc.errno == errno.EFBIG:
        return "too-large"
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "read-only"
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO, errno.ENOTDIR):
        return "gone"
    return "write"


def check_destination(folder: Path | None) -> Path:
    if folder is None or not str(folder).strip():
        raise ExportFailed("Choose where to save the export (a folder or a USB stick).")
    folder = Path(folder)
    if not folder.is_dir():
        raise ExportFailed(
            f"The folder {folder} does not exist (is the USB stick plugged in?).",
            "missing",
            str(folder),
        )
    return folder


class ExportJournal:
    """Notes in the data folder about exports in flight, so leftovers can be removed later.

    One JSON file per export: the staging folder, and once delivery starts, the final paths
    and the ledger ids that will record them."""

    def __init__(self, folder: Path):
        self.folder = folder

    def _path(self, export_id: str) -> Path:
        return self.folder / f"{export_id}.json"

    def write(self, export_id: str, **entry: object) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        data = json.dumps({"export_id": export_id, **entry}).encode("utf-8")
        atomic_write_bytes(self._path(export_id), data, mode=0o600)

    def clear(self, export_id: str) -> None:
        self._path(export_id).unlink(missing_ok=True)

    def has_notes(self) -> bool:
        return self.folder.is_dir() and any(self.folder.glob("*.json"))

    def recover(self, is_recorded: Callable[[list[str]], bool]) -> int:
        """Remove what interrupted exports left behind; returns how many were cleaned up.

        An export whose ledger rows exist was complete: only its note goes.  A note whose
        destination is not mounted stays, to be tried again when the stick is back."""
        cleaned = 0
        for note in sorted(self.folder.glob("*.json")) if self.folder.is_dir() else []:
            try:
                entry = json.loads(note.read_text(encoding="utf-8"))
                staging = Path(entry["staging"])
                finals = [Path(p) for p in entry.get("finals", [])]
                ledger_ids = list(entry.get("ledger_ids", []))
            except (OSError, ValueError, KeyError, TypeError):
                note.unlink(missing_ok=True)  # unreadable: nothing it names can be trusted
                continue
            if ledger_ids and is_recorded(ledger_ids):
                note.unlink(missing_ok=True)
                continue
            if not staging.parent.is_dir():
                continue  # the stick is not plugged in: clean up another time
            _remove(finals, staging)
            note.unlink(missing_ok=True)
            cleaned += 1
        if cleaned:
            log.info("removed the leftovers of %s interrupted export(s)", cleaned)
        return cleaned


def _remove(finals: Sequence[Path], staging: Path) -> None:
    for path in finals:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
    shutil.rmtree(staging, ignore_errors=True)


class ExportRun:
    """Stage → verify → deliver, all or nothing.  Use as a context manager: leaving it with
    an exception removes every file, and ``finish()`` after the ledger is written drops the
    journal note."""

    def __init__(
        self,
        out_dir: Path | None,
        writers: Sequence[ExportWriter],
        journal: ExportJournal | None = None,
        progress: Progress | None = None,
    ):
        self.out_dir = check_destination(out_dir)
        self.writers = list(writers)
        self.journal = journal
        self.progress = progress
        self.export_id = secrets.token_hex(8)
        self.staging = self.out_dir / f"{STAGING_PREFIX}{self.export_id}"
        self._finals: list[Path] = []

    def __enter__(self) -> ExportRun:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc is not None:
            self.abandon()

    def abandon(self) -> None:
        _remove(self._finals, self.staging)
        if self.journal:
            self.journal.clear(self.export_id)

    def run(self, ledger_ids: Callable[[int], list[str]] | None = None) -> list[Delivered]:
        """Write, verify and deliver every file; raises ExportFailed (or ExportCancelled)."""
        try:
            return self._run(ledger_ids)
        except ExportFailed:
            raise
        except OSError as exc:
            raise ExportFailed(
                explain_os_error(exc, self.out_dir), os_error_reason(exc), str(self.out_dir)
            ) from None

    def _run(self, ledger_ids: Callable[[int], list[str]] | None) -> list[Delivered]:
        if self.journal:
            self.journal.write(self.export_id, staging=str(self.staging))
        self.staging.mkdir(mode=0o700)
        total = max(sum(w.work for w in self.writers), 1)
        done = 0
        staged: list[tuple[ExportWriter, StagedFile]] = []
        for writer in self.writers:
            base = done

            def step(n: int, base: int = base) -> None:
                if self.progress is not None and not self.progress(min(base + n, total), total):
                    raise ExportCancelled()

            staged += [(writer, f) for f in writer.write(self.staging, step)]
            done = base + writer.work
            step(writer.work, base)
        for writer, item in staged:
            writer.verify(self.staging / item.name, item)
        finals = [self.out_dir / item.name for _, item in staged]
        clash = next((p for p in finals if p.exists()), None)
        if clash is not None:
            raise ExportFailed(f"{clash} exists already; it was not overwritten.")
        ids = ledger_ids(len(staged)) if ledger_ids else []
        if self.journal:
            self.journal.write(
                self.export_id,
                staging=str(self.staging),
                finals=[str(p) for p in finals],
                ledger_ids=ids,
            )
        delivered = []
        for (_, item), final in zip(staged, finals, strict=True):
            sha = file_sha256(self.staging / item.name)
            self._finals.append(final)
            os.replace(self.staging / item.name, final)
            delivered.append(Delivered(final, item.kind, sha, item.uuids))
        fsync_dir(self.out_dir)
        self.staging.rmdir()
        return delivered

    def finish(self) -> None:
        """The ledger holds the delivered files: forget this export."""
        if self.journal:
            self.journal.clear(self.export_id)
