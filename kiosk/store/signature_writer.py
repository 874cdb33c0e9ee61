"""The kiosk's hottest path: one signature, one durable transaction, at the disk's pace.

Plain sqlite3 on a connection of its own, with the store's pragmas and statements SQLite
keeps prepared, so the cost of a signature is its fsync and little else (the ORM's statement
building cost three times the commit).  The guarantee is the same as before: the event, the
row and the counter change in one transaction, and the caller gets the new counts only after
COMMIT has returned.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from kiosk.core.models import Event
from kiosk.store.sqlite_file import apply_pragmas

# The format SQLAlchemy's SQLite DateTime uses: the ORM reads these rows back.
_TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"

_OPEN_EVENT = (
    "SELECT id, name, place, starts_at, signature_count FROM events"
    " WHERE ends_at IS NULL ORDER BY id DESC LIMIT 1"
)
_NEW_EVENT = "INSERT INTO events (name, place, starts_at, signature_count) VALUES (?, '', ?, 0)"
_INSERT = (
    "INSERT INTO signatures (uuid, event_id, kiosk_id, signed_at, key_id, sealed, kiosk_sig)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_BUMP = (
    "UPDATE events SET signature_count = signature_count + ? WHERE id = ? RETURNING signature_count"
)
_TOTAL = "SELECT COALESCE(SUM(signature_count), 0) FROM events"
_META = "SELECT value FROM kiosk_meta WHERE key = ?"
_ADD_META = "INSERT INTO kiosk_meta (key, value) VALUES (?, ?)"
# Rows stored before kiosks signed them (an upgraded kiosk), with what the signature covers.
_UNSIGNED = (
    "SELECT s.id, s.uuid, e.starts_at, s.kiosk_id, s.signed_at, s.key_id, s.sealed"
    " FROM signatures s JOIN events e ON e.id = s.event_id WHERE s.kiosk_sig IS NULL"
)
_SET_SIG = "UPDATE signatures SET kiosk_sig = ? WHERE id = ?"
_ROWS_SIGNED = "older_rows_signed"  # kiosk_meta: the one-off signing of older rows is done

# Signatures between the checkpoints made off the tap path (about 7 WAL pages each): well
# under SQLite's own 1,000-page checkpoint, which would otherwise run inside a signer's COMMIT.
CHECKPOINT_EVERY = 64

# Builds the row for an event: (uuid, kiosk_id, signed_at, key_id, sealed, kiosk signature).
Sealer = Callable[[Event], tuple[str, str, datetime, str, bytes, bytes]]


@lru_cache(maxsize=4096)
def stored_time(moment: datetime) -> str:
    """A time as the store writes it.  Cached: the times signed over and over are an event's
    start and a signature's hour (on every signature, and for every record a merge checks),
    and strftime costs 2-3 µs."""
    return moment.astimezone(UTC).strftime(_TIME_FORMAT)


@lru_cache(maxsize=4096)
def read_time(text: str) -> datetime:
    """A stored time as an aware datetime.  Cached: a signature's outer time is its hour, so
    an export of 100,000 rows parses a few hundred distinct values."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def outer_time(moment: datetime) -> str:
    """A signature's time as stored beside its sealed record: the hour only (the exact time
    stays inside the seal), so a thief cannot line rows up with a camera or a queue."""
    return stored_time(moment.replace(minute=0, second=0, microsecond=0))


class SignatureWriter:
    def __init__(self, path: Path):
        self._db = sqlite3.connect(path, isolation_level=None, timeout=5.0, check_same_thread=False)
        apply_pragmas(self._db, None)
        self._lock = threading.Lock()
        self._since_checkpoint = 0

    def close(self) -> None:
        self._db.close()

    # --- what the signing service needs besides signing, without the ORM ---
    def meta(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute(_META, (key,)).fetchone()
        return None if row is None else str(row[0])

    def ensure_meta(self, defaults: dict[str, Callable[[], str]]) -> dict[str, str]:
        """Each kiosk_meta value, made by its default where missing, in one transaction (two
        processes starting at once agree on the kiosk's id and identity)."""
        values: dict[str, str] = {}
        with self._lock, self._transaction():
            for key, make in defaults.items():
                row = self._db.execute(_META, (key,)).fetchone()
                if row is None:
                    values[key] = make()
                    self._db.execute(_ADD_META, (key, values[key]))
                else:
                    values[key] = str(row[0])
        return values

    def counts(self) -> tuple[int, int]:
        """(signatures at the open event, collected in total)."""
        with self._lock:
            row = self._db.execute(_OPEN_EVENT).fetchone()
            (total,) = self._db.execute(_TOTAL).fetchone()
        return (row[4] if row else 0), total

    def checkpoint_if_due(self) -> bool:
        """Copy the WAL into the database now, while nobody waits (the form calls this as it
        opens), rather than in the COMMIT of whoever signs as it fills up.  PASSIVE: a
        reader in the way only makes it partial.  True when it ran."""
        with self._lock:
            if self._since_checkpoint < CHECKPOINT_EVERY:
                return False
            self._db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            self._since_checkpoint = 0
        return True

    def sign_unsigned(self, sign: Callable[[tuple], bytes]) -> int:
        """Give every row without a kiosk signature one: ``sign`` gets (row id, uuid, event
        start, kiosk, time, key id, sealed) with the times as datetimes.

        Done once per database: finding such rows reads the whole table (every row signed
        since is signed as it is stored), which took seconds at each start of a full kiosk."""
        with self._lock, self._transaction():
            if self._db.execute(_META, (_ROWS_SIGNED,)).fetchone() is not None:
                return 0
            rows = self._db.execute(_UNSIGNED).fetchall()
            for row in rows:
                start, signed = (read_time(row[2]), read_time(row[4]))
                signature = sign((row[0], row[1], start, row[3], signed, row[5], row[6]))
                self._db.execute(_SET_SIG, (signature, row[0]))
            self._db.execute(_ADD_META, (_ROWS_SIGNED, "1"))
        return len(rows)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _open_event(self, now: datetime) -> Event:
        row = self._db.execute(_OPEN_EVENT).fetchone()
        if row is None:  # the volunteer has none open: one named after today
            name = f"Event {now:%Y-%m-%d}"
            cursor = self._db.execute(_NEW_EVENT, (name, stored_time(now)))
            return Event(int(cursor.lastrowid or 0), name, "", now, None, 0)
        starts = read_time(row[3])
        return Event(row[0], row[1], row[2], starts, None, row[4])

    def add(self, seal: Sealer, count: int = 1) -> tuple[Event, list[str], int, int]:
        """Seal ``count`` signatures for the open event and commit them in one transaction.

        Returns (event, signature ids, the event's new count, the new total) after COMMIT."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                event = self._open_event(datetime.now(UTC))
                rows = [seal(event) for _ in range(count)]
                self._db.executemany(
                    _INSERT,
                    [
                        (u, event.id, k, outer_time(t), key, blob, sig)
                        for u, k, t, key, blob, sig in rows
                    ],
                )
                (event_count,) = self._db.execute(_BUMP, (count, event.id)).fetchone()
                (total,) = self._db.execute(_TOTAL).fetchone()
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._since_checkpoint += count
        return event, [r[0] for r in rows], event_count, total
