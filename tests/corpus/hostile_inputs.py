"""The hostile-input corpus for ``merge``: every kind of malformed bundle and database the
issue tracker lists, built from one genuine bundle so each differs from a real one in one way.

``build(folder, genuine, public_key)`` writes the files and returns {name: path}."""

from __future__ import annotations

import json
import sqlite3
import uuid
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.core.models import SignerRecord
from kiosk.core.record_codec import encode_record
from kiosk.crypto import key_id, seal
from tests import bundle_parts


def _set_encrypted_flag(path: Path, name: bytes) -> None:
    data = bytearray(path.read_bytes())
    local = data.find(b"PK\x03\x04")
    data[local + 6] |= 0x1  # the first local header is the records'
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = int.from_bytes(data[central + 28 : central + 30], "little")
        if data[central + 46 : central + 46 + name_length] == name:
            data[central + 8] |= 0x1
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))


def _sealed_record(public_key, fields: dict) -> tuple[str, bytes]:
    signature_id = str(uuid.uuid4())
    record = SignerRecord(
        fields=fields, consent_sign=True, consent_mailing=True, privacy_notice_version="v",
        strokes=[], language="en", signed_at=datetime.now(UTC), event_name="x",
        kiosk_id="kiosk-x", signature_id=signature_id,
    )  # fmt: skip
    return signature_id, seal(encode_record(record), public_key, signature_id)


def build(folder: Path, genuine: Path, public_key) -> dict[str, Path]:
    """Each file differs from ``genuine`` in one way.  Every bundle's manifest is signed
    again, by a kiosk identity made up here, so that a merge accepting unknown kiosks reads
    on into the records themselves (an unsigned manifest would stop it at the door)."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest, records = bundle_parts.parts(genuine)
    first = records[0]
    body = b"".join(records)
    signer = Ed25519PrivateKey.generate()
    files: dict[str, Path] = {}

    def add(name: str, data: bytes, count: int | None = None, encrypted=False, **options):
        path = folder / f"{name}.pkbundle"
        count = count if count is not None else len(records) + 1
        files[name] = bundle_parts.write(
            path, manifest, data, count=count, signer=signer, **options
        )
        if encrypted:  # zipfile cannot write encryption: set the "encrypted" flag by hand
            _set_encrypted_flag(path, b"records.bin")

    change = bundle_parts.with_head
    add("bad-json-head", body + bundle_parts.framed(b"{not json\nsealed"))
    add("missing-keys", change(first, uuid=bundle_parts.DROP, kiosk=bundle_parts.DROP) + body)
    add("missing-sealed", bundle_parts.framed(first[4 : first.index(b"\n", 4) + 1]) + body)
    add("wrong-types", change(first, event="0", signed_at=12345) + body)
    add("bad-base64", change(first, sig="@@@not base64@@@") + body)
    add("bad-time", change(first, signed_at="yesterday") + body)
    add("naive-time", change(first, signed_at="2026-01-01T10:00:00") + body)
    add("unknown-event", change(first, event=99) + body)
    add("encrypted-entry", body, len(records), encrypted=True)
    add("lzma-entry", body, len(records), method=zipfile.ZIP_LZMA)
    add("huge-frame", (8 << 20).to_bytes(4, "big") + b"x" * (8 << 20), 1)
    add("truncated-frame", body[:-10], len(records))
    add("empty-frame-flood", b"\0\0\0\0" * (2 << 20), 2 << 20)
    add("empty-frame-flood-declared-1", b"\0\0\0\0" * (4 << 20), 1, fix_hash=False)
    add("zip-bomb", b"x" * (200 << 20), 1, method=zipfile.ZIP_DEFLATED)
    add("wrong-manifest-count", body, len(records) + 1)
    signature_id, sealed = _sealed_record(
        public_key, {"first_name": "M" * 3_000_000, "last_name": "Huge"}
    )
    outer = {**bundle_parts.head(first), "uuid": signature_id, "key_id": key_id(public_key)}
    add("name-of-millions", bundle_parts.framed(json.dumps(outer).encode() + b"\n" + sealed), 1)
    # Kiosks before bundle version 2 wrote lines of JSON: that reader meets the same abuse.
    old = b"".join(bundle_parts.as_line(r) for r in records)
    version_1 = {"version": 1}
    add("v1-bad-json-line", old + b"{not json\n", **version_1)
    add("v1-bad-base64", old.replace(b'"sealed":"', b'"sealed":"@@@', 1), len(records), **version_1)
    add("v1-huge-line", b'{"uuid": "' + b"x" * (8 << 20) + b'"}\n', 1, **version_1)
    add("v1-newline-flood", b"\n" * (2 << 20), 2 << 20, **version_1)
    (folder / "not-a-zip.pkbundle").write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    files["not-a-zip"] = folder / "not-a-zip.pkbundle"
    add("unknown-version", body, len(records), version=3)

    empty = folder / "empty.sqlite"
    sqlite3.connect(empty).close()
    files["empty-sqlite"] = empty
    other = folder / "other-schema.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    files["other-schema-sqlite"] = other
    return files


def kiosk_database_variants(folder: Path, database: Path) -> dict[str, Path]:
    """A real kiosk database, changed in one way: dangling event ids, a newer schema."""
    import shutil

    out: dict[str, Path] = {}
    dangling = folder / "dangling-events.sqlite"
    shutil.copy(database, dangling)
    with sqlite3.connect(dangling) as db:
        db.execute("PRAGMA foreign_keys=OFF")
        db.execute("UPDATE signatures SET event_id = 999")
    out["dangling-event-ids"] = dangling
    newer = folder / "newer-schema.sqlite"
    shutil.copy(database, newer)
    with sqlite3.connect(newer) as db:
        db.execute("UPDATE alembic_version SET version_num = '0099'")
    out["newer-schema"] = newer
    return out
