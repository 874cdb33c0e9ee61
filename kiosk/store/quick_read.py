"""Two answers the welcome screen needs before the store is opened: the counts, and whether
a PIN is set.  Plain sqlite3, read-only, no migrations: the kiosk paints its first frame with
these while the full store (SQLAlchemy, Alembic) opens behind it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# kiosk_meta keys read here, before the store opens
DEFAULT_LANGUAGE_KEY = "default_language"
IDLE_TIMEOUT_KEY = "idle_timeout_s"


def read_rows(path: Path, sql: str, args: tuple = (), timeout: float = 1.0) -> list[tuple] | None:
    """One query on a database file opened read-only: its rows, [] when there is no file,
    None when it cannot be read this way (the full store decides what is wrong)."""
    if not path.is_file():
        return []
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout
        )
        try:
            return connection.execute(sql, args).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def counts(path: Path) -> tuple[int, int] | None:
    """(signatures at the open event, collected in total), or None when unknown."""
    rows = read_rows(
        path,
        "SELECT COALESCE(SUM(CASE WHEN ends_at IS NULL AND id = (SELECT MAX(id) FROM events"
        " WHERE ends_at IS NULL) THEN signature_count END), 0),"
        " COALESCE(SUM(signature_count), 0) FROM events",
    )
    if rows is None:
        return None
    return (int(rows[0][0]), int(rows[0][1])) if rows else (0, 0)


def has_meta(path: Path, key: str) -> bool | None:
    rows = read_rows(path, "SELECT 1 FROM kiosk_meta WHERE key = ?", (key,))
    return None if rows is None else bool(rows)


def meta_value(path: Path, key: str) -> str | None:
    rows = read_rows(path, "SELECT value FROM kiosk_meta WHERE key = ?", (key,))
    return str(rows[0][0]) if rows else None
