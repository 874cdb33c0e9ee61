"""Sealed bundles: one file, safe to e-mail, holding a kiosk's sealed records.

A bundle is a ZIP file with ``manifest.json`` (campaign, kiosk, events, counts, the SHA-256 of
the records, signed by the kiosk) and the sealed records (``records.bin``; version 1 bundles
hold ``records.jsonl``: see bundle_records).  Records stay sealed to the organizer's key, so
the bundle reveals only what the manifest says: how many signed, when, where.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kiosk.core.exporting import ExportFailed
from kiosk.core.models import Event, SealedSignature
from kiosk.crypto import manifest_statement, verify_statement
from kiosk.export.bundle_records import (
    PARSERS,
    RECORDS_MEMBER,
    SPLITTERS,
    WRITE_VERSION,
    BundleError,
    frame,
    frame_runs,
    from_base64,
    moment,
    split_frames,
    text,
)
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
    kiosk_key: bytes | None = None  # the signing kiosk's Ed25519 public key
    signed: bool = False  # the manifest's signature verified with kiosk_key
    version: int = WRITE_VERSION  # how the records are stored (bundle_records)


def _event_key(event: Event) -> str:
    return f"{event.name}\x1f{event.place}\x1f{event.starts_at.isoformat()}"


def _event_dict(event: Event) -> dict:
    return {
        "name": event.name,
        "place": event.place,
        "starts_at": event.starts_at.isoformat(),
        "ends_at": event.ends_at.isoformat() if event.ends_at else None,
    }


Identity = tuple[bytes, Callable[[bytes], bytes]]  # (kiosk public key, sign)


def write_bundle(
    path: Path,
    campaign_slug: str,
    kiosk_id: str,
    items: Iterable[SealedSignature],
    identity: Identity | None = None,
) -> tuple[str, list[str]]:
    """Write the bundle atomically, streaming the records; returns (file SHA-256, uuids)."""
    events: dict[str, dict] = {}
    uuids: list[str] = []
    digest = hashlib.sha256()
    with (
        atomic_writer(path) as raw,
        zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        # Stored, not deflated: sealed records are random bytes, which deflate cannot shrink.
        records = zipfile.ZipInfo(RECORDS_MEMBER[WRITE_VERSION], datetime.now().timetuple()[:6])
        records.compress_type = zipfile.ZIP_STORED
        with archive.open(records, "w", force_zip64=True) as out:
            for item in items:
                key = _event_key(item.event)
                entry = events.setdefault(
                    key, {**_event_dict(item.event), "id": len(events), "count": 0}
                )
                entry["count"] += 1
                data = frame(item, entry["id"])
                digest.update(data)
                out.write(data)
                uuids.append(item.uuid)
        manifest = {
            "format": BUNDLE_FORMAT,
            "version": WRITE_VERSION,
            "campaign": campaign_slug,
            "kiosk_id": kiosk_id,
            "created_at": datetime.now(UTC).isoformat(),
            "record_count": len(uuids),
            "records_sha256": digest.hexdigest(),
            "events": sorted(events.values(), key=lambda e: e["id"]),
        }
        if identity is not None:  # the kiosk signs the manifest (records carry their own)
            public, sign = identity
            manifest["kiosk_public_key"] = base64.b64encode(public).decode("ascii")
            manifest["manifest_sig"] = base64.b64encode(sign(manifest_statement(manifest))).decode(
                "ascii"
            )
        archive.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
    return file_sha256(path), uuids


# Limits on what a bundle may declare: far above any real campaign, far below harm.
MAX_MANIFEST = 8 << 20
MAX_RECORDS_BYTES = 4 << 30
MAX_RECORD_COUNT = 10_000_000


def _member(archive: zipfile.ZipFile, name: str, limit: int) -> zipfile.ZipInfo:
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise BundleError(f"{name} is missing") from None
    if info.flag_bits & 0x1:
        raise BundleError(f"{name} is encrypted")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise BundleError(f"{name} uses an unsupported compression")
    if info.file_size > limit:
        raise BundleError(f"{name} declares {info.file_size:,} bytes, more than a bundle holds")
    return info


def _events(manifest: dict) -> dict[int, Event]:
    entries = manifest.get("events")
    if not isinstance(entries, list) or len(entries) > 100_000:
        raise BundleError("the manifest's event list is missing or malformed")
    events: dict[int, Event] = {}
    for n, e in enumerate(entries):
        if not isinstance(e, dict) or not isinstance(e.get("id"), int):
            raise BundleError(f"event {n} of the manifest is malformed")
        ends = e.get("ends_at")
        events[e["id"]] = Event(
            e["id"],
            text(e.get("name"), f"event {n}'s name", 200),
            text(e.get("place"), f"event {n}'s place", 200),
            moment(e.get("starts_at"), f"event {n}'s start"),
            moment(ends, f"event {n}'s end") if ends else None,
        )
    return events


def _open(path: Path) -> tuple[zipfile.ZipFile, Manifest, dict[int, Event]]:
    """The archive, its checked manifest and its events; raises ExportFailed."""
    try:
        archive = zipfile.ZipFile(path)
        _member(archive, "manifest.json", MAX_MANIFEST)
        manifest = json.loads(archive.read("manifest.json"))
        if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
            raise BundleError("it is not a Petition Kiosk bundle")
        version = manifest.get("version")
        if type(version) is not int or version not in RECORDS_MEMBER:  # not true, not 2.0
            newer = type(version) is int and version > max(RECORDS_MEMBER)
            raise BundleError(
                f"bundle version {version!r} is not supported"
                + ("; a newer Petition Kiosk wrote it: update this one" if newer else "")
            )
        _member(archive, RECORDS_MEMBER[version], MAX_RECORDS_BYTES)
        declared = manifest.get("record_count")
        if not isinstance(declared, int) or not 0 <= declared <= MAX_RECORD_COUNT:
            raise BundleError("the manifest's record count is missing or out of range")
        events = _events(manifest)
        kiosk_key = (
            from_base64(manifest["kiosk_public_key"], "the kiosk's public key", 100)
            if "kiosk_public_key" in manifest
            else None
        )
        signature = (
            from_base64(manifest["manifest_sig"], "the manifest's signature", 200)
            if "manifest_sig" in manifest
            else None
        )
        info = Manifest(
            campaign=text(manifest.get("campaign"), "the campaign", 64),
            kiosk_id=text(manifest.get("kiosk_id"), "the kiosk id", 64),
            created_at=text(manifest.get("created_at"), "the creation time", 64),
            record_count=declared,
            records_sha256=text(manifest.get("records_sha256"), "the records' hash", 64),
            events=manifest["events"],
            kiosk_key=kiosk_key,
            signed=verify_statement(kiosk_key, signature, manifest_statement(manifest)),
            version=version,
        )
    except ExportFailed:
        raise
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, RuntimeError) as exc:
        raise ExportFailed(
            f"{path.name}: not a readable Petition Kiosk bundle: {_say(exc)}"
        ) from None
    return archive, info, events


@dataclass
class RecordBatch:
    """Some of a bundle's records as it stores them (lines or frames, see bundle_records),
    unparsed: what a merge hands to a worker process, which parses them (``parse_batch``) as
    well as opening them."""

    source: str  # the bundle's file name
    first: int  # the number of the first record (from 1)
    records: list[bytes]  # lines, or frames
    events: dict[int, Event]
    kiosk_key: bytes | None
    version: int = WRITE_VERSION
    run: bytes = b""  # instead of ``records``: frames as one run (see frame_runs)
    run_count: int = 0

    @property
    def count(self) -> int:
        return self.run_count if self.run else len(self.records)

    def stored(self) -> Iterable[bytes]:
        """Each record as stored (a run is split here, in the worker)."""
        return split_frames(self.run) if self.run else self.records


def parse_batch(batch: RecordBatch) -> tuple[list[SealedSignature], ExportFailed | None]:
    """The batch's records, up to the first malformed one, and the error naming it."""
    parse = PARSERS[batch.version]
    records = []
    for number, data in enumerate(batch.stored(), batch.first):
        try:
            records.append(parse(data, batch.events, number, batch.kiosk_key))
        except BundleError as exc:
            return records, ExportFailed(f"{batch.source}: {_say(exc)}")
    return records, None


def read_bundle_batches(path: Path, batch: int = 500) -> tuple[Manifest, Iterator[RecordBatch]]:
    """Open and check a bundle like ``read_bundle``, then stream its records in batches,
    unparsed.  The count and the hash are checked once the last record is read (raising
    ExportFailed), before the iterator ends."""
    archive, info, events = _open(path)
    declared = info.record_count

    def cut(held: list[bytes], count: int) -> RecordBatch:
        first = count - len(held) + 1
        return RecordBatch(path.name, first, held, events, info.kiosk_key, info.version)

    def runs() -> Iterator[RecordBatch]:
        """Version 2: whole runs of frames, hashed as they are (one call, not one a record)."""
        digest, count = hashlib.sha256(), 0
        try:
            with archive.open(RECORDS_MEMBER[info.version]) as stream:
                for run, in_run in frame_runs(stream, batch):
                    digest.update(run)
                    count += in_run
                    if count > declared:
                        break
                    yield RecordBatch(path.name, count - in_run + 1, [], events,
                                      info.kiosk_key, info.version, run, in_run)  # fmt: skip
        except (OSError, zipfile.BadZipFile, ValueError, RuntimeError) as exc:
            raise ExportFailed(f"{path.name}: {_say(exc)}") from None
        _check_end(digest, count)

    def _check_end(digest, count: int) -> None:
        if digest.hexdigest() != info.records_sha256:
            raise ExportFailed(
                f"{path.name}: the records do not match the manifest's hash (damaged?)"
            )
        if count != declared:
            raise ExportFailed(
                f"{path.name}: the manifest counts {declared:,} records but the bundle holds "
                f"{'more' if count > declared else f'{count:,}'}"
            )

    def batches() -> Iterator[RecordBatch]:
        digest, count = hashlib.sha256(), 0
        held: list[bytes] = []
        try:
            with archive.open(RECORDS_MEMBER[info.version]) as stream:
                for data in SPLITTERS[info.version](stream):
                    digest.update(data)
                    count += 1
                    if count > declared:
                        break
                    held.append(data)
                    if len(held) == batch:
                        yield cut(held, count)
                        held = []
        except (OSError, zipfile.BadZipFile, ValueError, RuntimeError) as exc:
            raise ExportFailed(f"{path.name}: {_say(exc)}") from None
        _check_end(digest, count)
        if held:
            yield cut(held, count)

    return info, (runs() if info.version == 2 else batches())


def read_bundle(path: Path) -> tuple[Manifest, Iterator[SealedSignature]]:
    """Open and check a bundle (format, sizes, manifest and its signature), then stream its
    records, each checked field by field, and the record count and hash once read.  Anything
    wrong raises ExportFailed naming the file and the problem in one line; nothing hostile
    reaches the caller."""
    info, batches = read_bundle_batches(path)

    def items() -> Iterator[SealedSignature]:
        """The signed manifest vouches for exactly these records: merge relies on it instead
        of each record's own signature.  A malformed record is reported after the hash and
        count are checked: a damaged file says so before naming a record."""
        damaged: ExportFailed | None = None
        for batch in batches:
            if damaged is not None:
                continue  # read on: the hash decides which error is told
            records, damaged = parse_batch(batch)
            yield from records
        if damaged is not None:
            raise damaged

    return info, items()


def _say(exc: BaseException) -> str:
    """An exception as one short line (a hostile file must not fill the terminal)."""
    said = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return said[:200]
