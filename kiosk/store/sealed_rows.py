"""Sealed rows read by row id in plain sqlite3, read-only: how a sheet-drawing worker process
fetches the signatures it draws itself.

The exporting process lists only each page's row ids and signature ids; the sealed blobs (most
of the 370 MB of 100,000 signatures) go from the file straight to the worker that opens them,
instead of through the exporting process's ORM and a pipe."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.models import Event, SealedSignature, StoredRow
from kiosk.store.signature_writer import read_time

_BATCH = 500  # ids per statement, well under SQLite's limit on parameters


@dataclass(frozen=True)
class SealedRowReader:
    """Reads one event's rows from the database file (picklable: it travels to a worker)."""

    database: Path
    event: Event

    def __call__(self, refs: list[StoredRow]) -> list[SealedSignature]:
        """The rows ``refs`` name, in their order; a row deleted or changed since it was
        listed (its id no longer holds that signature) is left out, for the caller to
        count."""
        found: dict[int, tuple] = {}
        uri = f"{self.database.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as db:
            db.execute("PRAGMA busy_timeout=5000")
            for start in range(0, len(refs), _BATCH):
                ids = [ref.row_id for ref in refs[start : start + _BATCH]]
                rows = db.execute(
                    "SELECT id, uuid, kiosk_id, signed_at, key_id, sealed, kiosk_sig "
                    f"FROM signatures WHERE id IN ({', '.join('?' * len(ids))})",
                    ids,
                )
                found.update((row[0], row[1:]) for row in rows)
        out = []
        for ref in refs:
            row = found.get(ref.row_id)
            if row is None or row[0] != ref.uuid:
                continue
            uuid, kiosk_id, signed_at, key, sealed, sig = row
            out.append(
                SealedSignature(uuid, kiosk_id, self.event, read_time(signed_at), key, sealed, sig)
            )
        return out
