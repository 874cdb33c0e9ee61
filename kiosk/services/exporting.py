"""Exporting a kiosk's signatures: one loop over the requested formats through the export
pipeline (all files verified and delivered, or none), then the ledger."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.campaign import Campaign
from kiosk.core.exporting import (
    FORMATS,
    ExportedFile,
    ExportFailed,
    ExportReport,
    ExportRequest,
    Progress,
    no_progress,
    plural,
)
from kiosk.core.models import OpenedSignature, SealedSignature, StoredRow
from kiosk.crypto import KeyFileError, key_id
from kiosk.export import worker_pool
from kiosk.export.bundle import Identity
from kiosk.export.opening import OpenStats, open_signatures
from kiosk.export.pipeline import Delivered, ExportJournal, ExportRun, ExportWriter
from kiosk.export.sheet_groups import SheetGroup
from kiosk.export.writers import (
    CSV_FLAVOURS,
    BlankSheetsWriter,
    BundleWriter,
    CsvWriter,
    SheetsWriter,
)
from kiosk.services.keys import KeyPolicy
from kiosk.store import repository as repo
from kiosk.store.sealed_rows import SealedRowReader

log = logging.getLogger(__name__)

__all__ = ["FORMATS", "ExportService"]


class ExportService:
    formats: tuple[str, ...] = FORMATS

    def __init__(
        self,
        sessions: sessionmaker[Session],
        campaign: Campaign,
        kiosk_id: str,
        keys: KeyPolicy,
        journal: ExportJournal,
        identity: Identity | None = None,
        database: Path | None = None,
    ):
        self._sessions = sessions
        self.campaign = campaign
        self.kiosk_id = kiosk_id
        self.keys = keys
        self.journal = journal
        self.identity = identity  # (kiosk public key, sign): bundles carry a signed manifest
        self.database = database  # the file, for sheet workers to read their own rows

    # --- what the volunteer screens and the CLI ask before exporting ---
    def needs_key(self, formats: tuple[str, ...]) -> bool:
        return self.keys.needs_key(formats)

    def can_open_records(self) -> bool:
        return self.keys.has_private_key()

    def recover(self) -> int:
        """Remove what an interrupted export left on a destination (see ExportJournal)."""

        def recorded(ids: list[str]) -> bool:
            with self._sessions() as session:
                return repo.exports_recorded(session, ids)

        return self.journal.recover(recorded)

    # --- reading the store ---
    def _sealed(self, up_to: int, event_ids: list[int] | None = None) -> Iterator[SealedSignature]:
        with self._sessions() as session:
            yield from repo.iter_sealed(session, event_ids, up_to)

    def _opened(self, up_to: int, keys: list[X25519PrivateKey]) -> Iterator[OpenedSignature]:
        stats = OpenStats()
        yield from open_signatures(self._sealed(up_to), keys, stats)
        if stats.newer:  # a database a newer version wrote, opened by an older one
            raise ExportFailed(
                f"{plural(stats.newer, 'signature')} sealed by a newer Petition Kiosk than "
                "this one cannot be read here: update it and export again."
            )
        if stats.damaged:
            raise ExportFailed(
                f"{plural(stats.damaged, 'signature')} could not be opened, so the files "
                "would be incomplete; run 'petition-kiosk check' and ask an organizer."
            )

    # --- exporting ---
    def export(
        self,
        request: ExportRequest,
        progress: Progress = no_progress,
        key_file: Path | None = None,
    ) -> ExportReport:
        """Write every requested file, verify each, deliver all of them, record the ledger.

        Raises ExportFailed (one plain line) with nothing left on the destination and nothing
        in the ledger; ExportCancelled likewise when ``progress`` returned False."""
        if "pdf" in request.formats:
            worker_pool.warm_up()  # the sheet workers' server loads while the key unlocks
        try:
            return self._export(request, progress, key_file)
        finally:
            worker_pool.shut_down()

    def _export(
        self, request: ExportRequest, progress: Progress, key_file: Path | None
    ) -> ExportReport:
        self.recover()
        unknown = set(request.formats) - set(FORMATS)
        if unknown:
            raise ExportFailed(f"unknown format(s): {', '.join(sorted(unknown))}")
        if not request.formats and not request.blank_pages:
            raise ExportFailed("Choose at least one format.")
        keys: list[X25519PrivateKey] = []
        if self.needs_key(request.formats):
            try:
                keys = [self.keys.unlock(request.passphrase, key_file)]
            except KeyFileError as exc:
                raise ExportFailed(str(exc), "key") from None
        with self._sessions() as session:
            up_to = repo.last_signature_id(session)
            total = repo.counted_rows(session)
            by_key = repo.key_ids_in_use(session)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        prefix = f"{self.campaign.slug}-{self.kiosk_id}-{stamp}"
        writers = self._writers(request, keys, prefix, up_to, total)
        ledger_ids: list[str] = []

        def new_ids(count: int) -> list[str]:
            ledger_ids.extend(str(uuid.uuid4()) for _ in range(count))
            return ledger_ids

        with ExportRun(request.out_dir, writers, self.journal, progress) as run:
            delivered = run.run(new_ids)
            try:
                self._record(delivered, ledger_ids)
            except SQLAlchemyError as exc:
                raise ExportFailed(
                    "The export could not be recorded on this kiosk "
                    f"({type(exc).__name__}); nothing was left on the drive."
                ) from None
        run.finish()
        report = ExportReport([ExportedFile(d.path, d.kind, d.sha256, d.uuids) for d in delivered])
        if keys:
            mine = {key_id(k.public_key()) for k in keys}
            report.other_key = sum(n for kid, n in by_key.items() if kid not in mine)
        log.info("export delivered: %s files", len(delivered))
        return report

    def _writers(
        self,
        request: ExportRequest,
        keys: list[X25519PrivateKey],
        prefix: str,
        up_to: int,
        total: int,
    ) -> list[ExportWriter]:
        writers: list[ExportWriter] = []
        if "bundle" in request.formats:
            writers.append(
                BundleWriter(
                    self.campaign.slug,
                    self.kiosk_id,
                    prefix,
                    lambda: self._sealed(up_to),
                    work=total,
                    identity=self.identity,
                )
            )
        if "pdf" in request.formats:
            writers.append(
                SheetsWriter(
                    self.campaign,
                    prefix,
                    lambda: self._sheet_groups(keys, up_to),
                    request.language,
                    request.include_email,
                    keys,
                    work=total,
                )
            )
        flavours = [fl for f in request.formats for fl in CSV_FLAVOURS.get(f, [])]
        if flavours or "postcodes" in request.formats:
            writers.append(
                CsvWriter(
                    self.campaign,
                    prefix,
                    flavours,
                    lambda: self._opened(up_to, keys),
                    work=total,
                    postcodes="postcodes" in request.formats,
                )
            )
        if request.blank_pages:
            writers.append(
                BlankSheetsWriter(
                    self.campaign, prefix, request.blank_pages, request.language, self.kiosk_id
                )
            )
        return writers

    def _sheet_groups(self, keys: list[X25519PrivateKey], up_to: int) -> list[SheetGroup]:
        """One group per event, counted and read up to the same row: a kiosk signing meanwhile
        cannot skew the pages.  Rows stay sealed: the drawing workers read (from the file,
        when there is one) and open them."""
        mine = {key_id(k.public_key()) for k in keys}
        with self._sessions() as session:
            events = {e.id: e for e in repo.list_events(session)}
            counts = repo.counts_by_event(session, mine, up_to)
        groups = []
        for eid, count in sorted(counts.items()):
            if self.database is None:  # no file (a store in memory): the rows go to them
                items: Iterable = (i for i in self._sealed(up_to, [eid]) if i.key_id in mine)
                groups.append(SheetGroup(self.kiosk_id, events[eid], count, items))
            else:
                refs = self._row_refs(eid, mine, up_to)
                reader = SealedRowReader(self.database, events[eid])
                groups.append(SheetGroup(self.kiosk_id, events[eid], count, refs, reader))
        return groups

    def _row_refs(self, event_id: int, mine: set[str], up_to: int) -> Iterator[StoredRow]:
        with self._sessions() as session:
            yield from repo.iter_row_refs(session, event_id, mine, up_to)

    def _record(self, delivered: list[Delivered], ledger_ids: list[str]) -> None:
        now = datetime.now(UTC)
        with self._sessions.begin() as session:
            for written, ledger_id in zip(delivered, ledger_ids, strict=True):
                repo.record_export(
                    session,
                    uuid=ledger_id,
                    created_at=now,
                    kind=written.kind,
                    destination=str(written.path),
                    signature_uuids=list(written.uuids),
                    content_sha256=written.sha256,
                    verified_at=now,
                )
