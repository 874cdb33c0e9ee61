"""Exporting a kiosk's signatures: sheets, CSVs and bundles, verified, and recorded in the
ledger; and wiping only what a verified bundle holds."""

from __future__ import annotations

import errno
import logging
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy.orm import Session, sessionmaker

from kiosk.campaign import Campaign
from kiosk.crypto import key_id
from kiosk.export import csv_files
from kiosk.export.bundle import BUNDLE_SUFFIX, read_bundle, write_bundle
from kiosk.export.model import (
    EventInfo,
    ExportCancelled,
    ExportFailed,
    OpenStats,
    Progress,
    SealedSignature,
    no_progress,
    open_signatures,
)
from kiosk.fileio import file_sha256
from kiosk.store import repository as repo
from kiosk.store.schema import SignatureRow

log = logging.getLogger(__name__)

FORMATS = ("pdf", "action-network", "nationbuilder", "csv", "bundle")
CSV_FLAVOURS = {
    "action-network": [csv_files.ACTION_NETWORK, csv_files.ACTION_NETWORK_ALL],
    "nationbuilder": [csv_files.NATIONBUILDER],
    "csv": [csv_files.GENERIC],
}


@dataclass
class ExportOptions:
    out_dir: Path
    formats: tuple[str, ...] = FORMATS
    private_keys: list[X25519PrivateKey] = field(default_factory=list)
    language: str = "en"
    include_email: bool = False
    blank_pages: int = 0


@dataclass
class WrittenFile:
    path: Path
    kind: str
    sha256: str
    verified: bool
    uuids: list[str] = field(default_factory=list)  # for the ledger

    @property
    def records(self) -> int:
        return len(self.uuids)


@dataclass
class ExportReport:
    files: list[WrittenFile] = field(default_factory=list)
    stats: OpenStats = field(default_factory=OpenStats)

    def lines(self) -> list[str]:
        out = [
            f"{f.path.name}: {f.records} records, {'verified' if f.verified else 'NOT verified'}"
            for f in self.files
        ]
        if self.stats.other_key:
            out.append(
                f"{self.stats.other_key} signatures are sealed to another organizer key "
                "and are only in the bundle"
            )
        return out


def explain_os_error(exc: OSError, folder: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return (
            f"The destination {folder} is full. Nothing was half-written; free space or "
            "use another USB stick."
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"The destination {folder} cannot be written to (read-only or no permission)."
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
        return (
            f"The destination {folder} went away or failed (was the USB stick removed?). "
            "Nothing was half-written under a final name; plug it in and export again."
        )
    return f"Writing to {folder} failed: {exc.strerror or exc}."


def check_destination(folder: Path) -> None:
    if not folder.is_dir():
        raise ExportFailed(f"The folder {folder} does not exist (is the USB stick plugged in?).")


class ExportService:
    def __init__(self, sessions: sessionmaker[Session], campaign: Campaign, kiosk_id: str):
        self._sessions = sessions
        self.campaign = campaign
        self.kiosk_id = kiosk_id

    # --- reading the store ---
    def _events(self, session: Session) -> dict[int, EventInfo]:
        return {
            e.id: EventInfo(e.name, e.place, e.starts_at, e.ends_at)
            for e in repo.list_events(session)
        }

    def _sealed(
        self, event_ids: list[int] | None = None, up_to_id: int | None = None
    ) -> Iterator[SealedSignature]:
        with self._sessions() as session:
            events = self._events(session)
            row: SignatureRow
            for row in repo.iter_sealed(session, event_ids, up_to_id):
                yield SealedSignature(
                    row.uuid,
                    row.kiosk_id,
                    events[row.event_id],
                    row.signed_at,
                    row.key_id,
                    row.sealed,
                )

    def _group_counts(self, key_ids: set[str], up_to_id: int) -> list[tuple[int, EventInfo, int]]:
        """Signatures per event that these keys can open (the sheets' "page x of y")."""
        with self._sessions() as session:
            events = self._events(session)
            counts = repo.counts_by_event(session, key_ids, up_to_id)
        return [(eid, events[eid], n) for eid, n in sorted(counts.items())]

    def unexported_count(self) -> int:
        with self._sessions() as session:
            return repo.unexported_count(session)

    def total(self) -> int:
        with self._sessions() as session:
            return repo.counted_rows(session)

    # --- exporting ---
    def export(self, options: ExportOptions, progress: Progress = no_progress) -> ExportReport:
        """Write every requested output to ``options.out_dir`` and verify each by reading it
        back.  The ledger is written only when all of them succeeded."""
        check_destination(options.out_dir)
        unknown = set(options.formats) - set(FORMATS)
        if unknown:
            raise ExportFailed(f"unknown format(s): {', '.join(sorted(unknown))}")
        needs_key = any(f != "bundle" for f in options.formats)
        if needs_key and not options.private_keys:
            raise ExportFailed("PDF sheets and CSV files need the organizer key and passphrase.")
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        prefix = f"{self.campaign.slug}-{self.kiosk_id}-{stamp}"
        total = self.total()
        work = total * sum(1 for f in ("bundle", "pdf") if f in options.formats)
        if any(f in CSV_FLAVOURS for f in options.formats):
            work += total
        done = 0

        def step(n: int) -> bool:
            return progress(done + n, max(work, 1))

        report = ExportReport()
        try:
            if "bundle" in options.formats:
                path = options.out_dir / f"{prefix}{BUNDLE_SUFFIX}"
                sha, uuids = write_bundle(path, self.campaign.slug, self.kiosk_id, self._sealed())
                verified = self._verify_bundle(path, uuids)
                report.files.append(WrittenFile(path, "bundle", sha, verified, uuids))
                done += total
                step(0)
            keys = {key_id(k.public_key()) for k in options.private_keys}
            if "pdf" in options.formats:
                report.files.extend(self._write_pdf(options, prefix, keys, step))
                done += total
            flavours = [fl for f in options.formats for fl in CSV_FLAVOURS.get(f, [])]
            if flavours:
                report.files.extend(self._write_csvs(options, prefix, flavours, report, step))
            if options.blank_pages:
                from kiosk.export.pdf_sheets import write_blank_sheets

                path = options.out_dir / f"{prefix}-blank-sheets.pdf"
                write_blank_sheets(
                    path,
                    self.campaign,
                    options.blank_pages,
                    language=options.language,
                    kiosk_id=self.kiosk_id,
                )
                report.files.append(WrittenFile(path, "blank", file_sha256(path), True))
        except OSError as exc:
            raise ExportFailed(explain_os_error(exc, options.out_dir)) from None
        self._record(report)
        log.info("export written: %s files", len(report.files))
        return report

    def _write_pdf(self, options, prefix, keys, step) -> list[WrittenFile]:
        # reportlab, pikepdf and the fonts load here, not at kiosk start-up.
        from kiosk.export.pdf_sheets import SheetGroup, write_sheets

        path = options.out_dir / f"{prefix}-sheets.pdf"
        # Counted and read up to the same row: a kiosk signing meanwhile cannot skew the pages.
        # Rows stay sealed here; the drawing workers open them, on every core.
        with self._sessions() as session:
            up_to = repo.last_signature_id(session)

        def sealed_rows(event_id: int) -> Iterator[SealedSignature]:
            return (i for i in self._sealed([event_id], up_to) if i.key_id in keys)

        groups = [
            SheetGroup(self.kiosk_id, event, count, sealed_rows(eid))
            for eid, event, count in self._group_counts(keys, up_to)
        ]
        sheets = write_sheets(
            path,
            self.campaign,
            groups,
            language=options.language,
            include_email=options.include_email,
            progress=lambda d, _total: step(d),
            private_keys=options.private_keys,
        )
        return [
            WrittenFile(f.path, "pdf", file_sha256(f.path), f.path.stat().st_size > 0, f.uuids)
            for f in sheets
        ]

    def _write_csvs(self, options, prefix, flavours, report, step) -> list[WrittenFile]:
        writers = [
            csv_files.CsvWriter(options.out_dir / f"{prefix}-{fl.filename}", fl, self.campaign)
            for fl in flavours
        ]
        stats = OpenStats()
        held: list[list[str]] = [[] for _ in writers]
        error: BaseException | None = None
        try:
            for n, item in enumerate(
                open_signatures(self._sealed(), options.private_keys, stats), 1
            ):
                for writer, written in zip(writers, held, strict=True):
                    if writer.add(item):
                        written.append(item.uuid)
                if n % 500 == 0 and not step(n):
                    raise ExportCancelled()
        except BaseException as exc:
            error = exc
            raise
        finally:
            for writer in writers:
                writer.close(error)
        report.stats = stats
        files = []
        for writer, uuids in zip(writers, held, strict=True):
            rows = csv_files.read_back(writer.path, writer.flavour)
            files.append(
                WrittenFile(
                    writer.path,
                    writer.flavour.name,
                    file_sha256(writer.path),
                    len(rows) == len(uuids),
                    uuids,
                )
            )
        return files

    def _verify_bundle(self, path: Path, uuids: list[str]) -> bool:
        manifest, items = read_bundle(path)
        return manifest.record_count == len(uuids) and [i.uuid for i in items] == uuids

    def _record(self, report: ExportReport) -> None:
        now = datetime.now(UTC)
        with self._sessions.begin() as session:
            for written in report.files:
                repo.record_export(
                    session,
                    uuid=str(uuid.uuid4()),
                    created_at=now,
                    kind=written.kind,
                    destination=str(written.path),
                    signature_uuids=written.uuids,
                    content_sha256=written.sha256,
                    verified_at=now if written.verified else None,
                )

    # --- wiping ---
    def wipe_exported(self) -> tuple[int, int]:
        """Delete the signatures that a verified bundle holds; returns (removed, kept)."""
        with self._sessions.begin() as session:
            safe = repo.verified_exported_uuids(session) & repo.signature_uuids(session)
            removed = repo.delete_signatures(session, safe)
            kept = repo.counted_rows(session)
        with self._sessions() as session:
            # Fold the WAL back so the deleted (sealed, zeroed) pages leave no copy behind.
            session.connection().exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        log.info("wiped %s exported signatures, %s kept", removed, kept)
        return removed, kept
