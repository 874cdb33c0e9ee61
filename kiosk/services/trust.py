"""Trusting a record before opening it: the kiosk's signature, the kiosk's registration, and
one set of bytes per signature id.

Anyone holding the organizer's public key (a public file) can seal a record.  Only a kiosk
holds its Ed25519 key, made at setup; the organizer registers each kiosk's fingerprint
(`petition-kiosk kiosks add`).  Merge and push check every record against both.
"""

from __future__ import annotations

import base64
import json
from array import array
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from kiosk.core.exporting import ExportFailed
from kiosk.core.models import SealedSignature
from kiosk.crypto import identity_fingerprint, record_statement, verify_statement
from kiosk.export.bundle import RecordBatch
from kiosk.export.dedupe import signature_key
from kiosk.export.opening import BatchOpened, content_digest
from kiosk.fileio import atomic_write_bytes
from kiosk.store.signature_writer import stored_time


class RegistryError(ValueError):
    pass


@dataclass
class KioskRegistry:
    """The organizer's list of known kiosks: fingerprint → name (a JSON file)."""

    path: Path
    kiosks: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> KioskRegistry:
        if not path.is_file():
            return cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            kiosks = {str(k): str(v) for k, v in data["kiosks"].items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            raise RegistryError(f"{path}: not a kiosk registry") from None
        return cls(path, kiosks)

    def _save(self) -> None:
        data = json.dumps({"kiosks": self.kiosks}, indent=2, ensure_ascii=False)
        atomic_write_bytes(self.path, data.encode("utf-8"))

    def add(self, fingerprint: str, name: str) -> None:
        self.kiosks[normalise_fingerprint(fingerprint)] = name
        self._save()

    def remove(self, fingerprint: str) -> bool:
        """Forget a kiosk (a stolen one: its signing key may now sign anything)."""
        found = self.kiosks.pop(normalise_fingerprint(fingerprint), None) is not None
        if found:
            self._save()
        return found

    def knows(self, fingerprint: str) -> bool:
        return normalise_fingerprint(fingerprint) in self.kiosks


def normalise_fingerprint(text: str) -> str:
    digits = "".join(text.lower().split())
    if len(digits) != 16 or any(c not in "0123456789abcdef" for c in digits):
        raise RegistryError(f"'{text}' is not a kiosk fingerprint (16 hex digits)")
    return " ".join(digits[i : i + 4] for i in range(0, 16, 4))


def fingerprint_of(public_raw: bytes | None) -> str:
    return identity_fingerprint(public_raw) if public_raw else "(none)"


def signed_by_kiosk(item: SealedSignature) -> bool:
    statement = record_statement(
        item.uuid,
        stored_time(item.event.starts_at),
        item.kiosk_id,
        stored_time(item.signed_at),
        item.key_id,
        item.sealed,
    )
    return verify_statement(item.kiosk_key, item.kiosk_sig, statement)


@dataclass
class TrustReport:
    forged: Counter[str] = field(default_factory=Counter)  # file → records failing the check
    unknown: Counter[str] = field(default_factory=Counter)  # fingerprint → records left out
    unreadable: Counter[str] = field(default_factory=Counter)  # file → sealed to other keys
    conflicts: set[str] = field(default_factory=set)  # ids seen with different bytes

    def lines(self) -> list[str]:
        out = [
            f"{name}: {n:,} record(s) not signed by their kiosk" for name, n in self.forged.items()
        ]
        out += [
            f"kiosk {fp} is not in the registry: {n:,} record(s) left out "
            "(petition-kiosk kiosks add, or --accept-unknown-kiosks)"
            for fp, n in self.unknown.items()
        ]
        out += [
            f"{name}: {n:,} record(s) sealed to an organizer key not given (--key)"
            for name, n in self.unreadable.items()
        ]
        out += [f"conflict: signature {u} arrived with different contents; both left out"
                for u in sorted(self.conflicts)]  # fmt: skip
        return out


class TrustCheck:
    """Filters a stream of sealed records, counting what it leaves out and why."""

    def __init__(self, registry: KioskRegistry | None, key_ids: set[str], accept_unknown: bool):
        self.registry, self.key_ids, self.accept_unknown = registry, key_ids, accept_unknown
        self.report = TrustReport()
        self.malformed: ExportFailed | None = None  # the first malformed record of a bundle
        self._kiosks: dict[bytes | None, tuple[str, bool]] = {}
        # Every trusted record's signature key and content digest, as numbers in arrays (a
        # merge sees 100,000s); compared once the reading is over (``conflicting_keys``).
        self._keys = array("Q")
        self._digests = array("Q")
        self._unopened: dict[int, str] = {}  # ids of records that will not be opened (rare)

    def _kiosk(self, public_raw: bytes | None) -> tuple[str, bool]:
        """A kiosk's fingerprint and whether the registry knows it, worked out once per kiosk
        (not once per record)."""
        if public_raw not in self._kiosks:
            fingerprint = fingerprint_of(public_raw)
            known = self.registry is not None and self.registry.knows(fingerprint)
            self._kiosks[public_raw] = (fingerprint, known)
        return self._kiosks[public_raw]

    def admit(self, item: SealedSignature, source: str, vouched_by: bytes | None = None) -> bool:
        """``vouched_by``: the kiosk key that signed the manifest of the bundle the record came
        in.  That signature covers the hash of every stored record, so a record carrying the
        same key needs no check of its own (an Ed25519 verification is 0.14 ms here: 14 s of
        CPU over 100,000 records)."""
        vouched = vouched_by is not None and item.kiosk_key == vouched_by
        if not vouched and not signed_by_kiosk(item):
            self.report.forged[source] += 1
            return False
        fingerprint, known = self._kiosk(item.kiosk_key)
        if not known and not self.accept_unknown:
            self.report.unknown[fingerprint] += 1
            return False
        # Only trusted records can conflict: an outsider cannot knock out a real one.
        key = signature_key(item.uuid)
        self._note_contents(key, content_digest(item.sealed))
        if item.key_id not in self.key_ids:
            self.report.unreadable[source] += 1
            self._unopened[key] = item.uuid
        return True

    def _note_contents(self, key: int, digest: int) -> None:
        self._keys.append(key)
        self._digests.append(digest)

    def conflicting_keys(self) -> set[int]:
        """The signature keys seen with two contents; called once every input is read (the
        contents noted are let go)."""
        keys, digests = self._keys, self._digests
        order = sorted(range(len(keys)), key=keys.__getitem__)
        found = {
            keys[a] for a, b in pairwise(order) if keys[a] == keys[b] and digests[a] != digests[b]
        }
        self._keys, self._digests = array("Q"), array("Q")
        return found

    def name_conflicts(self, keys: set[int], opened: dict[int, str]) -> None:
        """Name the conflicting ids in the report: by the opened copy (``opened``), or by a
        copy that was not opened."""
        self.report.conflicts = {
            opened.get(key) or self._unopened.get(key) or f"(not readable here: {key:016x})"
            for key in keys
        }

    def admit_batch(self, batch: RecordBatch) -> bool:
        """A batch of a bundle's records: the bundle's signed manifest vouches for every one
        (see ``admit``), so only its kiosk's registration decides, for all of them."""
        fingerprint, known = self._kiosk(batch.kiosk_key)
        if not known and not self.accept_unknown:
            self.report.unknown[fingerprint] += batch.count
            return False
        return True

    def batch_opened(self, batch: RecordBatch, found: BatchOpened) -> None:
        """What the worker that parsed an admitted batch found: each record's contents (for
        conflicts), records sealed to other keys, a malformed record."""
        self._keys.frombytes(found.keys)
        self._digests.frombytes(found.digests)
        for uuid in found.unopened:
            self._unopened[signature_key(uuid)] = uuid
        if found.other_key:
            self.report.unreadable[batch.source] += found.other_key
        if found.error is not None and self.malformed is None:
            self.malformed = found.error


def public_key_b64(public_raw: bytes) -> str:
    return base64.b64encode(public_raw).decode("ascii")
