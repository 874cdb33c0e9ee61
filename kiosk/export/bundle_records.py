"""How a bundle stores each sealed record, in both formats, and how a reader checks one.

Version 2 (written now), ``records.bin``: each record is a frame, a 4-byte big-endian length
and then that many bytes: the record's outer values as one line of compact JSON, a newline,
and the sealed bytes as they are.  Version 1, ``records.jsonl``: one JSON object a line, the
sealed bytes in base64.  Base64 made a bundle a third larger, and decoding it (with the JSON
scan over it) was a quarter of a merge's work for each record.

Every check raises BundleError with a short message naming the record by its number; the
caller adds the file's name.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import struct
from collections.abc import Iterator
from datetime import datetime

from kiosk.core.models import Event, SealedSignature

RECORDS_MEMBER = {1: "records.jsonl", 2: "records.bin"}  # by bundle version
WRITE_VERSION = 2

MAX_RECORD = 1 << 20  # a sealed record is a few kB; a longer line or frame is not one
MAX_SEALED = 64 << 10


class BundleError(ValueError):
    """A bundle breaks its format; the message names what, for one plain line."""


def text(value: object, what: str, limit: int = 500) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise BundleError(f"{what} is not a text of at most {limit} characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise BundleError(f"{what} is not valid text") from None
    return value


def moment(value: object, what: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(text(value, what, 64))
    except ValueError:
        raise BundleError(f"{what} is not a date and time") from None
    if parsed.tzinfo is None:
        raise BundleError(f"{what} has no time zone")
    return parsed


def from_base64(value: object, what: str, limit: int) -> bytes:
    try:
        return base64.b64decode(text(value, what, limit), validate=True)
    except (ValueError, binascii.Error):
        raise BundleError(f"{what} is not base64") from None


# --- writing -----------------------------------------------------------------------------


def frame(item: SealedSignature, event_id: int) -> bytes:
    """The record as version 2 stores it."""
    outer = {
        "uuid": item.uuid,
        "kiosk": item.kiosk_id,
        "event": event_id,
        "signed_at": item.signed_at.isoformat(),
        "key_id": item.key_id,
        "sig": base64.b64encode(item.kiosk_sig or b"").decode("ascii"),
    }
    head = json.dumps(outer, separators=(",", ":"))
    body = b"%s\n%s" % (head.encode("utf-8"), item.sealed)
    return len(body).to_bytes(4, "big") + body


# --- reading -----------------------------------------------------------------------------


def lines(stream, block: int = 1 << 20) -> Iterator[bytes]:
    """The lines of a version 1 member, with their newline, through a C-level buffered reader
    (the ZIP reader's own readline costs more than the decompression); a line longer than
    MAX_RECORD is refused before it is held whole."""
    reader = io.BufferedReader(stream, buffer_size=block)
    while found := reader.readline(MAX_RECORD + 1):
        if len(found) > MAX_RECORD:
            raise BundleError("a line of records.jsonl is far too long")
        yield found


_LENGTH = struct.Struct(">I")


def frame_runs(stream, run: int, block: int = 1 << 20) -> Iterator[tuple[bytes, int]]:
    """Runs of up to ``run`` whole frames of a version 2 member, each as one bytes object
    with its count.  Only the lengths are read here: cutting every frame out in the merge's
    gathering process took 6 µs a record there, and the workers split a run themselves
    (``split_frames``).  A length over MAX_RECORD is refused before anything of that size
    is read."""
    reader = io.BufferedReader(stream, buffer_size=block)
    held = b""
    start = position = count = 0
    while chunk := reader.read(block):
        held = held[start:] + chunk
        position -= start
        start = 0
        while position + 4 <= len(held):
            (size,) = _LENGTH.unpack_from(held, position)
            if size > MAX_RECORD:
                raise BundleError("a record of records.bin is far too long")
            if position + 4 + size > len(held):
                break
            position += 4 + size
            count += 1
            if count == run:
                yield held[start:position], count
                start, count = position, 0
    if position != len(held):
        raise BundleError("records.bin ends inside a record")
    if count:
        yield held[start:position], count


def frames(stream, block: int = 1 << 20) -> Iterator[bytes]:
    """The frames of a version 2 member one by one, length included (the manifest's hash
    covers it), checked as ``frame_runs`` checks them."""
    for run, _count in frame_runs(stream, 500, block):
        yield from split_frames(run)


def split_frames(run: bytes) -> Iterator[bytes]:
    """The frames of a run from ``frame_runs``, length included, as ``frames`` gives them."""
    position = 0
    while position < len(run):
        (size,) = _LENGTH.unpack_from(run, position)
        yield run[position : position + 4 + size]
        position += 4 + size


def _object(data: bytes, number: int) -> dict:
    try:
        row = json.loads(data)
    except ValueError:
        raise BundleError(f"record {number} is not JSON") from None
    if not isinstance(row, dict):
        raise BundleError(f"record {number} is not a JSON object")
    return row


def _signature(
    row: dict, sealed: bytes, events: dict[int, Event], number: int, kiosk_key: bytes | None
) -> SealedSignature:
    event_id = row.get("event")
    # Only an int names one: a list is unhashable, and true would be taken for 1.
    event = events.get(event_id) if type(event_id) is int else None
    if event is None:
        raise BundleError(f"record {number} names an event the manifest does not list")
    sig = from_base64(row.get("sig", ""), f"record {number}'s kiosk signature", 200)
    return SealedSignature(
        uuid=text(row.get("uuid"), f"record {number}'s id", 64),
        kiosk_id=text(row.get("kiosk"), f"record {number}'s kiosk", 64),
        event=event,
        signed_at=moment(row.get("signed_at"), f"record {number}'s time"),
        key_id=text(row.get("key_id"), f"record {number}'s key id", 64),
        sealed=sealed,
        kiosk_sig=sig or None,
        kiosk_key=kiosk_key,
    )


def parse_line(
    data: bytes, events: dict[int, Event], number: int, kiosk_key: bytes | None
) -> SealedSignature:
    row = _object(data, number)
    sealed = from_base64(row.get("sealed"), f"record {number}'s sealed data", MAX_SEALED * 2)
    return _signature(row, sealed, events, number, kiosk_key)


def parse_frame(
    data: bytes, events: dict[int, Event], number: int, kiosk_key: bytes | None
) -> SealedSignature:
    cut = data.find(b"\n", 4)
    sealed = data[cut + 1 :]
    if cut == -1 or not sealed or len(sealed) > MAX_SEALED:
        raise BundleError(f"record {number}'s sealed data is missing or too long")
    return _signature(_object(data[4:cut], number), sealed, events, number, kiosk_key)


PARSERS = {1: parse_line, 2: parse_frame}
SPLITTERS = {1: lines, 2: frames}
