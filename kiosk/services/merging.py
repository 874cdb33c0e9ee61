"""Merging the output of many kiosks: bundles and database files in, one campaign out."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from kiosk.campaign import Campaign
from kiosk.export import csv_files
from kiosk.export.bundle import read_bundle
from kiosk.export.dedupe import DedupeResult, dedupe
from kiosk.export.model import (
    EventInfo,
    ExportFailed,
    OpenedSignature,
    OpenStats,
    Progress,
    SealedSignature,
    no_progress,
    open_signatures,
)
from kiosk.export.pdf_sheets import SheetGroup, write_sheets
from kiosk.fileio import atomic_write_bytes
from kiosk.services.exporting import CSV_FLAVOURS, check_destination, explain_os_error
from kiosk.store import repository as repo
from kiosk.store.database import StoreRefused, inspect_database

log = logging.getLogger(__name__)

MERGE_FORMATS = ("pdf", "action-network", "nationbuilder", "csv")


@dataclass
class MergeReport:
    inputs: list[tuple[str, int]] = field(default_factory=list)  # (file name, records)
    stats: OpenStats = field(default_factory=OpenStats)
    result: DedupeResult = field(default_factory=DedupeResult)
    files: list[Path] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"input {name}: {count} sealed signatures" for name, count in self.inputs]
        out.append(
            f"opened: {self.stats.opened}; sealed to another key: "
            f"{self.stats.other_key}; damaged: {self.stats.damaged}"
        )
        reasons: dict[str, int] = {}
        for dropped in self.result.dropped:
            reasons[dropped.reason] = reasons.get(dropped.reason, 0) + 1
        out.append(
            f"kept: {len(self.result.kept)}; dropped as duplicates: "
            f"{len(self.result.dropped)}"
            + (
                f" ({', '.join(f'{n} by {r}' for r, n in sorted(reasons.items()))})"
                if reasons
                else ""
            )
        )
        out.extend(f"wrote {path.name}" for path in self.files)
        return out


def _read_database(path: Path, campaign: Campaign) -> list[SealedSignature]:
    try:
        inspect_database(path)
    except StoreRefused as exc:
        raise ExportFailed(str(exc)) from None
    engine = create_engine(f"sqlite:///file:{path.resolve()}?mode=ro&uri=true")
    try:
        with Session(engine) as session:
            slug = repo.get_meta(session, "campaign")
            if slug and slug != campaign.slug:
                raise ExportFailed(
                    f"{path} holds signatures for campaign '{slug}', not '{campaign.slug}'"
                )
            events = {
                e.id: EventInfo(e.name, e.place, e.starts_at, e.ends_at)
                for e in repo.list_events(session)
            }
            return [
                SealedSignature(
                    r.uuid, r.kiosk_id, events[r.event_id], r.signed_at, r.key_id, r.sealed
                )
                for r in repo.iter_sealed(session)
            ]
    finally:
        engine.dispose()


def read_inputs(
    paths: list[Path], campaign: Campaign, report: MergeReport
) -> Iterator[SealedSignature]:
    for path in paths:
        if not path.is_file():
            raise ExportFailed(f"{path}: file not found")
        with path.open("rb") as handle:
            is_zip = handle.read(4) == b"PK\x03\x04"
        if is_zip:
            manifest, items = read_bundle(path)
            if manifest.campaign != campaign.slug:
                raise ExportFailed(
                    f"{path} is a bundle for campaign '{manifest.campaign}', not '{campaign.slug}'"
                )
            report.inputs.append((path.name, manifest.record_count))
            yield from items
        else:
            rows = _read_database(path, campaign)
            report.inputs.append((path.name, len(rows)))
            yield from rows


def merge(
    paths: list[Path],
    out_dir: Path,
    campaign: Campaign,
    private_keys: list[X25519PrivateKey],
    *,
    formats: tuple[str, ...] = MERGE_FORMATS,
    language: str = "en",
    include_email: bool = False,
    progress: Progress = no_progress,
) -> MergeReport:
    """Open every input, drop duplicates (keeping the earliest), write the campaign's outputs.

    Opened records are held in memory here (de-duplication needs them all); the organizer's
    machine does this, not the kiosk."""
    check_destination(out_dir)
    unknown = set(formats) - set(MERGE_FORMATS)
    if unknown:
        raise ExportFailed(f"merge cannot write: {', '.join(sorted(unknown))}")
    report = MergeReport()
    opened: list[OpenedSignature] = list(
        open_signatures(read_inputs(paths, campaign, report), private_keys, report.stats)
    )
    report.result = dedupe(opened)
    kept = report.result.kept
    prefix = f"{campaign.slug}-merged"
    try:
        if "pdf" in formats:
            groups: dict[tuple[str, EventInfo], list[OpenedSignature]] = {}
            for item in kept:
                groups.setdefault((item.kiosk_id, item.event), []).append(item)
            ordered = sorted(groups.items(), key=lambda g: (g[0][1].starts_at, g[0][0]))
            sheets = [
                SheetGroup(kiosk, event, len(items), items) for (kiosk, event), items in ordered
            ]
            written = write_sheets(
                out_dir / f"{prefix}-sheets.pdf",
                campaign,
                sheets,
                language=language,
                include_email=include_email,
                progress=progress,
            )
            report.files.extend(f.path for f in written)
        for name in formats:
            for flavour in CSV_FLAVOURS.get(name, []):
                path = out_dir / f"{prefix}-{flavour.filename}"
                csv_files.write_csv(path, flavour, campaign, kept)
                report.files.append(path)
        lines = [*report.lines(), "", "dropped (signature id, kept signature id, matched by):"]
        lines += [f"{d.uuid}\t{d.kept_uuid}\t{d.reason}" for d in report.result.dropped]
        path = out_dir / f"{prefix}-report.txt"
        atomic_write_bytes(path, ("\n".join(lines) + "\n").encode("utf-8"))
        report.files.append(path)
    except OSError as exc:
        raise ExportFailed(explain_os_error(exc, out_dir)) from None
    log.info(
        "merged %s inputs: %s kept, %s dropped", len(paths), len(kept), len(report.result.dropped)
    )
    return report
