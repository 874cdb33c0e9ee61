"""The kiosk's own HPKE sender against RFC 9180 and against cryptography's HPKE."""

import threading

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk import crypto
from kiosk.hpke_sender import EncapsulationUsed, encapsulate

SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
RECIPIENT = X25519PrivateKey.generate()


def test_rfc_9180_vector_a_2_1_for_this_suite():
    """DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305, base mode, sequence 0."""
    h = bytes.fromhex
    ephemeral = h("f4ec9b33b792c372c1d2c2063507b684ef925b8c75a42dbcbf57d63ccd381600")
    recipient = h("8057991eef8f1f1af18f4a9491d16a1ce333f695d4db8e38da75975c4478e0fb")
    recipient_key = X25519PrivateKey.from_private_bytes(recipient)
    assert recipient_key.public_key().public_bytes_raw() == h(
        "4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a"
    )
    encapsulation = encapsulate(
        recipient_key.public_key(), X25519PrivateKey.from_private_bytes(ephemeral)
    )
    sealed = encapsulation.seal(
        h("4265617574792069732074727574682c20747275746820626561757479"),  # "Beauty is truth, …"
        info=h("4f6465206f6e2061204772656369616e2055726e"),  # "Ode on a Grecian Urn"
        aad=h("436f756e742d30"),  # "Count-0"
    )
    assert sealed.hex() == (
        "1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a"  # enc (pkEm)
        "1c5250d8034ec2b784ba2cfd69dbdb8af406cfe3ff938e131f0def8c8b60b4db21993c62ce81883d2dd1b51a28"
    )


@settings(max_examples=40, deadline=None)
@given(plaintext=st.binary(max_size=8000), info=st.binary(max_size=80))
def test_cryptography_opens_what_the_kiosk_seals(plaintext, info):
    sealed = encapsulate(RECIPIENT.public_key()).seal(plaintext, info)
    assert SUITE.decrypt(sealed, RECIPIENT, info=info) == plaintext
    with pytest.raises(InvalidTag):  # bound to its info: another row's id does not open it
        SUITE.decrypt(sealed, RECIPIENT, info=info + b"x")


def test_sealed_records_open_as_before_and_each_has_its_own_ephemeral_key():
    key = crypto.generate_private_key()
    first = crypto.seal(b"record one", key.public_key(), "id-1")
    second = crypto.seal(b"record one", key.public_key(), "id-1")
    assert first[1:33] != second[1:33] and first != second
    assert crypto.unseal(first, key, "id-1") == crypto.unseal(second, key, "id-1") == b"record one"
    with pytest.raises(crypto.SealError):
        crypto.unseal(first, key, "id-2")


def test_an_encapsulation_seals_one_record_only_even_from_two_threads():
    encapsulation = encapsulate(RECIPIENT.public_key())
    outcomes: list[object] = []

    def seal() -> None:
        try:
            outcomes.append(encapsulation.seal(b"x" * 3584, b"info"))
        except EncapsulationUsed as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=seal) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(isinstance(o, bytes) for o in outcomes) == 1
    with pytest.raises(EncapsulationUsed):
        encapsulation.seal(b"again", b"info")


def test_an_encapsulation_for_another_key_is_refused():
    other = crypto.generate_private_key()
    with pytest.raises(ValueError, match="another organizer key"):
        crypto.seal(b"x", other.public_key(), "id", encapsulate(RECIPIENT.public_key()))
