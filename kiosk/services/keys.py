"""The organizer key on this kiosk: which public key seals, and first-run key set-up."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from kiosk.campaign import Campaign
from kiosk.crypto import (
    generate_private_key,
    key_id,
    load_private_key,
    load_public_key,
    public_key_pem,
    write_private_key,
)
from kiosk.fileio import atomic_write_bytes
from kiosk.settings import Settings

log = logging.getLogger(__name__)


def find_public_key(settings: Settings, campaign: Campaign) -> X25519PublicKey | None:
    """The kiosk's own key wins; else the key the campaign pack ships; else none yet."""
    if settings.public_key_path.is_file():
        return load_public_key(settings.public_key_path)
    if campaign.public_key_file:
        return load_public_key(campaign.public_key_file)
    return None


def create_key_pair(keys_dir: Path, passphrase: str) -> X25519PublicKey:
    """Make an organizer key pair: private key encrypted under ``passphrase``, public beside it."""
    keys_dir.mkdir(parents=True, exist_ok=True)
    private = generate_private_key()
    write_private_key(keys_dir / "organizer-key.json", private, passphrase)
    atomic_write_bytes(keys_dir / "organizer.pub", public_key_pem(private.public_key()))
    log.info("created organizer key %s", key_id(private.public_key()))
    return private.public_key()


def import_public_key(settings: Settings, source: Path) -> X25519PublicKey:
    key = load_public_key(source)  # refuse anything that is not a usable key before copying
    settings.keys_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, settings.public_key_path)
    log.info("imported organizer public key %s", key_id(key))
    return key


def unlock_private_key(settings: Settings, passphrase: str, key_file: Path | None = None):
    path = key_file or settings.private_key_path
    key: X25519PrivateKey = load_private_key(path, passphrase)
    return key
