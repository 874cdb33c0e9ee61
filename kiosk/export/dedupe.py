"""Removing double signatures when merging kiosks: the same signer twice counts once.

Two signatures are the same signer when their normalised emails match, or when both the
normalised name and postal code match.  The earliest signature is kept.

A merge of 100,000s of signers remembers only what this needs of each (``IdentityIndex``),
in arrays: its id as 64 bits, its time, and each identity as a 64-bit keyed hash; the records
themselves wait on disk (``record_spill``).  The identity key is random for each merge, so
nobody can make two identities collide on purpose, and an accidental collision among a
million identities has a chance of about 1 in 40 million.  Ids are hashed without a key (the
order of records with the same time follows them, the same in every run); matching a chosen
id takes 2^64 tries, and two ids among a million collide by chance about once in 40 million.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from kiosk.core.models import OpenedSignature

EMAIL, NAME_POSTAL = "email", "name+postal"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def identity_keys(item: OpenedSignature) -> list[tuple[str, str]]:
    fields = item.record.fields
    keys = []
    if fields.get("email"):
        keys.append((EMAIL, _norm(fields["email"])))
    name = _norm(f"{fields.get('first_name', '')} {fields.get('last_name', '')}")
    postal = _norm(fields.get("postal_code", "")).replace(" ", "").replace("-", "")
    if name and postal:
        keys.append((NAME_POSTAL, f"{name}|{postal}"))
    return keys


def new_hash_key() -> bytes:
    return os.urandom(16)


def _hash(kind: str, value: str, key: bytes) -> int:
    digest = hashlib.blake2b(f"{kind}\0{value}".encode(), digest_size=8, key=key).digest()
    return int.from_bytes(digest, "little") or 1  # 0 stands for "none"


def identity_hashes(item: OpenedSignature, key: bytes) -> tuple[int, int]:
    """(email, name and postal code) as keyed 64-bit hashes; 0 where the signer gave none."""
    found = dict(identity_keys(item))
    return tuple(  # type: ignore[return-value]
        _hash(kind, found[kind], key) if kind in found else 0 for kind in (EMAIL, NAME_POSTAL)
    )


def signature_key(uuid: str) -> int:
    """A signature id as 64 bits (see the module's note on collisions)."""
    digest = hashlib.blake2b(uuid.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little")


def micros(moment: datetime) -> int:
    """A time as whole microseconds since 1970: exact, and 8 bytes in an array."""
    return (moment - _EPOCH) // _MICROSECOND


@dataclass
class Dropped:
    uuid: str
    kept_uuid: str
    reason: str  # "same signature", "email" or "name+postal"


@dataclass
class DedupeResult:
    kept: Sequence[OpenedSignature] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)


class IdentityIndex:
    """What de-duplication needs of each record, numbered as added, in arrays: 32 bytes a
    record and no object for any of them (``decide`` builds its sets when the reading is
    over and the workers are gone)."""

    def __init__(self) -> None:
        self._ids = array("Q")
        self._times = array("q")
        self._emails = array("Q")
        self._names = array("Q")

    def add(self, signature: int, signed_us: int, email: int, name_postal: int) -> None:
        self._ids.append(signature)
        self._times.append(signed_us)
        self._emails.append(email)
        self._names.append(name_postal)

    def extend(self, ids: bytes, times: bytes, emails: bytes, names: bytes) -> None:
        """Many records at once, as the bytes of arrays like this index's own."""
        for column, data in zip(
            (self._ids, self._times, self._emails, self._names),
            (ids, times, emails, names),
            strict=True,
        ):
            column.frombytes(data)

    def numbers_of(self, signatures: set[int]) -> dict[int, int]:
        """A record for each of these signature keys that has one (to name them)."""
        return {key: n for n, key in enumerate(self._ids) if key in signatures}

    def decide(
        self, uuid_of: Callable[[int], str], leave_out: set[int] | frozenset[int] = frozenset()
    ) -> tuple[array, list[Dropped]]:
        """(numbers of the records kept, earliest first; Dropped for the others).  Signature
        keys in ``leave_out`` are neither kept nor dropped; ``uuid_of`` names a record."""
        ids, times = self._ids, self._times
        # By time, then id: two stable sorts, without a (time, id) tuple for every record.
        order = sorted(range(len(ids)), key=ids.__getitem__)
        order.sort(key=times.__getitem__)
        kept = array("I")
        dropped: list[Dropped] = []
        seen: set[int] = set()
        owner: dict[int, int] = {}  # identity hash → number of the record that holds it
        for n in order:
            signature = ids[n]
            if signature in leave_out:
                continue
            if signature in seen:  # the same record reached us twice (a kiosk and its bundle)
                uuid = uuid_of(n)
                dropped.append(Dropped(uuid, uuid, "same signature"))
                continue
            seen.add(signature)
            email, name = self._emails[n], self._names[n]
            holder = owner.get(email) if email else None
            reason = EMAIL
            if holder is None and name:
                holder, reason = owner.get(name), NAME_POSTAL
            if holder is not None:
                dropped.append(Dropped(uuid_of(n), uuid_of(holder), reason))
                continue
            if email:
                owner[email] = n
            if name:
                owner[name] = n
            kept.append(n)
        return kept, dropped


def dedupe(items: Iterable[OpenedSignature]) -> DedupeResult:
    """De-duplicate records held in memory (the merge uses IdentityIndex on a spill)."""
    records = list(items)
    index = IdentityIndex()
    key = new_hash_key()
    for item in records:
        index.add(
            signature_key(item.uuid), micros(item.record.signed_at), *identity_hashes(item, key)
        )
    kept, dropped = index.decide(lambda n: records[n].uuid)
    return DedupeResult([records[n] for n in kept], dropped)
