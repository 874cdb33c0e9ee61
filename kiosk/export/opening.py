"""Opening sealed signatures with the organizer's private keys: one at a time, or on every
core for the organizer's large merges."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk.core.fields import FieldSpec
from kiosk.core.models import OpenedSignature, SealedSignature, SignatureDraft, SignerRecord
from kiosk.core.record_codec import decode_record
from kiosk.core.validation import ValidationFailed, validate_draft
from kiosk.crypto import SealError, key_id, unseal
from kiosk.export.worker_pool import OPENING, SHEETS, worker_pool


@dataclass
class OpenStats:
    opened: int = 0
    other_key: int = 0
    damaged: int = 0


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
) -> Iterator[OpenedSignature]:
    """Unseal one record at a time (nothing is held in memory); count what cannot be opened."""
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
        try:
            record = decode_record(unseal(item.sealed, key, item.uuid), strokes, shared)
        except (SealError, ValueError, KeyError, TypeError):
            stats.damaged += 1
            continue
        finally:
            shared.pop(item.uuid, None)
        if not _matches(item, record):  # a sealed record moved under another id, kiosk or time
            stats.damaged += 1
            continue
        stats.opened += 1
        yield OpenedSignature(item.uuid, kiosk_id, item.event, record)


# --- on every core -----------------------------------------------------------------------

_worker_keys: dict[str, X25519PrivateKey] = {}
_worker_keep_strokes = True
_worker_fields: list[FieldSpec] | None = None


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
    items: Iterator[OpenedSignature], fields: list[FieldSpec] | None, stats: OpenStats
) -> Iterator[OpenedSignature]:
    for item in items:
        if fields is None or valid_record(item.record, fields):
            yield item
        else:
            stats.opened -= 1
            stats.damaged += 1


def _init_worker(raw_keys: list[bytes], keep_strokes: bool, fields: list[FieldSpec] | None) -> None:
    global _worker_keep_strokes, _worker_fields
    _worker_keys.clear()
    for raw in raw_keys:
        key = X25519PrivateKey.from_private_bytes(raw)
        _worker_keys[key_id(key.public_key())] = key
    _worker_keep_strokes = keep_strokes
    _worker_fields = fields


def _open_batch(batch: list[SealedSignature]) -> tuple[list[OpenedSignature], OpenStats]:
    stats = OpenStats()
    keys = list(_worker_keys.values())
    opened = open_signatures(batch, keys, stats, _worker_keep_strokes)
    return list(_checked(opened, _worker_fields, stats)), stats


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
    items: Iterable[SealedSignature],
    private_keys: list[X25519PrivateKey],
    stats: OpenStats,
    *,
    keep_strokes: bool = True,
    batch: int = 500,
    fields: list[FieldSpec] | None = None,
) -> Iterator[OpenedSignature]:
    """``open_signatures`` on every core, in input order, with a bounded number of batches in
    flight (memory stays flat however long the input).  Workers stop with the caller.
    With ``fields``, records that fail the kiosk's validation count as damaged."""
    workers = min(os.cpu_count() or 1, 4)
    if workers < 2:
        yield from _checked(
            open_signatures(items, private_keys, stats, keep_strokes), fields, stats
        )
        return
    pool = worker_pool(
        workers,
        _init_worker,
        (raw_private_bytes(private_keys), keep_strokes, fields),
        preload=SHEETS if keep_strokes else OPENING,  # drawings are kept for sheets only
    )
    pending: deque = deque()
    try:
        chunk: list[SealedSignature] = []
        for item in items:
            chunk.append(item)
            if len(chunk) == batch:
                pending.append(pool.apply_async(_open_batch, (chunk,)))
                chunk = []
                while len(pending) > 2 * workers:
                    yield from _collect(pending.popleft().get(), stats)
        if chunk:
            pending.append(pool.apply_async(_open_batch, (chunk,)))
        while pending:
            yield from _collect(pending.popleft().get(), stats)
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()


def _collect(result: tuple[list[OpenedSignature], OpenStats], stats: OpenStats) -> list:
    opened, counts = result
    stats.opened += counts.opened
    stats.other_key += counts.other_key
    stats.damaged += counts.damaged
    return opened
