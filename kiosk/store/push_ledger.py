"""The push ledger: which signatures reached Action Network, so nothing is sent twice.

A small SQLite file in the organizer's folder.  A signature is marked ``sending`` (committed)
before its request goes out and ``sent`` with Action Network's id once the answer is in; a
run killed in between leaves ``sending``, which the next run checks with Action Network
before it sends anything again.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

SENDING, SENT, REFUSED = "sending", "sent", "refused"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pushed (
    signature_id TEXT NOT NULL,
    petition TEXT NOT NULL,
    state TEXT NOT NULL,
    response_id TEXT,
    reason TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (signature_id, petition)
)
"""


def _now() -> str:
    return datetime.now(UTC).isoformat()


class PushLedger:
    def __init__(self, path: Path, petition: str):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.petition = petition
        self._db = sqlite3.connect(path, isolation_level=None, timeout=10.0)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")  # a mark must survive the kill after it
        self._db.execute(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def state(self, signature_id: str) -> str | None:
        row = self._db.execute(
            "SELECT state FROM pushed WHERE signature_id = ? AND petition = ?",
            (signature_id, self.petition),
        ).fetchone()
        return row[0] if row else None

    def _set(self, signature_id: str, state: str, response_id: str = "", reason: str = "") -> None:
        self._db.execute(
            "INSERT INTO pushed (signature_id, petition, state, response_id, reason, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (signature_id, petition) DO UPDATE SET"
            " state = excluded.state, response_id = excluded.response_id,"
            " reason = excluded.reason, updated_at = excluded.updated_at",
            (signature_id, self.petition, state, response_id, reason, _now()),
        )

    def sending(self, signature_id: str) -> None:
        self._set(signature_id, SENDING)

    def sent(self, signature_id: str, response_id: str) -> None:
        self._set(signature_id, SENT, response_id)

    def refused(self, signature_id: str, reason: str) -> None:
        self._set(signature_id, REFUSED, reason=reason)

    def response_id(self, signature_id: str) -> str | None:
        row = self._db.execute(
            "SELECT response_id FROM pushed WHERE signature_id = ? AND petition = ?",
            (signature_id, self.petition),
        ).fetchone()
        return row[0] if row else None
