"""Opening sealed signatures with the organizer's private keys, one at a time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk.core.models import OpenedSignature, SealedSignature
from kiosk.core.record_codec import decode_record
from kiosk.crypto import SealError, key_id, unseal


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
