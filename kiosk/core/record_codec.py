"""Turn a SignerRecord into bytes for sealing, and back.

Version 2 (this one writes it): the record's JSON, a newline, then the drawing's JSON.  Compact
JSON never holds a raw newline, so the split is exact, and a reader that needs no drawing (a
merge to CSV files) skips its few hundred numbers, three quarters of the decoding.  Version 1
(the drawing inside the JSON) is still read.

The whole is padded to a few fixed size classes (3.5 KiB, then doubling) so that a sealed
record's size says nothing about the name and, for a usual drawing, not whether one was drawn
(a record is about 0.5 kB without a drawing and 1.3-3.1 kB with one).
"""

from __future__ import annotations

import json
from datetime import datetime

from kiosk.core.models import SignerRecord

FORMAT_VERSION = 2
READ_VERSIONS = (1, 2)
# The smallest padded size; larger records double up from here.  3.5 KiB holds any usual
# drawing, and a sealed row of that size still fits one 4 KiB SQLite page (no overflow pages
# on the signing path).
SIZE_CLASS = 3584


def padded_size(length: int) -> int:
    size = SIZE_CLASS
    while size < length:
        size *= 2
    return size


def encode_record(record: SignerRecord) -> bytes:
    payload = {
        "v": FORMAT_VERSION,
        "id": record.signature_id,
        "fields": record.fields,
        "consent_sign": record.consent_sign,
        "consent_mailing": record.consent_mailing,
        "privacy_notice_version": record.privacy_notice_version,
        "language": record.language,
        "signed_at": record.signed_at.isoformat(),
        "event": record.event_name,
        "kiosk": record.kiosk_id,
    }
    data = b"%s\n%s" % (
        json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
        # Validated: clamped and rounded already.
        json.dumps(record.strokes, separators=(",", ":")).encode("ascii"),
    )
    return data + b" " * (padded_size(len(data)) - len(data))


# A drawing reduced to one point: says a signature was drawn without holding its strokes
# (merges that print no sheet need only that).
DRAWN_MARK = [[(0.0, 0.0, 0.0)]]


def decode_record(
    data: bytes, strokes: bool = True, shared: dict[str, str] | None = None
) -> SignerRecord:
    """The record sealed in ``data``; with ``strokes=False`` a drawing becomes DRAWN_MARK.

    ``shared``: one string object for each value many records repeat (event, kiosk, language,
    notice version; and the id, when the caller put its own copy there), for callers that
    hold records by the hundred thousand."""
    head, newline, drawing = data.partition(b"\n")
    payload = json.loads(head.decode("utf-8"))
    if not isinstance(payload, dict):
        raise ValueError("the record is not a JSON object")
    if payload.get("v") not in READ_VERSIONS:
        raise ValueError(f"unknown record format {payload.get('v')!r}")
    if payload["v"] == 1:
        raw_strokes = payload["strokes"]
    elif not newline:
        raise ValueError("the record has no drawing part")
    elif strokes:
        raw_strokes = json.loads(drawing)
    else:  # only whether one was drawn; the drawing is still only numbers and brackets
        # Compact JSON holds no space: the drawing ends at the first, the padding follows.
        # (One comparison: bytes.rstrip(b" ") walks the padding at 5 µs a record.)
        end = drawing.find(b" ")
        if end != -1:
            if not drawing.endswith(b" " * (len(drawing) - end)):
                raise ValueError("the padding is not spaces")
            drawing = drawing[:end]
        if drawing.translate(None, b"[],.-+0123456789eE") or not drawing.startswith(b"["):
            raise ValueError("the drawing part is not a list of numbers")
        raw_strokes = drawing != b"[]"
    if shared is not None:
        for key in ("id", "event", "kiosk", "language", "privacy_notice_version"):
            if isinstance(payload.get(key), str):
                payload[key] = shared.setdefault(payload[key], payload[key])
    return SignerRecord(
        signature_id=payload["id"],
        fields={str(k): str(v) for k, v in payload["fields"].items()},
        consent_sign=bool(payload["consent_sign"]),
        consent_mailing=bool(payload["consent_mailing"]),
        privacy_notice_version=payload["privacy_notice_version"],
        strokes=[[tuple(point) for point in s] for s in raw_strokes]
        if strokes
        else (DRAWN_MARK if raw_strokes else []),
        language=payload["language"],
        signed_at=datetime.fromisoformat(payload["signed_at"]),
        event_name=payload["event"],
        kiosk_id=payload["kiosk"],
    )
