"""Opened records set aside on disk, encrypted, while a merge works out which to keep.

A merge has to see every record before it knows which are duplicates and in what order to
write them, and holding them all cost about 1 kB of memory a signer (14 kB with drawings).
Here each opened record goes, packed by ``marshal`` (1-2 µs, where a pickle of the objects
took 8), into an anonymous temporary file under a key that exists only in this process's
memory: a crash leaves no file behind, and the disk blocks it used hold only ciphertext.
What stays in memory is the record's place in the file.
"""

from __future__ import annotations

import marshal
import os
import tempfile
import weakref
from array import array
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from sys import intern
from typing import Any, overload

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from kiosk.core.exporting import ExportFailed
from kiosk.core.models import Event, OpenedSignature, SignerRecord


def _cannot_write(folder: Path | None, exc: OSError) -> ExportFailed:
    return ExportFailed(
        f"the merge's working file in {folder or tempfile.gettempdir()} could not be written "
        f"({exc.strerror or exc}): free some space there and merge again; nothing was written"
    )


def _time(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def pack(item: OpenedSignature, rendered: tuple | None = None) -> bytes:
    """A spill entry: the record as marshal bytes (plain strings, numbers and tuples only),
    its drawing as opened (a mark only, where the merge opened records without their
    drawings); then ``rendered`` (its CSV lines), which a writer can read without the record.
    """
    r, e = item.record, item.event
    event = (e.id, e.name, e.place, _time(e.starts_at), _time(e.ends_at))
    counts = (e.signature_count, e.removed_count)
    head = (item.uuid, item.kiosk_id, event + counts, tuple(r.fields.items()))
    rest = (r.consent_sign, r.consent_mailing, r.privacy_notice_version, r.strokes)
    record = marshal.dumps((*head, *rest, r.language, r.signed_at.isoformat(), r.event_name))
    tail = b"" if rendered is None else marshal.dumps(rendered)
    return len(record).to_bytes(4, "little") + record + tail


class _Unpacker:
    """Rebuilds records, with one Event object for each event however many records share it
    (the sheets group by them) and the strings every record repeats as one object each."""

    def __init__(self) -> None:
        self._events: dict[tuple, Event] = {}

    def _event(self, values: tuple) -> Event:
        event = self._events.get(values)
        if event is None:
            id_, name, place, starts, ends, count, removed = values
            ended = None if ends is None else datetime.fromisoformat(ends)
            event = Event(id_, name, place, datetime.fromisoformat(starts), ended, count, removed)
            self._events[values] = event
        return event

    def __call__(self, entry: bytes) -> OpenedSignature:
        (uuid, kiosk_id, event, items, consent_sign, consent_mailing, notice, strokes,
         language, signed_at, event_name) = marshal.loads(memoryview(entry)[4:])  # fmt: skip
        kiosk_id = intern(kiosk_id)
        record = SignerRecord(
            {intern(key): value for key, value in items}, consent_sign, consent_mailing,
            intern(notice), strokes, intern(language), datetime.fromisoformat(signed_at),
            intern(event_name), kiosk_id, uuid,
        )  # fmt: skip
        return OpenedSignature(uuid, kiosk_id, self._event(event), record)


class RecordSpill:
    """Packed records appended to an encrypted temporary file and read back by number."""

    def __init__(self, folder: Path | None = None) -> None:
        """``folder``: where the file goes (None: the system's temporary folder).  It has no
        name there where the platform allows it (Linux: O_TMPFILE); elsewhere it is removed
        on close."""
        self._folder = folder
        try:
            self._file = tempfile.TemporaryFile(  # noqa: SIM115
                prefix="petition-kiosk-merge-", dir=folder, buffering=0
            )
        except OSError as exc:
            raise _cannot_write(folder, exc) from None
        self._aead = ChaCha20Poly1305(ChaCha20Poly1305.generate_key())
        self._offsets = array("Q", [0])  # entry n spans offsets[n]:offsets[n + 1]
        self._unpack = _Unpacker()
        # Closed with the last reference (a merge report outlives the merge), or by close().
        self._closer = weakref.finalize(self, self._file.close)

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def _nonce(self, number: int) -> bytes:
        return number.to_bytes(12, "little")  # each entry's number: never used twice

    def add(self, packed: list[bytes]) -> int:
        """Append packed records (one write for all); returns the number of the first."""
        first = len(self)
        end = self._offsets[-1]
        sealed, ends = [], []
        for number, data in enumerate(packed, first):
            entry = self._aead.encrypt(self._nonce(number), data, None)
            sealed.append(entry)
            end += len(entry)
            ends.append(end)
        view = memoryview(b"".join(sealed))
        try:
            self._file.seek(0, os.SEEK_END)
            while view:  # an unbuffered write may take less than it is given
                view = view[self._file.write(view) :]
        except OSError as exc:  # a full disk: said in words, and the merge stops
            raise _cannot_write(self._folder, exc) from None
        self._offsets.extend(ends)  # only once written
        return first

    def _read(self, start: int, size: int) -> bytes:
        if hasattr(os, "pread"):
            return os.pread(self._file.fileno(), size, start)
        self._file.seek(start)  # Windows: no pread
        return self._file.read(size)

    def _entry(self, number: int) -> bytes:
        start, end = self._offsets[number], self._offsets[number + 1]
        return self._aead.decrypt(self._nonce(number), self._read(start, end - start), None)

    def get(self, number: int) -> OpenedSignature:
        return self._unpack(self._entry(number))

    def uuid(self, number: int) -> str:
        """The id of an entry's record (the merge's report names dropped records by it)."""
        return marshal.loads(memoryview(self._entry(number))[4:])[0]

    def rendered(self, number: int) -> tuple | None:
        """What ``pack`` was given as ``rendered`` for this entry (None: nothing)."""
        entry = self._entry(number)
        tail = memoryview(entry)[4 + int.from_bytes(entry[:4], "little") :]
        return marshal.loads(tail) if tail else None

    def close(self) -> None:
        self._closer()


class SpilledRecords(Sequence[OpenedSignature]):
    """A list of records (by number, in the order given) read from a spill as they are
    needed: the merge's kept records, or one sheet group's."""

    def __init__(self, spill: RecordSpill, numbers: array | list[int]):
        self._spill = spill
        self._numbers = numbers

    def __len__(self) -> int:
        return len(self._numbers)

    @overload
    def __getitem__(self, index: int) -> OpenedSignature: ...
    @overload
    def __getitem__(self, index: slice) -> SpilledRecords: ...
    def __getitem__(self, index: int | slice) -> OpenedSignature | SpilledRecords:
        if isinstance(index, slice):
            return SpilledRecords(self._spill, self._numbers[index])
        return self._spill.get(self._numbers[index])

    def __iter__(self) -> Iterator[OpenedSignature]:
        get = self._spill.get
        return (get(number) for number in self._numbers)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def rendered(self) -> Iterator[Any]:
        """Each record's rendered part (see ``pack``), in this list's order."""
        rendered = self._spill.rendered
        return (rendered(number) for number in self._numbers)

    def numbers(self) -> array | list[int]:
        return self._numbers

    def spill(self) -> RecordSpill:
        return self._spill
