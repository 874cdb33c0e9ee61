"""What an export is asked to do and what it reports: plain data shared by the services, the
command line and the volunteer screens (which must not import the export machinery)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# Every format a kiosk export can write, in the order they are written.
FORMATS = ("bundle", "pdf", "action-network", "nationbuilder", "mailchimp", "csv", "postcodes")
# What merging many kiosks can write (a merged bundle would need re-sealing).
MERGE_FORMATS = ("pdf", "action-network", "nationbuilder", "mailchimp", "csv", "postcodes")
# Formats whose records stay sealed: they need no private key.
SEALED_FORMATS = frozenset({"bundle"})

# progress(done, total) -> False to cancel
Progress = Callable[[int, int], bool]


def no_progress(_done: int, _total: int) -> bool:
    return True


class ExportFailed(Exception):
    """An export could not be completed; the message is one plain line for a volunteer.
    ``reason`` names the common causes (``missing``, ``full``, ``too-large``, ``read-only``,
    ``gone``, ``key``) so that a screen can say them in the volunteer's language;
    ``folder`` is the destination, the only detail such a message names."""

    def __init__(self, message: str = "", reason: str = "", folder: str = ""):
        super().__init__(message)
        self.reason, self.folder = reason, folder


class ExportCancelled(ExportFailed):
    def __init__(self, message: str = "The export was cancelled; nothing was left behind."):
        super().__init__(message)


@dataclass(frozen=True)
class ExportRequest:
    out_dir: Path
    formats: tuple[str, ...] = FORMATS
    passphrase: str | None = None  # for the formats that open records
    language: str = "en"
    include_email: bool = False
    blank_pages: int = 0


@dataclass(frozen=True)
class ExportedFile:
    """One file an export delivered: read back and verified before it was reported."""

    path: Path
    kind: str
    sha256: str
    uuids: tuple[str, ...] = ()  # the signatures it holds (the ledger records them)

    @property
    def records(self) -> int:
        return len(self.uuids)


@dataclass
class ExportReport:
    files: list[ExportedFile] = field(default_factory=list)
    other_key: int = 0  # signatures sealed to another organizer key (only in the bundle)
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"{f.path.name}: {plural(f.records, 'record')}, verified" for f in self.files]
        if self.other_key:
            out.append(
                f"{plural(self.other_key, 'signature')} sealed to another organizer key "
                "are only in the bundle"
            )
        return out + self.notes


def plural(count: int, noun: str) -> str:
    """``1 record``, ``2 records``: English counts for the command line and logs."""
    return f"{count:,} {noun}" + ("" if count == 1 else "s")
