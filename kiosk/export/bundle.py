"""Sealed bundles: one file, safe to e-mail, holding a kiosk's sealed records.

A bundle is a ZIP file with ``manifest.json`` (campaign, kiosk, events, counts, the SHA-256 of
the records) and ``records.jsonl`` (one sealed record per line).  Records stay sealed to the
organizer's key, so the bundle reveals only what the manifest says: how many signed, when, where.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kiosk.core.exporting import ExportFailed
from kiosk.core.models import Event, SealedSignature
from kiosk.crypto import manifest_statement, verify_statement
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
        # Stored, not deflated: sealed records are random bytes in base64, which deflate
        # shrinks by a quarter at most, and inflating them was a fifth of a merge's time.
        records = zipfile.ZipInfo("records.jsonl", datetime.now().timetuple()[:6])
        records.compress_type = zipfile.ZIP_STORED
        with archive.open(records, "w", force_zip64=True) as out:
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
                            "sig": base64.b64encode(item.kiosk_sig or b"").decode("ascii"),
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
        if identity is not None:  # the kiosk signs the manifest (records carry their own)
            public, sign = identity
            manifest["kiosk_public_key"] = base64.b64encode(public).decode("ascii")
            manifest["manifest_sig"] = base64.b64encode(sign(manifest_statement(manifest))).decode(
                "ascii"
            )
        archive.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
    return file_sha256(path), uuids


MAX_LINE = 1 << 20  # a sealed record is a few kB; a longer line is not one


def _lines(stream, block: int = 1 << 20) -> Iterator[bytes]:
    """The lines of a ZIP member, with their newline, through a C-level buffered reader (the
    ZIP reader's own readline costs more than the decompression); a line longer than
    MAX_LINE is refused before it is held whole."""
    reader = io.BufferedReader(stream, buffer_size=block)
    while line := reader.readline(MAX_LINE + 1):
        if len(line) > MAX_LINE:
            raise BundleError("a line of records.jsonl is far too long")
        yield line


# Limits on what a bundle may declare: far above any real campaign, far below harm.
MAX_MANIFEST = 8 << 20
MAX_RECORDS_BYTES = 4 << 30
MAX_RECORD_COUNT = 10_000_000
MAX_SEALED = 64 << 10  # a sealed record is a few kB


class BundleError(ValueError):
    """A bundle breaks its format; the message names what, for one plain line."""


def _text(value: object, what: str, limit: int = 500) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise BundleError(f"{what} is not a text of at most {limit} characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise BundleError(f"{what} is not valid text") from None
    return value


def _time(value: object, what: str) -> datetime:
    try:
        moment = datetime.fromisoformat(_text(value, what, 64))
    except ValueError:
        raise BundleError(f"{what} is not a date and time") from None
    if moment.tzinfo is None:
        raise BundleError(f"{what} has no time zone")
    return moment


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
            _text(e.get("name"), f"event {n}'s name", 200),
            _text(e.get("place"), f"event {n}'s place", 200),
            _time(e.get("starts_at"), f"event {n}'s start"),
            _time(ends, f"event {n}'s end") if ends else None,
        )
    return events


def _b64(value: object, what: str, limit: int) -> bytes:
    try:
        return base64.b64decode(_text(value, what, limit), validate=True)
    except (ValueError, binascii.Error):
        raise BundleError(f"{what} is not base64") from None


def _record(
    line: bytes, events: dict[int, Event], number: int, kiosk_key: bytes | None
) -> SealedSignature:
    try:
        row = json.loads(line)
    except ValueError:
        raise BundleError(f"record {number} is not JSON") from None
    if not isinstance(row, dict):
        raise BundleError(f"record {number} is not a JSON object")
    event = events.get(row.get("event"))  # type: ignore[arg-type]
    if event is None:
        raise BundleError(f"record {number} names an event the manifest does not list")
    sealed = _b64(row.get("sealed"), f"record {number}'s sealed data", MAX_SEALED * 2)
    sig = _b64(row.get("sig", ""), f"record {number}'s kiosk signature", 200)
    return SealedSignature(
        uuid=_text(row.get("uuid"), f"record {number}'s id", 64),
        kiosk_id=_text(row.get("kiosk"), f"record {number}'s kiosk", 64),
        event=event,
        signed_at=_time(row.get("signed_at"), f"record {number}'s time"),
        key_id=_text(row.get("key_id"), f"record {number}'s key id", 64),
        sealed=sealed,
        kiosk_sig=sig or None,
        kiosk_key=kiosk_key,
    )


def _open(path: Path) -> tuple[zipfile.ZipFile, Manifest, dict[int, Event]]:
    """The archive, its checked manifest and its events; raises ExportFailed."""
    try:
        archive = zipfile.ZipFile(path)
        _member(archive, "manifest.json", MAX_MANIFEST)
        _member(archive, "records.jsonl", MAX_RECORDS_BYTES)
        manifest = json.loads(archive.read("manifest.json"))
        if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
            raise BundleError("it is not a Petition Kiosk bundle")
        if manifest.get("version") != 1:
            raise BundleError(f"bundle version {manifest.get('version')!r} is not supported")
        declared = manifest.get("record_count")
        if not isinstance(declared, int) or not 0 <= declared <= MAX_RECORD_COUNT:
            raise BundleError("the manifest's record count is missing or out of range")
        events = _events(manifest)
        kiosk_key = (
            _b64(manifest["kiosk_public_key"], "the kiosk's public key", 100)
            if "kiosk_public_key" in manifest
            else None
        )
        signature = (
            _b64(manifest["manifest_sig"], "the manifest's signature", 200)
            if "manifest_sig" in manifest
            else None
        )
        info = Manifest(
            campaign=_text(manifest.get("campaign"), "the campaign", 64),
            kiosk_id=_text(manifest.get("kiosk_id"), "the kiosk id", 64),
            created_at=_text(manifest.get("created_at"), "the creation time", 64),
            record_count=declared,
            records_sha256=_text(manifest.get("records_sha256"), "the records' hash", 64),
            events=manifest["events"],
            kiosk_key=kiosk_key,
            signed=verify_statement(kiosk_key, signature, manifest_statement(manifest)),
        )
    except ExportFailed:
        raise
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, RuntimeError) as exc:
        raise ExportFailed(
            f"{path.name}: not a readable Petition Kiosk bundle: {_say(exc)}"
        ) from None
    return archive, info, events


@dataclass
class LineBatch:
    """Some of a bundle's record lines, unparsed: what a merge hands to a worker process,
    which parses them (``parse_lines``) as well as opening them."""

    source: str  # the bundle's file name
    first: int  # the number of the first line (from 1)
    lines: list[bytes]
    events: dict[int, Event]
    kiosk_key: bytes | None


def parse_lines(batch: LineBatch) -> tuple[list[SealedSignature], ExportFailed | None]:
    """The batch's records, up to the first malformed one, and the error naming it."""
    records = []
    for number, line in enumerate(batch.lines, batch.first):
        try:
            records.append(_record(line, batch.events, number, batch.kiosk_key))
        except BundleError as exc:
            return records, ExportFailed(f"{batch.source}: {_say(exc)}")
    return records, None


def read_bundle_lines(path: Path, batch: int = 500) -> tuple[Manifest, Iterator[LineBatch]]:
    """Open and check a bundle like ``read_bundle``, then stream its record lines in batches,
    unparsed.  The count and the hash are checked once the last line is read (raising
    ExportFailed), before the iterator ends."""
    archive, info, events = _open(path)
    declared = info.record_count

    def batches() -> Iterator[LineBatch]:
        digest, count = hashlib.sha256(), 0
        lines: list[bytes] = []
        try:
            with archive.open("records.jsonl") as records:
                for line in _lines(records):
                    digest.update(line)
                    count += 1
                    if count > declared:
                        break
                    lines.append(line)
                    if len(lines) == batch:
                        yield LineBatch(path.name, count - batch + 1, lines, events, info.kiosk_key)
                        lines = []
        except (OSError, zipfile.BadZipFile, ValueError, RuntimeError) as exc:
            raise ExportFailed(f"{path.name}: {_say(exc)}") from None
        if digest.hexdigest() != info.records_sha256:
            raise ExportFailed(
                f"{path.name}: the records do not match the manifest's hash (damaged?)"
            )
        if count != declared:
            raise ExportFailed(
                f"{path.name}: the manifest counts {declared:,} records but the bundle holds "
                f"{'more' if count > declared else f'{count:,}'}"
            )
        if lines:
            yield LineBatch(path.name, count - len(lines) + 1, lines, events, info.kiosk_key)

    return info, batches()


def read_bundle(path: Path) -> tuple[Manifest, Iterator[SealedSignature]]:
    """Open and check a bundle (format, sizes, manifest and its signature), then stream its
    records, each checked field by field, and the record count and hash once read.  Anything
    wrong raises ExportFailed naming the file and the problem in one line; nothing hostile
    reaches the caller."""
    info, batches = read_bundle_lines(path)

    def items() -> Iterator[SealedSignature]:
        """The signed manifest vouches for exactly these lines: merge relies on it instead of
        each record's own signature.  A malformed record is reported after the hash and
        count are checked: a damaged file says so before naming a line."""
        damaged: ExportFailed | None = None
        for batch in batches:
            if damaged is not None:
                continue  # read on: the hash decides which error is told
            records, damaged = parse_lines(batch)
            yield from records
        if damaged is not None:
            raise damaged

    return info, items()


def _say(exc: BaseException) -> str:
    """An exception as one short line (a hostile file must not fill the terminal)."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]
