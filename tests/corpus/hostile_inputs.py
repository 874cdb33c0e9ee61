"""The hostile-input corpus for ``merge``: every kind of malformed bundle and database the
issue tracker lists, built from one genuine bundle so each differs from a real one in one way.

``build(folder, genuine, public_key)`` writes the files and returns {name: path}."""

from __future__ import annotations

import base64
import json
import sqlite3
import uuid
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from kiosk.core.models import SignerRecord
from kiosk.core.record_codec import encode_record
from kiosk.crypto import key_id, seal


def _parts(genuine: Path) -> tuple[dict, list[bytes]]:
    with zipfile.ZipFile(genuine) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        lines = archive.read("records.jsonl").splitlines(keepends=True)
    return manifest, lines


def _bundle(path: Path, manifest: dict, records: bytes, *, method=zipfile.ZIP_DEFLATED,
            fix_hash: bool = True, encrypted: bool = False) -> Path:  # fmt: skip
    import hashlib

    if fix_hash:
        manifest = {
            **manifest,
            "records_sha256": hashlib.sha256(records).hexdigest(),
            "record_count": records.count(b"\n"),
        }
    with zipfile.ZipFile(path, "w") as archive:
        info = zipfile.ZipInfo("records.jsonl")
        info.compress_type = method
        archive.writestr(info, records)
        archive.writestr("manifest.json", json.dumps(manifest))
    if encrypted:  # zipfile cannot write encryption: set the "encrypted" flag by hand
        _set_encrypted_flag(path, b"records.jsonl")
    return path


def _set_encrypted_flag(path: Path, name: bytes) -> None:
    data = bytearray(path.read_bytes())
    local = data.find(b"PK\x03\x04")
    data[local + 6] |= 0x1  # the first local header is records.jsonl's
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = int.from_bytes(data[central + 28 : central + 30], "little")
        if data[central + 46 : central + 46 + name_length] == name:
            data[central + 8] |= 0x1
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))


def _with_record(line: bytes, **changes) -> bytes:
    row = json.loads(line)
    row.update(changes)
    for key in [k for k, v in changes.items() if v is _DROP]:
        del row[key]
    return json.dumps(row).encode() + b"\n"


_DROP = object()


def _sealed_record(public_key, fields: dict) -> str:
    signature_id = str(uuid.uuid4())
    record = SignerRecord(
        fields=fields, consent_sign=True, consent_mailing=True, privacy_notice_version="v",
        strokes=[], language="en", signed_at=datetime.now(UTC), event_name="x",
        kiosk_id="kiosk-x", signature_id=signature_id,
    )  # fmt: skip
    return signature_id, base64.b64encode(seal(encode_record(record), public_key, signature_id))


def build(folder: Path, genuine: Path, public_key) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    manifest, lines = _parts(genuine)
    first = lines[0]
    body = b"".join(lines)
    files: dict[str, Path] = {}

    def add(name: str, records: bytes, **options) -> None:
        files[name] = _bundle(folder / f"{name}.pkbundle", dict(manifest), records, **options)

    add("bad-json-line", body + b"{not json\n")
    add("missing-keys", _with_record(first, sealed=_DROP) + body)
    add("wrong-types", _with_record(first, event="0", sealed=12345) + body)
    add("bad-base64", _with_record(first, sealed="@@@not base64@@@") + body)
    add("bad-time", _with_record(first, signed_at="yesterday") + body)
    add("naive-time", _with_record(first, signed_at="2026-01-01T10:00:00") + body)
    add("unknown-event", _with_record(first, event=99) + body)
    add("encrypted-entry", body, encrypted=True)
    add("lzma-entry", body, method=zipfile.ZIP_LZMA)
    add("huge-line", b'{"uuid": "' + b"x" * (8 << 20) + b'"}\n')
    add("newline-flood", b"\n" * (2 << 20))
    files["newline-flood-declared-1"] = _bundle(
        folder / "newline-flood-declared-1.pkbundle",
        {**manifest, "record_count": 1},
        b"\n" * (4 << 20),
        fix_hash=False,
    )
    add("zip-bomb-line", b"x" * (200 << 20))
    files["wrong-manifest-count"] = _bundle(
        folder / "wrong-manifest-count.pkbundle",
        {**manifest, "record_count": manifest["record_count"] + 1},
        body,
        fix_hash=False,
    )
    signature_id, sealed = _sealed_record(
        public_key, {"first_name": "M" * 3_000_000, "last_name": "Huge"}
    )
    line = _with_record(first, uuid=signature_id, sealed=sealed.decode(), key_id=key_id(public_key))
    add("name-of-millions", line)
    (folder / "not-a-zip.pkbundle").write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    files["not-a-zip"] = folder / "not-a-zip.pkbundle"

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
