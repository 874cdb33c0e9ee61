"""Sealing signer records to the organizer's public key, and the organizer's key files.

Scheme (documented for users in README.md, "How signatures are protected"):

* Each record is sealed on its own with HPKE (RFC 9180) base mode, suite
  DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 / ChaCha20-Poly1305.  The HPKE ``info`` binds the
  record to its signature id, so a sealed blob cannot be moved to another row unnoticed.
  The kiosk seals with :mod:`kiosk.hpke_sender`, whose key agreement can be made before the
  signer taps Sign; cryptography's HPKE opens the records.
* The kiosk keeps only the public key.  The private key lives in a JSON key file, encrypted with
  ChaCha20-Poly1305 under a key derived from the organizer's passphrase with Argon2id
  (memory-hard), and is only ever decrypted in memory.
* The volunteer PIN is stored as an Argon2id PHC string (``$argon2id$v=19$m=…``), made and
  checked by the same Argon2id implementation (cryptography's) as the key file.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from cryptography.exceptions import InvalidKey, InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from kiosk.core.credentials import CredentialError, require_passphrase
from kiosk.fileio import atomic_write_bytes
from kiosk.hpke_sender import Encapsulation, encapsulate, raw_public

SEAL_VERSION = b"\x01"
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
_INFO_PREFIX = b"petition-kiosk/record/v1/"
KEY_FILE_FORMAT = "petition-kiosk-private-key"


class KeyFileError(Exception):
    """A key file is missing, damaged, or the passphrase is wrong."""


class SealError(Exception):
    """A sealed record cannot be opened with this key (wrong key, or tampered)."""


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost. The defaults follow RFC 9106's second recommendation (64 MiB, t=3)."""

    iterations: int = 3
    lanes: int = 4
    memory_cost_kib: int = 64 * 1024

    @classmethod
    def from_env(cls) -> Argon2Params:
        """The cost for new hashes. The test suite's one switch for a cheap cost lives here;
        key files and PHC strings record their cost, so anything made either way still opens."""
        if os.environ.get("PETITION_KIOSK_FAST_KDF") == "1":
            return cls(iterations=1, lanes=1, memory_cost_kib=8 * 1024)
        return cls()

    def kdf(self, salt: bytes, length: int = 32) -> Argon2id:
        return Argon2id(
            salt=salt,
            length=length,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_cost_kib,
        )


def hash_secret(secret: str) -> str:
    """A PHC string for a short secret (the volunteer PIN), salted and stretched."""
    return Argon2Params.from_env().kdf(os.urandom(16)).derive_phc_encoded(secret.encode("utf-8"))


def verify_secret(secret: str, phc: str) -> bool:
    """True when ``secret`` matches a PHC string from :func:`hash_secret` (or argon2-cffi)."""
    try:
        Argon2id.verify_phc_encoded(secret.encode("utf-8"), phc)
    except (InvalidKey, ValueError, TypeError):
        return False
    return True


def key_id(public_key: X25519PublicKey) -> str:
    """A short fingerprint that names a key pair in stores, bundles and messages."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def generate_private_key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def public_key_pem(public_key: X25519PublicKey) -> bytes:
    return public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def public_key_from_text(text: str) -> X25519PublicKey:
    """A public key pasted as PEM text (line breaks may have become spaces on the way)."""
    match = re.search(r"-----BEGIN PUBLIC KEY-----(.*?)-----END PUBLIC KEY-----", text, re.S)
    if not match:
        raise KeyFileError("the text is not a PEM public key")
    body = "".join(match.group(1).split())
    pem = "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n"
    try:
        key = serialization.load_pem_public_key(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        raise KeyFileError("the text is not a PEM public key") from None
    if not isinstance(key, X25519PublicKey):
        raise KeyFileError("the text is not an X25519 key (petition-kiosk keys new makes one)")
    return key


def load_public_key(path: Path) -> X25519PublicKey:
    try:
        key = serialization.load_pem_public_key(Path(path).read_bytes())
    except FileNotFoundError:
        raise KeyFileError(f"{path}: public key file not found") from None
    except ValueError:
        raise KeyFileError(f"{path}: not a PEM public key") from None
    if not isinstance(key, X25519PublicKey):
        raise KeyFileError(f"{path}: not an X25519 key (petition-kiosk keys new makes one)")
    return key


def _derive(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    return params.kdf(salt).derive(passphrase.encode("utf-8"))


def encrypt_private_key(
    private_key: X25519PrivateKey, passphrase: str, params: Argon2Params | None = None
) -> bytes:
    try:
        require_passphrase(passphrase)
    except CredentialError as exc:
        raise KeyFileError(str(exc)) from None
    params = params or Argon2Params.from_env()
    salt, nonce = os.urandom(16), os.urandom(12)
    raw = private_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public = private_key.public_key()
    sealed = ChaCha20Poly1305(_derive(passphrase, salt, params)).encrypt(
        nonce, raw, KEY_FILE_FORMAT.encode()
    )
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    document = {
        "format": KEY_FILE_FORMAT,
        "version": 1,
        "key_id": key_id(public),
        "public_key_pem": public_key_pem(public).decode("ascii"),
        "kdf": {
            "name": "argon2id",
            "salt": b64(salt),
            "iterations": params.iterations,
            "lanes": params.lanes,
            "memory_cost_kib": params.memory_cost_kib,
        },
        "cipher": {"name": "chacha20-poly1305", "nonce": b64(nonce), "ciphertext": b64(sealed)},
    }
    return json.dumps(document, indent=2).encode("utf-8")


def write_private_key(
    path: Path, private_key: X25519PrivateKey, passphrase: str, params: Argon2Params | None = None
) -> None:
    atomic_write_bytes(path, encrypt_private_key(private_key, passphrase, params), mode=0o600)


def load_private_key(path: Path, passphrase: str) -> X25519PrivateKey:
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KeyFileError(f"{path}: private key file not found") from None
    except (ValueError, UnicodeDecodeError):
        raise KeyFileError(f"{path}: not a petition-kiosk private key file") from None
    if not isinstance(document, dict) or document.get("format") != KEY_FILE_FORMAT:
        raise KeyFileError(f"{path}: not a petition-kiosk private key file")
    try:
        kdf, cipher = document["kdf"], document["cipher"]
        params = Argon2Params(kdf["iterations"], kdf["lanes"], kdf["memory_cost_kib"])
        key = _derive(passphrase, base64.b64decode(kdf["salt"]), params)
        raw = ChaCha20Poly1305(key).decrypt(
            base64.b64decode(cipher["nonce"]),
            base64.b64decode(cipher["ciphertext"]),
            KEY_FILE_FORMAT.encode(),
        )
    except InvalidTag:
        raise KeyFileError(f"{path}: wrong passphrase") from None
    except (KeyError, TypeError, ValueError):
        raise KeyFileError(f"{path}: the key file is damaged") from None
    return X25519PrivateKey.from_private_bytes(raw)


def _info(signature_id: str) -> bytes:
    return _INFO_PREFIX + signature_id.encode("ascii")


def seal(
    plaintext: bytes,
    public_key: X25519PublicKey,
    signature_id: str,
    encapsulation: Encapsulation | None = None,
) -> bytes:
    """Seal one record to ``public_key``, with ``encapsulation`` if one was made ahead for
    that key (see :func:`kiosk.hpke_sender.encapsulate`), or a fresh one."""
    if encapsulation is None:
        encapsulation = encapsulate(public_key)
    elif encapsulation.recipient != raw_public(public_key):
        raise ValueError("the encapsulation was made for another organizer key")
    return SEAL_VERSION + encapsulation.seal(plaintext, _info(signature_id))


def unseal(blob: bytes, private_key: X25519PrivateKey, signature_id: str) -> bytes:
    if not blob or blob[:1] != SEAL_VERSION:
        raise SealError(f"record {signature_id}: unknown seal version")
    try:
        return _SUITE.decrypt(blob[1:], private_key, info=_info(signature_id))
    except (InvalidTag, ValueError):
        raise SealError(f"record {signature_id}: cannot be opened with this key") from None


# --- kiosk identity: Ed25519 -------------------------------------------------------------
# Each kiosk makes a signing key at setup.  It signs every record's outer values and the hash
# of its sealed bytes, and every bundle's manifest: someone holding only the organizer's
# public key can seal records, but cannot make them look as if a registered kiosk took them.

_RECORD_STATEMENT = b"petition-kiosk/record/v1\x00"
_MANIFEST_STATEMENT = b"petition-kiosk/manifest/v1\x00"


def new_identity() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def identity_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def public_identity(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def identity_fingerprint(public_raw: bytes) -> str:
    """A kiosk's fingerprint, to compare aloud: 16 hex digits in four groups."""
    digest = hashlib.sha256(b"petition-kiosk/kiosk/" + public_raw).hexdigest()[:16]
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def record_statement(
    uuid: str, event_start: str, kiosk_id: str, outer_time: str, key: str, sealed: bytes
) -> bytes:
    """What a kiosk signs for one record (the event by its start: a rename keeps it)."""
    parts = [uuid, event_start, kiosk_id, outer_time, key, hashlib.sha256(sealed).hexdigest()]
    return _RECORD_STATEMENT + "\x00".join(parts).encode("utf-8")


def sign_statement(key: Ed25519PrivateKey, statement: bytes) -> bytes:
    return key.sign(statement)


def manifest_statement(manifest: dict) -> bytes:
    body = {k: v for k, v in manifest.items() if k != "manifest_sig"}
    return _MANIFEST_STATEMENT + json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


def verify_statement(public_raw: bytes | None, signature: bytes | None, statement: bytes) -> bool:
    if not public_raw or not signature:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, statement)
    except (InvalidSignature, ValueError):
        return False
    return True


# --- fingerprints people can compare aloud --------------------------------------------------


@cache
def _fingerprint_words() -> list[str]:
    from kiosk.resources import resource_path

    lines = resource_path("wordlist/fingerprint-words.txt").read_text("utf-8").splitlines()
    words = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    if len(words) != 256:
        raise RuntimeError("the fingerprint word list must hold 256 words")
    return words


def spoken_fingerprint(material: bytes) -> str:
    """Four hex groups and six words (one per byte) for the same SHA-256: to read out loud
    and compare, on the phone or across a table."""
    digest = hashlib.sha256(material).digest()
    hexed = digest[:8].hex()
    groups = " ".join(hexed[i : i + 4] for i in range(0, 16, 4))
    words = " ".join(_fingerprint_words()[b] for b in digest[:6])
    return f"{groups} · {words}"


def organizer_fingerprint(public_key: X25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return spoken_fingerprint(b"petition-kiosk/organizer/" + raw)


def kiosk_words(public_raw: bytes) -> str:
    """The kiosk fingerprint's words (the registry keys kiosks by the hex digits)."""
    return spoken_fingerprint(b"petition-kiosk/kiosk/" + public_raw).split(" · ")[1]
