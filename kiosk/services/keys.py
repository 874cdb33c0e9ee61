"""The organizer key on this kiosk: which public key seals, and the one key policy.

Every caller (the volunteer screens, the command line, merge) asks :class:`KeyPolicy` which
formats need the private key and unlocks it through here, so the rule lives in one place.
"""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Iterable
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from kiosk.campaign import Campaign
from kiosk.core.exporting import SEALED_FORMATS
from kiosk.crypto import (
    KeyFileError,
    generate_private_key,
    key_id,
    load_private_key,
    load_public_key,
    public_key_from_text,
    public_key_pem,
    write_private_key,
)
from kiosk.fileio import atomic_write_bytes
from kiosk.settings import Settings

log = logging.getLogger(__name__)

PRIVATE_KEY_FILE = "organizer-key.json"
PUBLIC_KEY_FILE = "organizer.pub"


def needs_key(formats: Iterable[str]) -> bool:
    """Whether writing these formats opens records (so needs the private key)."""
    return any(f not in SEALED_FORMATS for f in formats)


def unlock(path: Path, passphrase: str | None) -> X25519PrivateKey:
    """Decrypt a private key file; raises KeyFileError with a message for a person."""
    if not passphrase:
        raise KeyFileError("the organizer passphrase is needed for PDF sheets and CSV files")
    key: X25519PrivateKey = load_private_key(path, passphrase)
    return key


class EarlyUnlock:
    """A key file being unlocked on a thread while the caller opens the store: Argon2 runs
    outside Python's lock, so its 0.2 s overlaps the imports and checks of a command-line
    export instead of following them.  ``KeyPolicy.unlock`` takes the result."""

    def __init__(self, path: Path, passphrase: str):
        self.path, self.passphrase = path, passphrase
        self._key: X25519PrivateKey | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="early-unlock", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._key = unlock(self.path, self.passphrase)
        except BaseException as exc:  # raised to the caller of result(), in its thread
            self._error = exc

    def result(self) -> X25519PrivateKey:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._key is not None
        return self._key


def unlock_all(paths: Iterable[Path], passphrase: str | None) -> list[X25519PrivateKey]:
    return [unlock(path, passphrase) for path in paths]


def create_key_pair(keys_dir: Path, passphrase: str) -> X25519PublicKey:
    """Make an organizer key pair: private key encrypted under ``passphrase``, public beside it."""
    keys_dir.mkdir(parents=True, exist_ok=True)
    if (keys_dir / PRIVATE_KEY_FILE).exists():
        raise KeyFileError(f"{keys_dir / PRIVATE_KEY_FILE} exists already; it is not overwritten")
    private = generate_private_key()
    write_private_key(keys_dir / PRIVATE_KEY_FILE, private, passphrase)
    atomic_write_bytes(keys_dir / PUBLIC_KEY_FILE, public_key_pem(private.public_key()))
    log.info("created organizer key %s", key_id(private.public_key()))
    return private.public_key()


class KeyPolicy:
    """The organizer keys of one kiosk's data folder."""

    def __init__(self, settings: Settings, campaign: Campaign):
        self.settings = settings
        self.campaign = campaign
        self.early: EarlyUnlock | None = None  # begun before the store opened (the CLI)

    needs_key = staticmethod(needs_key)

    def public_key(self) -> X25519PublicKey | None:
        """The kiosk's own key wins; else the key the campaign pack ships; else none yet."""
        if self.settings.public_key_path.is_file():
            return load_public_key(self.settings.public_key_path)
        if self.campaign.public_key_file:
            return load_public_key(self.campaign.public_key_file)
        return None

    def has_private_key(self) -> bool:
        return self.settings.private_key_path.is_file()

    def unlock(self, passphrase: str | None, key_file: Path | None = None) -> X25519PrivateKey:
        path = key_file or self.settings.private_key_path
        early, self.early = self.early, None  # used once
        if early is not None and early.path == path and early.passphrase == passphrase:
            return early.result()
        return unlock(path, passphrase)

    def back_up_private_key(self, folder: Path) -> Path:
        """Copy the encrypted key file to ``folder`` (a USB stick), read it back, and return
        the copy's path; the kiosk's key exists nowhere else until this is done."""
        source = self.settings.private_key_path
        if not source.is_file():
            raise KeyFileError("this kiosk holds no organizer private key")
        data = source.read_bytes()
        target = Path(folder) / PRIVATE_KEY_FILE
        if target.exists() and target.read_bytes() != data:  # another key's copy: keep it
            public = self.public_key()
            target = Path(folder) / f"organizer-key-{key_id(public) if public else 'kiosk'}.json"
        atomic_write_bytes(target, data, mode=0o600)
        if target.read_bytes() != data:
            raise KeyFileError(f"{target}: the copy read back differs; use another drive")
        log.info("organizer private key backed up")
        return target

    def forget_private_key(self, backup: Path) -> None:
        """Remove the private key from this kiosk, once a backup holding the same key exists:
        then a stolen kiosk holds no key to guess a passphrase for."""
        source = self.settings.private_key_path
        if not source.is_file():
            return
        try:
            same = Path(backup).read_bytes() == source.read_bytes()
        except OSError:
            same = False
        if not same:
            raise KeyFileError(f"{backup} is not a copy of this kiosk's key: it was not removed")
        source.unlink()
        log.info("organizer private key removed from this kiosk")

    def create(self, passphrase: str) -> X25519PublicKey:
        return create_key_pair(self.settings.keys_dir, passphrase)

    def import_public_text(self, text: str) -> X25519PublicKey:
        key = public_key_from_text(text)
        self.settings.keys_dir.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self.settings.public_key_path, public_key_pem(key))
        log.info("imported organizer public key %s (pasted)", key_id(key))
        return key

    def import_public(self, source: Path) -> X25519PublicKey:
        key = load_public_key(source)  # refuse anything that is not a usable key before copying
        self.settings.keys_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, self.settings.public_key_path)
        log.info("imported organizer public key %s", key_id(key))
        return key
