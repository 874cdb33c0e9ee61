"""The sending half of HPKE (RFC 9180) base mode for the kiosk's one suite,
DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 / ChaCha20-Poly1305, split in two so that the
costly half can run before anyone waits for it.

cryptography's one-shot ``Suite.encrypt`` makes the ephemeral key and its key agreement
(about 60 of a seal's 100 µs) while the signer waits for "thank you".  Here
:func:`encapsulate` does that while the form is being filled in, and
:meth:`Encapsulation.seal` the rest: three HMACs and one AEAD pass.  The bytes are what
``Suite.encrypt`` makes (enc, then the ciphertext), and cryptography's ``Suite.decrypt``
opens them.  The tests check RFC 9180's published vector for this suite (A.2.1) and both
directions against cryptography.

An encapsulation seals exactly one record: a second would reuse its key and nonce, so it
refuses.
"""

from __future__ import annotations

import hmac

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

_KEM_ID = b"KEM\x00\x20"  # DHKEM(X25519, HKDF-SHA256)
_SUITE_ID = b"HPKE\x00\x20\x00\x01\x00\x03"  # that KEM, HKDF-SHA256, ChaCha20-Poly1305
_MODE_BASE = b"\x00"
_RAW = (serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _labeled_extract(suite: bytes, salt: bytes, label: bytes, ikm: bytes) -> bytes:
    # HKDF-Extract is HMAC keyed with the salt; HMAC pads an empty key with zeros, which is
    # the RFC's empty salt exactly.
    return hmac.digest(salt, b"HPKE-v1" + suite + label + ikm, "sha256")


def _labeled_expand(suite: bytes, prk: bytes, label: bytes, info: bytes, length: int) -> bytes:
    # HKDF-Expand to at most one SHA-256 block (every length here is 12 or 32 bytes).
    labeled = length.to_bytes(2, "big") + b"HPKE-v1" + suite + label + info
    return hmac.digest(prk, labeled + b"\x01", "sha256")[:length]


_PSK_ID_HASH = _labeled_extract(_SUITE_ID, b"", b"psk_id_hash", b"")


class EncapsulationUsed(RuntimeError):
    """A second record was about to be sealed with the key of the first."""


class Encapsulation:
    """One ephemeral key agreed with one recipient key, ready to seal one record."""

    __slots__ = ("_secret", "enc", "recipient")

    def __init__(self, recipient: bytes, enc: bytes, secret: bytes):
        self.recipient = recipient  # the recipient's raw public key
        self.enc = enc  # the ephemeral public key, sent with the ciphertext
        self._secret = [secret]  # popped once: atomic, so two threads cannot both take it

    def seal(self, plaintext: bytes, info: bytes, aad: bytes = b"") -> bytes:
        try:
            secret = self._secret.pop()
        except IndexError:
            raise EncapsulationUsed("an HPKE encapsulation seals one record only") from None
        info_hash = _labeled_extract(_SUITE_ID, b"", b"info_hash", info)
        context = _MODE_BASE + _PSK_ID_HASH + info_hash
        key = _labeled_expand(_SUITE_ID, secret, b"key", context, 32)
        nonce = _labeled_expand(_SUITE_ID, secret, b"base_nonce", context, 12)
        return self.enc + ChaCha20Poly1305(key).encrypt(nonce, plaintext, aad)


def raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(*_RAW)


def encapsulate(
    recipient: X25519PublicKey, ephemeral: X25519PrivateKey | None = None
) -> Encapsulation:
    """A fresh ephemeral key and its agreement with ``recipient`` (``ephemeral`` only for
    the RFC's test vector)."""
    ephemeral = ephemeral or X25519PrivateKey.generate()
    enc = raw_public(ephemeral.public_key())
    recipient_raw = raw_public(recipient)
    dh = ephemeral.exchange(recipient)
    eae_prk = _labeled_extract(_KEM_ID, b"", b"eae_prk", dh)
    shared = _labeled_expand(_KEM_ID, eae_prk, b"shared_secret", enc + recipient_raw, 32)
    # Base mode: no pre-shared key, so the key schedule's secret depends on nothing else.
    secret = _labeled_extract(_SUITE_ID, shared, b"secret", b"")
    return Encapsulation(recipient_raw, enc, secret)
