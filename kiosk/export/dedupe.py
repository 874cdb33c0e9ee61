"""Removing double signatures when merging kiosks: the same signer twice counts once.

Two signatures are the same signer when their normalised emails match, or when both the
normalised name and postal code match.  The earliest signature is kept.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from kiosk.core.models import OpenedSignature


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def identity_keys(item: OpenedSignature) -> list[tuple[str, str]]:
    fields = item.record.fields
    keys = []
    if fields.get("email"):
        keys.append(("email", _norm(fields["email"])))
    name = _norm(f"{fields.get('first_name', '')} {fields.get('last_name', '')}")
    postal = _norm(fields.get("postal_code", "")).replace(" ", "").replace("-", "")
    if name and postal:
        keys.append(("name+postal", f"{name}|{postal}"))
    return keys


@dataclass
class Dropped:
    uuid: str
    kept_uuid: str
    reason: str  # "same signature", "email" or "name+postal"


@dataclass
class DedupeResult:
    kept: list[OpenedSignature] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)


def dedupe(items: Iterable[OpenedSignature]) -> DedupeResult:
    ordered = sorted(items, key=lambda i: (i.record.signed_at, i.uuid))
    result = DedupeResult()
    seen_uuid: set[str] = set()
    # Keyed by one string per identity ("email\0ann@example.org"), not a tuple: a merge holds
    # two for each of 100,000s of signers.
    owner: dict[str, str] = {}
    for item in ordered:
        if item.uuid in seen_uuid:  # the same record reached us twice (a kiosk and its bundle)
            result.dropped.append(Dropped(item.uuid, item.uuid, "same signature"))
            continue
        seen_uuid.add(item.uuid)
        keys = [f"{kind}\0{value}" for kind, value in identity_keys(item)]
        match = next((key for key in keys if key in owner), None)
        if match is not None:
            result.dropped.append(Dropped(item.uuid, owner[match], match.split("\0", 1)[0]))
            continue
        for key in keys:
            owner[key] = item.uuid
        result.kept.append(item)
    return result
