"""Take a bundle apart and put it back together, for tests that change one piece of it."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.crypto import manifest_statement, public_identity, sign_statement
from kiosk.export.bundle_records import RECORDS_MEMBER, SPLITTERS

DROP = object()  # in with_head: remove this key


def parts(bundle: Path) -> tuple[dict, list[bytes]]:
    """The manifest and the records as stored (frames, or lines for version 1)."""
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = archive.read(RECORDS_MEMBER[manifest["version"]])
    return manifest, list(SPLITTERS[manifest["version"]](io.BytesIO(data)))


def framed(body: bytes) -> bytes:
    return len(body).to_bytes(4, "big") + body


def head(record: bytes) -> dict:
    """A version 2 record's outer values."""
    return json.loads(record[4 : record.index(b"\n", 4)])


def sealed_part(record: bytes) -> bytes:
    return record[record.index(b"\n", 4) + 1 :]


def with_head(record: bytes, **changes) -> bytes:
    """The same frame with some outer values changed (DROP removes one)."""
    outer = {**head(record), **changes}
    outer = {k: v for k, v in outer.items() if v is not DROP}
    return framed(json.dumps(outer).encode() + b"\n" + sealed_part(record))


def write(path: Path, manifest: dict, records: bytes, *, version: int | None = None,
          method: int = zipfile.ZIP_STORED, count: int | None = None,
          fix_hash: bool = True, signer: Ed25519PrivateKey | None = None) -> Path:  # fmt: skip
    """A bundle of ``records`` (stored bytes, joined).  ``fix_hash``: the manifest's hash
    and ``count`` follow the records; ``signer``: the manifest is signed again by that
    kiosk identity (a kiosk's own key, or one a test made up)."""
    manifest = dict(manifest)
    if version is not None:
        manifest["version"] = version
    if fix_hash:
        manifest["records_sha256"] = hashlib.sha256(records).hexdigest()
        if count is not None:
            manifest["record_count"] = count
    if signer is not None:
        public = public_identity(signer)
        manifest["kiosk_public_key"] = base64.b64encode(public).decode()
        statement = manifest_statement(manifest)
        manifest["manifest_sig"] = base64.b64encode(sign_statement(signer, statement)).decode()
    with zipfile.ZipFile(path, "w") as archive:
        info = zipfile.ZipInfo(RECORDS_MEMBER.get(manifest["version"], "records.bin"))
        info.compress_type = method
        archive.writestr(info, records)
        archive.writestr("manifest.json", json.dumps(manifest))
    return path


def as_line(record: bytes) -> bytes:
    """A version 2 frame as the version 1 line holding the same record."""
    row = {**head(record), "sealed": base64.b64encode(sealed_part(record)).decode()}
    return json.dumps(row, separators=(",", ":")).encode() + b"\n"


def as_version_1(bundle: Path, path: Path, signer: Ed25519PrivateKey) -> Path:
    """The same records in a version 1 bundle (as kiosks before version 2 wrote them),
    its manifest signed by ``signer``."""
    manifest, records = parts(bundle)
    lines = b"".join(as_line(r) for r in records)
    return write(path, manifest, lines, version=1, count=len(records), signer=signer)
