"""Turn a SignerRecord into bytes for sealing, and back.

Version 3 (this one writes it): the record's JSON, a newline, then the drawing in binary,
little-endian: the number of strokes and each stroke's number of points (16-bit), then every
point's x, y and pressure as the very doubles validation made (64-bit).  Compact JSON never
holds a raw newline, so the split is exact, and a reader that needs no drawing (a merge to
CSV files) reads the counts only.  As JSON (version 2) the drawing took 50-86 µs to encode
on every signature and 47 µs to parse for every printed row, most of it turning decimals
into floats and back; copied as doubles it takes 22 and 20 µs, checks included.  Versions 1
(the drawing inside the JSON) and 2 are still read.

The whole is padded to a few fixed size classes (3.5 KiB, then doubling) so that a sealed
record's size says nothing about the name and, for a usual drawing, not whether one was drawn
(a record is about 0.3-0.4 kB without a drawing and 1.3-3.3 kB with one).
"""

from __future__ import annotations

import json
import math
import sys
from array import array
from datetime import datetime
from itertools import chain
from typing import Literal

from kiosk.core.models import POINT_DOUBLES, SignerRecord, Stroke, StrokeValues

FORMAT_VERSION = 3
READ_VERSIONS = (1, 2, 3)
# The smallest padded size; larger records double up from here.  3.5 KiB holds any usual
# drawing, and a sealed row of that size still fits one 4 KiB SQLite page (no overflow pages
# on the signing path).
SIZE_CLASS = 3584


class NewerRecord(ValueError):
    """Sealed by a newer Petition Kiosk, in a record format this one does not know: not
    damaged, and readable once this copy is updated."""


def padded_size(length: int) -> int:
    size = SIZE_CLASS
    while size < length:
        size *= 2
    return size


def encode_record(record: SignerRecord, doubles: array | None = None) -> bytes:
    """The record's bytes for sealing.  ``doubles``: the drawing's values in point order as
    validation made them (it has them already; reading them back from the points took
    about 30 µs of every signature)."""
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
        encode_drawing(record.strokes, doubles),
    )
    return data + b" " * (padded_size(len(data)) - len(data))


def _little_endian(values: array) -> array:
    if sys.byteorder == "big":
        values.byteswap()
    return values


def _on_the_pad(values: array) -> bool:
    # NaN and infinity survive a sum, which min and max would not see.
    return not values or (math.isfinite(sum(values)) and min(values) >= 0.0 and max(values) <= 1.0)


def encode_drawing(strokes: list[Stroke], doubles: array | None = None) -> bytes:
    """The drawing as version 3 stores it: every value copied as a C double, no per-value
    Python work.  A value off the pad (0-1) or a point that is not three numbers is refused
    rather than stored wrong.

    ``doubles``: those values already, as validation made and checked them (they must match
    the strokes' points in number); checking them again took 18 µs of every signature."""
    try:
        counts = array("H", [len(strokes), *map(len, strokes)])
    except OverflowError:
        raise ValueError("the drawing has too many strokes or points") from None
    if doubles is None:
        if not set(map(len, chain.from_iterable(strokes))) <= {3}:
            raise ValueError("a drawing point is not (x, y, pressure)")
        values = array("d", chain.from_iterable(chain.from_iterable(strokes)))
        if not _on_the_pad(values):
            raise ValueError("a drawing value is outside the pad")
    elif len(doubles) == 3 * (sum(counts) - counts[0]):
        values = array("d", doubles)  # a copy: byte-swapping below must not touch the caller's
    else:
        raise ValueError("the drawing's values do not match its points")
    return _little_endian(counts).tobytes() + _little_endian(values).tobytes()


def _drawing_parts(data: bytes, values: bool) -> tuple[array, array]:
    """(each stroke's point count, every value if ``values``) of a version 3 drawing; what
    follows it must be padding."""
    if len(data) < 2:
        raise ValueError("the record has no drawing part")
    strokes = int.from_bytes(data[:2], "little")
    start = 2 + 2 * strokes
    counts = _little_endian(array("H", data[2:start]))
    end = start + 24 * sum(counts)
    if len(counts) != strokes or len(data) < end:
        raise ValueError("the drawing part is cut short")
    if data[end:] != b" " * (len(data) - end):
        raise ValueError("the padding is not spaces")
    read = _little_endian(array("d", data[start:end])) if values else array("d")
    if not _on_the_pad(read):
        raise ValueError("a drawing value is outside the pad")
    return counts, read


def decode_drawing_values(data: bytes) -> list[StrokeValues]:
    """A version 3 drawing as each stroke's values (x, y, pressure, x, …): one slice of the
    checked doubles a stroke, where points cost a tuple each (16 of a printed row's 41 µs
    of decoding)."""
    counts, values = _drawing_parts(data, values=True)
    strokes: list[StrokeValues] = []
    at = 0
    for count in counts:
        strokes.append(values[at : at + 3 * count])
        at += 3 * count
    return strokes


def decode_drawing(data: bytes) -> list[Stroke]:
    return [list(POINT_DOUBLES.iter_unpack(values)) for values in decode_drawing_values(data)]


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
    return _decode(data, "points" if strokes else "mark", shared)[0]


def decode_record_for_print(
    data: bytes, shared: dict[str, str] | None = None
) -> tuple[SignerRecord, list[StrokeValues] | None]:
    """The record with its drawing as each stroke's values, for drawing on a sheet (the
    record's strokes then only say whether one was drawn); a record of an older format,
    whose drawing is JSON, comes with its points and None."""
    return _decode(data, "values", shared)


def _decode(
    data: bytes, mode: Literal["points", "mark", "values"], shared: dict[str, str] | None
) -> tuple[SignerRecord, list[StrokeValues] | None]:
    """``mode``: "points" (the drawing as points), "mark" (only whether one was drawn) or
    "values" (version 3 drawings as values, apart from the record)."""
    strokes = mode != "mark"
    values: list[StrokeValues] | None = None
    head, newline, drawing = data.partition(b"\n")
    payload = json.loads(head.decode("utf-8"))
    if not isinstance(payload, dict):
        raise ValueError("the record is not a JSON object")
    version = payload.get("v")
    if type(version) is not int or version not in READ_VERSIONS:  # true is not format 1
        if type(version) is int and version > FORMAT_VERSION:
            raise NewerRecord(f"record format {version} is newer than this version reads")
        raise ValueError(f"unknown record format {version!r}")
    if payload["v"] == 1:
        raw_strokes = payload["strokes"]
    elif not newline:
        raise ValueError("the record has no drawing part")
    elif payload["v"] == 3 and mode == "values":
        values = decode_drawing_values(drawing)
        raw_strokes = any(values)
        strokes = False  # the record keeps only the mark: its drawing is ``values``
    elif payload["v"] == 3:
        raw_strokes = (
            decode_drawing(drawing) if strokes else sum(_drawing_parts(drawing, False)[0]) > 0
        )
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
    record = SignerRecord(
        signature_id=payload["id"],
        fields={str(k): str(v) for k, v in payload["fields"].items()},
        consent_sign=bool(payload["consent_sign"]),
        consent_mailing=bool(payload["consent_mailing"]),
        privacy_notice_version=payload["privacy_notice_version"],
        strokes=_strokes(raw_strokes, payload["v"])
        if strokes
        else (DRAWN_MARK if raw_strokes else []),
        language=payload["language"],
        signed_at=datetime.fromisoformat(payload["signed_at"]),
        event_name=payload["event"],
        kiosk_id=payload["kiosk"],
    )
    return record, values


def _strokes(raw, version: int) -> list[Stroke]:
    if version == 3:
        return raw  # decoded as tuples already
    return [[tuple(point) for point in stroke] for stroke in raw]
