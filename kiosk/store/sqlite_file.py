"""The signature database as a file, in plain sqlite3: its pragmas, its health check and its
backup.  The kiosk's signing path uses only this (and SignatureWriter), so an attendee's
screens never load SQLAlchemy; the store proper (database.py) builds on it.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

from kiosk.fileio import atomic_write_bytes
from kiosk.store.errors import StoreRefused

APPLICATION_ID = 0x50544B31  # "PTK1" in the SQLite header marks the file as ours
KNOWN_REVISIONS = (
    "0001",
    "0002",
    "0003",
    "0004",
)  # oldest first; tests check these match the migrations
HEAD_REVISION = KNOWN_REVISIONS[-1]
SQLITE_HEADER = b"SQLite format 3\x00"


def apply_pragmas(dbapi_connection, _record) -> None:
    """The durability pragmas, on every connection to a kiosk database."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        if sys.platform == "darwin":  # fsync on macOS does not reach the platter without this
            cursor.execute("PRAGMA fullfsync=ON")
            cursor.execute("PRAGMA checkpoint_fullfsync=ON")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA temp_store=MEMORY")  # no temp files beside the database
        cursor.execute("PRAGMA secure_delete=ON")  # wiped rows are overwritten, not just freed
    finally:
        cursor.close()


def _stamp(path: Path) -> Path:
    return path.with_name(path.name + "-closed")


def _fingerprint(path: Path) -> str | None:
    """What changes whenever anything writes the file: its size and time, and its WAL's."""
    try:
        main = path.stat()
        wal = path.with_name(path.name + "-wal")
        wal_size = wal.stat().st_size if wal.exists() else 0
    except OSError:
        return None
    return f"{main.st_size} {main.st_mtime_ns} {wal_size}"


def mark_closed_cleanly(path: Path) -> None:
    """Note the file as this process leaves it, once its every connection closed without
    error: the next start can skip the full page check.  A crash leaves no note (or a stale
    one), and so does any other writer: then the file is checked in full."""
    fingerprint = _fingerprint(path)
    if fingerprint is not None:
        with contextlib.suppress(OSError):  # a read-only or full disk: check in full next time
            atomic_write_bytes(_stamp(path), fingerprint.encode("ascii"))


def _unchanged_since_clean_close(path: Path) -> bool:
    try:
        return _stamp(path).read_text(encoding="ascii") == _fingerprint(path)
    except (OSError, UnicodeDecodeError):
        return False


def inspect_database(path: Path) -> str | None:
    """Check an existing file without changing it; return its schema revision (None if new).

    Raises StoreRefused for a file that is not SQLite, is damaged, or belongs to something else.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise StoreRefused(
                f"{path} is not a signature database (it is not an SQLite file). "
                "Collection is stopped so nothing overwrites it; move it aside or choose "
                "another data folder."
            )
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=5.0)
    except sqlite3.Error as exc:
        raise StoreRefused(f"{path} cannot be opened: {exc}") from None
    try:
        # Every page is read: 7 s for 100,000 signatures.  A file exactly as this program's
        # clean close left it (see mark_closed_cleanly) was checked then and written since
        # only through SQLite.
        check = (
            [("ok",)]
            if _unchanged_since_clean_close(path)
            else connection.execute("PRAGMA quick_check").fetchall()
        )
        if [row[0] for row in check] != ["ok"]:
            detail = "; ".join(str(row[0]) for row in check[:3])
            raise StoreRefused(
                f"{path} is damaged ({detail}). Collection is stopped and the file is left "
                "untouched; run 'petition-kiosk check' and ask an organizer before going on."
            )
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if not tables:
            return None
        if app_id != APPLICATION_ID:
            raise StoreRefused(
                f"{path} belongs to another program (it has tables but is not a Petition Kiosk "
                "database). It is left untouched; choose another data folder."
            )
        if "alembic_version" not in tables:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise StoreRefused(
            f"{path} is damaged or not a database ({exc}); it is left untouched."
        ) from None
    finally:
        connection.close()


def backup_database(source: Path, destination: Path) -> Path:
    """Copy a live database with SQLite's online backup API (consistent, WAL included)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return destination


def backup_name(database: Path, reason: str) -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{database.stem}-{reason}-{stamp}.sqlite"
