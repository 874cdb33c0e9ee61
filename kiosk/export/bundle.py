"""Sealed bundles: one file, safe to e-mail, holding a kiosk's sealed records.

A bundle is a ZIP file with ``manifest.json`` (campaign, kiosk, events, counts, the SHA-256 of
the records) and ``records.jsonl`` (one sealed record per line).  Records stay sealed to the
organizer's key, so the bundle reveals only what the manifest says: how many signed, when, where.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kiosk.core.exporting import ExportFailed
from kiosk.core.models import Event, SealedSignature
from kiosk.fileio import atomic_writer, file_sha256

BUNDLE_FORMAT = "petition-kiosk-bundle"
BUNDLE_SUFFIX = ".pkbundle"


@dataclass(frozen=True)
class Manifest:
    campaign: str
    kiosk_id: str
    created_at: str
    record_count: int
    records_sha256: str
    events: list[dict]


def _event_key(event: Event) -> str:
    return f"{event.name}\x1f{event.place}\x1f{event.starts_at.isoformat()}"


def _event_dict(event: Event) -> dict:
    return {
        "name": event.name,
        "place": event.place,
        "starts_at": event.starts_at.isoformat(),
        "ends_at": event.ends_at.isoformat() if event.ends_at else None,
    }


def write_bundle(
    path: Path, campaign_slug: str, kiosk_id: str, items: Iterable[SealedSignature]
) -> tuple[str, list[str]]:
    """Write the bundle atomically, streaming the records; returns (file SHA-256, uuids)."""
    events: dict[str, dict] = {}
    uuids: list[str] = []
    digest = hashlib.sha256()
    with (
        atomic_writer(path) as raw,
        zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        with archive.open("records.jsonl", "w", force_zip64=True) as out:
            for item in items:
                key = _event_key(item.event)
                entry = events.setdefault(
                    key, {**_event_dict(item.event), "id": len(events), "count": 0}
                )
                entry["count"] += 1
                line = (
                    json.dumps(
                        {
                            "uuid": item.uuid,
                            "kiosk": item.kiosk_id,
                            "event": entry["id"],
                            "signed_at": item.signed_at.isoformat(),
                            "key_id": item.key_id,
                            "sealed": base64.b64encode(item.sealed).decode("ascii"),
                        },
                        separators=(",", ":"),
                    ).encode("utf-8")
                    + b"\n"
                )
                digest.update(line)
                out.write(line)
                uuids.append(item.uuid)
        manifest = {
            "format": BUNDLE_FORMAT,
            "version": 1,
            "campaign": campaign_slug,
            "kiosk_id": kiosk_id,
            "created_at": datetime.now(UTC).isoformat(),
            "record_count": len(uuids),
            "records_sha256": digest.hexdigest(),
            "events": sorted(events.values(), key=lambda e: e["id"]),
        }
        archive.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
    return file_sha256(path), uuids


MAX_LINE = 1 << 20  # a sealed record is a few kB; a longer line is not one


def _lines(stream, block: int = 1 << 20) -> Iterator[bytes]:
    """The lines of a ZIP member, with their newline, read a megabyte at a time (the ZIP
    reader's own readline costs more than the decompression)."""
    rest = b""
    while chunk := stream.read(block):
        parts = (rest + chunk).split(b"\n")
        rest = parts.pop()
        if len(rest) > MAX_LINE:
            raise ValueError("a line of records.jsonl is far too long")
        for part in parts:
            yield part + b"\n"
    if rest:
        yield rest


def read_bundle(path: Path) -> tuple[Manifest, Iterator[SealedSignature]]:
    """Open and verify a bundle (format, record count and hash); raises ExportFailed."""
    try:
        archive = zipfile.ZipFile(path)
        manifest = json.loads(archive.read("manifest.json"))
        if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
            raise ExportFailed(f"{path}: not a Petition Kiosk bundle")
        digest, count = hashlib.sha256(), 0
        with archive.open("records.jsonl") as records:
            for line in _lines(records):
                digest.update(line)
                count += 1
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ExportFailed(f"{path}: not a readable Petition Kiosk bundle ({exc})") from None
    if digest.hexdigest() != manifest.get("records_sha256"):
        raise ExportFailed(f"{path}: the records do not match the manifest's hash (damaged?)")
    if count != manifest.get("record_count"):
        raise ExportFailed(
            f"{path}: the manifest counts {manifest.get('record_count')} "
            f"records but the bundle holds {count}"
        )
    events = {
        e["id"]: Event(
            e["id"],
            e["name"],
            e["place"],
            datetime.fromisoformat(e["starts_at"]),
            datetime.fromisoformat(e["ends_at"]) if e["ends_at"] else None,
        )
        for e in manifest["events"]
    }
    info = Manifest(
        campaign=manifest["campaign"],
        kiosk_id=manifest["kiosk_id"],
        created_at=manifest["created_at"],
        record_count=manifest["record_count"],
        records_sha256=manifest["records_sha256"],
        events=manifest["events"],
    )

    def items() -> Iterator[SealedSignature]:
        with archive.open("records.jsonl") as records:
            for line in _lines(records):
                row = json.loads(line)
                yield SealedSignature(
                    uuid=row["uuid"],
                    kiosk_id=row["kiosk"],
                    event=events[row["event"]],
                    signed_at=datetime.fromisoformat(row["signed_at"]),
                    key_id=row["key_id"],
                    sealed=base64.b64decode(row["sealed"]),
                )

    return info, items()
