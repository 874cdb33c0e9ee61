"""Opening somebody's signature database for reading only: ``check`` and ``merge``.

Nothing here can change the file.  A WAL database on read-only media (a write-protected USB
stick, a mounted image) cannot get the ``-shm`` file SQLite wants beside it; then the file is
opened as immutable when no ``-wal`` file holds unmerged pages, or else the database and its
``-wal`` are copied to a private temporary folder and read from there.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kiosk.store.database import HEAD_REVISION, KNOWN_REVISIONS, StoreRefused, inspect_database
from kiosk.store.quick_read import read_rows


def _readable(uri: str) -> bool:
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=5.0)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return True


@contextlib.contextmanager
def _read_only_uri(path: Path) -> Iterator[str]:
    path = path.resolve()
    plain = f"{path.as_uri()}?mode=ro"
    if _readable(plain):
        yield plain
        return
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        yield f"{path.as_uri()}?mode=ro&immutable=1"  # nothing outside the main file
        return
    with tempfile.TemporaryDirectory(prefix="petition-kiosk-read-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        yield f"{copy.as_uri()}?mode=ro"


def check_revision(path: Path, allow_older: bool = True) -> str | None:
    """Refuse a database this version does not know (written by a newer release)."""
    revision = inspect_database(path)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise StoreRefused(
            f"{path} was written by a newer version of Petition Kiosk (schema {revision}); "
            "update this program to read it."
        )
    if not allow_older and revision not in (None, HEAD_REVISION):
        raise StoreRefused(
            f"{path}: schema is at {revision}, expected {HEAD_REVISION} "
            "(start the kiosk once to upgrade)"
        )
    return revision


@contextlib.contextmanager
def open_read_only(path: Path) -> Iterator[Session]:
    """A Session on ``path`` that cannot write; raises StoreRefused with a plain message."""
    check_revision(path)
    with _read_only_uri(path) as uri:
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, timeout=5.0)
        )
        try:
            with Session(engine) as session:
                try:
                    yield session
                except DBAPIError as exc:
                    raise StoreRefused(
                        f"{path} could not be read ({type(exc.orig).__name__}); "
                        "it may be damaged or not a kiosk database."
                    ) from None
        finally:
            engine.dispose()


def stored_signature_ids(path: Path) -> set[str] | None:
    """The signature ids in a database file (a backup), or None when it cannot be read."""
    rows = read_rows(path, "SELECT uuid FROM signatures", timeout=5.0)
    return None if rows is None else {row[0] for row in rows}


def kiosk_identity(path: Path) -> tuple[bytes, str] | None:
    """(the kiosk's Ed25519 public key, its kiosk id) from a kiosk database, if it has one."""
    import base64

    found = read_rows(
        path,
        "SELECT key, value FROM kiosk_meta WHERE key IN ('identity_public', 'kiosk_id')",
        timeout=5.0,
    )
    meta = dict(found or [])
    if "identity_public" not in meta:
        return None
    return base64.b64decode(meta["identity_public"]), meta.get("kiosk_id", "")
