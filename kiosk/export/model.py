"""What exports work on: sealed signatures with their event, and the same once opened."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk.core.models import SignerRecord
from kiosk.core.record_codec import decode_record
from kiosk.crypto import SealError, key_id, unseal

# progress(done, total) -> False to cancel
Progress = Callable[[int, int], bool]


class ExportCancelled(Exception):
    pass


class ExportFailed(Exception):
    """An output could not be written; the message is for a volunteer."""


@dataclass(frozen=True)
class EventInfo:
    name: str
    place: str
    starts_at: datetime
    ends_at: datetime | None


@dataclass(frozen=True)
class SealedSignature:
    uuid: str
    kiosk_id: str
    event: EventInfo
    signed_at: datetime
    key_id: str
    sealed: bytes


@dataclass(frozen=True)
class OpenedSignature:
    uuid: str
    kiosk_id: str
    event: EventInfo
    record: SignerRecord


@dataclass
class OpenStats:
    opened: int = 0
    other_key: int = 0
    damaged: int = 0


def open_signatures(
    items: Iterable[SealedSignature], private_keys: list[X25519PrivateKey], stats: OpenStats
) -> Iterator[OpenedSignature]:
    """Unseal one record at a time (nothing is held in memory); count what cannot be opened."""
    keys = {key_id(k.public_key()): k for k in private_keys}
    for item in items:
        key = keys.get(item.key_id)
        if key is None:
            stats.other_key += 1
            continue
        try:
            record = decode_record(unseal(item.sealed, key, item.uuid))
        except (SealError, ValueError, KeyError):
            stats.damaged += 1
            continue
        stats.opened += 1
        yield OpenedSignature(item.uuid, item.kiosk_id, item.event, record)


def no_progress(_done: int, _total: int) -> bool:
    return True
