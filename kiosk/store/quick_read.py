"""Two answers the welcome screen needs before the store is opened: the counts, and whether
a PIN is set.  Plain sqlite3, read-only, no migrations: the kiosk paints its first frame with
these while the full store (SQLAlchemy, Alembic) opens behind it."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def _query(path: Path, sql: str, args: tuple = ()) -> list[tuple] | None:
    if not path.is_file():
        return []
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
        try:
            return connection.execute(sql, args).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return None  # not readable this way: the full store decides what is wrong


def counts(path: Path) -> tuple[int, int] | None:
    """(signatures at the open event, collected in total), or None when unknown."""
    rows = _query(
        path,
        "SELECT COALESCE(SUM(CASE WHEN ends_at IS NULL AND id = (SELECT MAX(id) FROM events"
        " WHERE ends_at IS NULL) THEN signature_count END), 0),"
        " COALESCE(SUM(signature_count), 0) FROM events",
    )
    if rows is None:
        return None
    return (int(rows[0][0]), int(rows[0][1])) if rows else (0, 0)


def has_meta(path: Path, key: str) -> bool | None:
    rows = _query(path, "SELECT 1 FROM kiosk_meta WHERE key = ?", (key,))
    return None if rows is None else bool(rows)
