"""Opening sealed signatures with the organizer's private keys: one at a time, or on every
core for the organizer's large merges."""

from __future__ import annotations

import hashlib
import os
from array import array
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import groupby, islice
from typing import cast

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk.core.exporting import ExportFailed
from kiosk.core.fields import FieldSpec
from kiosk.core.models import OpenedSignature, SealedSignature, SignatureDraft, SignerRecord
from kiosk.core.record_codec import NewerRecord, decode_record, decode_record_for_print
from kiosk.core.validation import ValidationFailed, validate_draft
from kiosk.crypto import SealError, key_id, unseal
from kiosk.export.bundle import RecordBatch, parse_batch
from kiosk.export.csv_files import RowRenderer
from kiosk.export.dedupe import identity_hashes, micros, signature_key
from kiosk.export.record_spill import pack
from kiosk.export.worker_pool import OPENING, SHEETS, worker_pool


@dataclass
class OpenStats:
    opened: int = 0
    other_key: int = 0
    damaged: int = 0
    newer: int = 0  # sealed in a record format a newer version wrote: update, not damaged


def content_digest(sealed: bytes) -> int:
    """64 bits of the sealed bytes' hash: enough to tell two contents under one id apart, and
    a small int (a merge holds one per signature)."""
    return int.from_bytes(hashlib.sha256(sealed).digest()[:8], "big")


@dataclass
class BatchOpened:
    """What a worker made of a RecordBatch besides the opened records."""

    # Every record's signature key and content digest, as the bytes of array("Q")s
    keys: bytes = b""
    digests: bytes = b""
    unopened: list[str] = field(default_factory=list)  # ids of records not opened (rare)
    other_key: int = 0  # records sealed to a key not given
    error: ExportFailed | None = None  # the first malformed record


# Called with each RecordBatch and its BatchOpened, in input order, before its records are
# yielded (a merge's trust bookkeeping).
OnBatch = Callable[[RecordBatch, BatchOpened], None]


def _hour(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def _matches(item: SealedSignature, record: SignerRecord) -> bool:
    """The sealed values agree with the outer ones (the outer time is the hour only)."""
    try:
        return (
            record.signature_id == item.uuid
            and record.kiosk_id == item.kiosk_id
            and _hour(record.signed_at) == _hour(item.signed_at)
        )
    except (TypeError, ValueError, AttributeError):
        return False


def open_signatures(
    items: Iterable[SealedSignature],
    private_keys: list[X25519PrivateKey],
    stats: OpenStats,
    strokes: bool = True,
    *,
    for_print: bool = False,
) -> Iterator[OpenedSignature]:
    """Unseal one record at a time (nothing is held in memory); count what cannot be opened.
    ``for_print``: each drawing as the values a sheet draws (OpenedSignature.drawing)."""
    keys = {key_id(k.public_key()): k for k in private_keys}
    shared: dict[str, str] = {}  # repeated values as one object each (they travel pickled)
    for item in items:
        key = keys.get(item.key_id)
        if key is None:
            stats.other_key += 1
            continue
        # Equal ids and kiosks (checked below) become the same objects, inside and out.
        kiosk_id = shared.setdefault(item.kiosk_id, item.kiosk_id)
        shared[item.uuid] = item.uuid
        drawing = None
        try:
            plain = unseal(item.sealed, key, item.uuid)
            if for_print:
                record, drawing = decode_record_for_print(plain, shared)
            else:
                record = decode_record(plain, strokes, shared)
        except NewerRecord:
            stats.newer += 1
            continue
        except (SealError, ValueError, KeyError, TypeError):
            stats.damaged += 1
            continue
        finally:
            shared.pop(item.uuid, None)
        if not _matches(item, record):  # a sealed record moved under another id, kiosk or time
            stats.damaged += 1
            continue
        stats.opened += 1
        yield OpenedSignature(item.uuid, kiosk_id, item.event, record, drawing)


@dataclass
class PackedBatch:
    """Opened records as a merge sets them aside, in columns: what de-duplication needs of
    each as the bytes of an array of numbers (signature key, time in µs, the two identity
    hashes), and each record packed for the spill.  The process that gathers 100,000s of
    them extends its arrays with a batch at a time and makes no object for any record."""

    ids: bytes = b""
    times: bytes = b""
    emails: bytes = b""
    names: bytes = b""
    entries: list[bytes] = field(default_factory=list)


def packed(
    items: Iterable[OpenedSignature], hash_key: bytes, renderer: RowRenderer | None = None
) -> PackedBatch:
    """The records as a PackedBatch, with their CSV lines where a ``renderer`` is given
    (built here, in the worker, not in the process that gathers them)."""
    render = None if renderer is None else renderer.render
    ids, times, emails, names = array("Q"), array("q"), array("Q"), array("Q")
    entries = []
    for item in items:
        ids.append(signature_key(item.uuid))
        times.append(micros(item.record.signed_at))
        email, name = identity_hashes(item, hash_key)
        emails.append(email)
        names.append(name)
        entries.append(pack(item, None if render is None else render(item)))
    return PackedBatch(ids.tobytes(), times.tobytes(), emails.tobytes(), names.tobytes(), entries)


# --- on every core -----------------------------------------------------------------------

_worker_keys: dict[str, X25519PrivateKey] = {}
_worker_keep_strokes = True
_worker_fields: list[FieldSpec] | None = None
_worker_hash_key: bytes | None = None  # set: records leave packed (see ``packed``)
_worker_renderer: RowRenderer | None = None


def valid_record(record: SignerRecord, fields: list[FieldSpec]) -> bool:
    """Whether an opened record passes the kiosk's own checks, unchanged (normalised values
    stay the same); a forged or damaged one may hold anything."""
    draft = SignatureDraft(
        dict(record.fields), record.consent_sign, record.consent_mailing, record.strokes
    )
    try:
        values, _ = validate_draft(draft, fields)
    except (ValidationFailed, TypeError, AttributeError, ValueError):
        return False
    return values == record.fields and record.consent_sign is True


def _checked(
    items: Iterable[OpenedSignature], fields: list[FieldSpec] | None, stats: OpenStats
) -> Iterator[OpenedSignature]:
    for item in items:
        if fields is None or valid_record(item.record, fields):
            yield item
        else:
            stats.opened -= 1
            stats.damaged += 1


def _init_worker(
    raw_keys: list[bytes],
    keep_strokes: bool,
    fields: list[FieldSpec] | None,
    hash_key: bytes | None = None,
    renderer: RowRenderer | None = None,
) -> None:
    global _worker_keep_strokes, _worker_fields, _worker_hash_key, _worker_renderer
    _worker_keys.clear()
    for raw in raw_keys:
        key = X25519PrivateKey.from_private_bytes(raw)
        _worker_keys[key_id(key.public_key())] = key
    _worker_keep_strokes = keep_strokes
    _worker_fields = fields
    _worker_hash_key = hash_key
    _worker_renderer = renderer


def _output(items: list[OpenedSignature]) -> list[OpenedSignature] | PackedBatch:
    if _worker_hash_key is None:
        return items
    return packed(items, _worker_hash_key, _worker_renderer)


def _open_sealed(batch: list[SealedSignature]) -> tuple[list | PackedBatch, OpenStats]:
    stats = OpenStats()
    keys = list(_worker_keys.values())
    opened = list(open_signatures(batch, keys, stats, _worker_keep_strokes))  # see open_batch
    return _output(list(_checked(opened, _worker_fields, stats))), stats


def open_batch(
    batch: RecordBatch,
    keys: list[X25519PrivateKey],
    keep_strokes: bool,
    fields: list[FieldSpec] | None,
) -> tuple[list[OpenedSignature], OpenStats, BatchOpened]:
    """Parse a bundle's stored records and open them: the merge's per-record work, all of it
    in the worker (the records travel as the bundle's bytes, not parsed)."""
    records, error = parse_batch(batch)
    stats = OpenStats()
    # Opened first, then validated, in two passes: interleaved, OpenSSL and the validators
    # evict each other from the CPU's caches, and validation took 45 µs a record, not 28.
    unchecked = list(open_signatures(records, keys, stats, keep_strokes))
    opened = list(_checked(unchecked, fields, stats))
    ids = array("Q", [signature_key(r.uuid) for r in records])
    digests = array("Q", [content_digest(r.sealed) for r in records])
    unopened = []
    if len(opened) < len(records):
        opened_ids = {item.uuid for item in opened}
        unopened = [r.uuid for r in records if r.uuid not in opened_ids]
    found = BatchOpened(ids.tobytes(), digests.tobytes(), unopened, stats.other_key, error)
    return opened, stats, found


def _open_batch(batch: RecordBatch) -> tuple[list | PackedBatch, OpenStats, BatchOpened]:
    opened, stats, found = open_batch(
        batch, list(_worker_keys.values()), _worker_keep_strokes, _worker_fields
    )
    return _output(opened), stats, found


def raw_private_bytes(keys: list[X25519PrivateKey]) -> list[bytes]:
    return [
        k.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        for k in keys
    ]


def open_in_parallel(
    items: Iterable[SealedSignature | RecordBatch],
    private_keys: list[X25519PrivateKey],
    stats: OpenStats,
    *,
    keep_strokes: bool = True,
    batch: int = 500,
    fields: list[FieldSpec] | None = None,
    on_batch: OnBatch | None = None,
    hash_key: bytes | None = None,
    renderer: RowRenderer | None = None,
) -> Iterator:
    """``open_signatures`` on every core, in input order, with a bounded number of batches in
    flight (memory stays flat however long the input).  Workers stop with the caller.
    With ``fields``, records that fail the kiosk's validation count as damaged.  A
    RecordBatch (a bundle's records as stored) is parsed in the worker too; ``on_batch`` gets
    what came of it.  With ``hash_key``, records come as PackedBatch objects, not one by one,
    with their CSV lines where a ``renderer`` is given."""
    workers = min(os.cpu_count() or 1, 4)
    if workers < 2:
        opened = _in_this_process(items, private_keys, stats, keep_strokes, fields, on_batch)
        if hash_key is None:
            yield from opened
            return
        while run := list(islice(opened, batch)):
            yield packed(run, hash_key, renderer)
        return
    pool = worker_pool(
        workers,
        _init_worker,
        (raw_private_bytes(private_keys), keep_strokes, fields, hash_key, renderer),
        preload=SHEETS if keep_strokes else OPENING,  # drawings are kept for sheets only
    )
    pending: deque = deque()
    try:
        chunk: list[SealedSignature] = []
        for item in items:
            if isinstance(item, RecordBatch):
                if chunk:
                    pending.append((None, pool.apply_async(_open_sealed, (chunk,))))
                    chunk = []
                pending.append((item, pool.apply_async(_open_batch, (item,))))
            else:
                chunk.append(item)
                if len(chunk) == batch:
                    pending.append((None, pool.apply_async(_open_sealed, (chunk,))))
                    chunk = []
            while len(pending) > 2 * workers:
                task, result = pending.popleft()
                yield from _collect(task, result.get(), stats, on_batch)
        if chunk:
            pending.append((None, pool.apply_async(_open_sealed, (chunk,))))
        while pending:
            task, result = pending.popleft()
            yield from _collect(task, result.get(), stats, on_batch)
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()


def _in_this_process(
    items: Iterable[SealedSignature | RecordBatch],
    private_keys: list[X25519PrivateKey],
    stats: OpenStats,
    keep_strokes: bool,
    fields: list[FieldSpec] | None,
    on_batch: OnBatch | None,
) -> Iterator[OpenedSignature]:
    for is_batch, run in groupby(items, lambda item: isinstance(item, RecordBatch)):
        if is_batch:
            for batch in cast(Iterator[RecordBatch], run):
                result = open_batch(batch, private_keys, keep_strokes, fields)
                yield from _collect(batch, result, stats, on_batch)
        else:
            sealed = cast(Iterator[SealedSignature], run)
            opened = open_signatures(sealed, private_keys, stats, keep_strokes)
            yield from _checked(opened, fields, stats)


def _collect(
    task: RecordBatch | None, result: tuple, stats: OpenStats, on_batch: OnBatch | None
) -> list:
    """A worker's result: its records one by one, or its PackedBatch as one item."""
    opened, counts, *extra = result
    stats.opened += counts.opened
    stats.other_key += counts.other_key
    stats.damaged += counts.damaged
    stats.newer += counts.newer
    if task is not None and on_batch is not None:
        on_batch(task, extra[0])
    return [opened] if isinstance(opened, PackedBatch) else opened
