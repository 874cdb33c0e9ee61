"""First-run setup: the volunteer PIN, the organizer key and the first event, checked in the
order of the form and applied only when all of it is right."""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk.core.credentials import mismatch, passphrase_problem, pin_problem
from kiosk.core.setup import (
    CREATE_KEY,
    KEY_FILE_UNUSABLE,
    KEY_NOT_SAVED,
    NO_EVENT_NAME,
    NO_KEY_FILE,
    PUBLIC_KEY,
    KeyBackupError,
    SetupProblem,
    SetupRequest,
    setup_message,
)
from kiosk.crypto import (
    KeyFileError,
    load_public_key,
    organizer_fingerprint,
    public_key_from_text,
)
from kiosk.services.events import EventService
from kiosk.services.keys import KeyPolicy
from kiosk.services.pin import PinService
from kiosk.services.signing import SigningService

log = logging.getLogger(__name__)


class SetupService:
    def __init__(
        self, keys: KeyPolicy, pins: PinService, signing: SigningService, events: EventService
    ):
        self.keys, self.pins, self.signing, self.events = keys, pins, signing, events

    def back_up_key(self, folder: str) -> str:
        """Write the encrypted key file to ``folder`` (a USB stick) and read it back."""
        if not folder.strip():
            raise KeyBackupError("choose the USB stick or folder to write to")
        try:
            return str(self.keys.back_up_private_key(Path(folder)))
        except KeyFileError as exc:
            raise KeyBackupError(str(exc)) from None
        except OSError as exc:
            raise KeyBackupError(f"{folder}: {exc.strerror or type(exc).__name__}") from None

    def forget_key(self, backup: str) -> None:
        """Remove the private key from this kiosk once ``backup`` holds the same key."""
        try:
            self.keys.forget_private_key(Path(backup))
        except KeyFileError as exc:
            raise KeyBackupError(str(exc)) from None

    def describe_key(self, source: str) -> str | None:
        """The organizer key's fingerprint (hex groups and words), from a file path or pasted
        PEM text, to compare with the organizer's; None when it is not a usable key."""
        try:
            if "BEGIN PUBLIC KEY" in source:
                return organizer_fingerprint(public_key_from_text(source))
            return organizer_fingerprint(load_public_key(Path(source)))
        except (KeyFileError, OSError):
            return None

    def needs_setup(self) -> bool:
        return not (self.pins.is_set() and self.signing.ready)

    def needs_key(self) -> bool:
        return not self.signing.ready

    def problem(self, request: SetupRequest) -> SetupProblem | None:
        """The first thing wrong with the form, top to bottom; None when it can be applied."""
        if problem := pin_problem(request.pin):
            return SetupProblem("pin", problem)
        if request.pin_repeat != request.pin:
            return SetupProblem("pin_repeat", mismatch("pin"))
        if self.needs_key():
            if request.key_choice == CREATE_KEY:
                if problem := passphrase_problem(request.passphrase):
                    return SetupProblem("passphrase", problem)
                if request.passphrase_repeat != request.passphrase:
                    return SetupProblem("passphrase_repeat", mismatch("passphrase"))
            elif request.key_text.strip():
                try:
                    public_key_from_text(request.key_text)
                except KeyFileError as exc:
                    return SetupProblem(
                        "key_file", setup_message(KEY_FILE_UNUSABLE, detail=str(exc))
                    )
            elif request.key_file is None or not str(request.key_file).strip():
                return SetupProblem("key_file", setup_message(NO_KEY_FILE))
            else:
                try:
                    load_public_key(Path(request.key_file))
                except KeyFileError as exc:
                    return SetupProblem(
                        "key_file", setup_message(KEY_FILE_UNUSABLE, detail=str(exc))
                    )
        if not " ".join(request.event_name.split()):
            return SetupProblem("event_name", setup_message(NO_EVENT_NAME))
        return None

    def apply(self, request: SetupRequest) -> SetupProblem | None:
        """Check the whole form, then set the PIN, install the key and start the event."""
        problem = self.problem(request)
        if problem is not None:
            return problem
        if self.needs_key():
            try:
                if request.key_choice == PUBLIC_KEY and request.key_text.strip():
                    self.signing.set_public_key(self.keys.import_public_text(request.key_text))
                else:
                    self.install_key(
                        request.passphrase if request.key_choice == CREATE_KEY else None,
                        request.key_file if request.key_choice == PUBLIC_KEY else None,
                    )
            except (KeyFileError, OSError) as exc:
                detail = exc.strerror if isinstance(exc, OSError) else str(exc)
                return SetupProblem(
                    "key_file" if request.key_choice == PUBLIC_KEY else "passphrase",
                    setup_message(KEY_NOT_SAVED, detail=detail or type(exc).__name__),
                )
        self.pins.set_pin(request.pin)
        self.events.start(request.event_name, request.event_place)
        log.info("first-run setup finished")
        return None

    def install_key(self, passphrase: str | None, public_key_file: Path | None) -> None:
        """Give the kiosk its sealing key: a new key pair, or the organizer's public key."""
        if public_key_file is not None:
            self.signing.set_public_key(self.keys.import_public(Path(public_key_file)))
        elif passphrase is not None:
            self.signing.set_public_key(self.keys.create(passphrase))
        else:
            raise KeyFileError("a passphrase or the organizer's public key file is needed")
