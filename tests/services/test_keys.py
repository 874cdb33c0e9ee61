"""One key policy: which formats need the private key, and unlocking it."""

import pytest

from kiosk.crypto import KeyFileError
from kiosk.services.keys import needs_key
from tests.conftest import PASSPHRASE


def test_only_the_sealed_bundle_needs_no_private_key():
    assert not needs_key(("bundle",))
    for fmt in ("pdf", "csv", "action-network", "nationbuilder"):
        assert needs_key(("bundle", fmt))


def test_unlock_needs_the_right_passphrase(kiosk):
    assert kiosk.keys.has_private_key()
    assert kiosk.keys.unlock(PASSPHRASE)
    with pytest.raises(KeyFileError, match="wrong passphrase"):
        kiosk.keys.unlock("not the passphrase")
    with pytest.raises(KeyFileError, match="passphrase is needed"):
        kiosk.keys.unlock("")


def test_a_key_pair_is_never_overwritten(kiosk):
    with pytest.raises(KeyFileError, match="not overwritten"):
        kiosk.keys.create(PASSPHRASE)
