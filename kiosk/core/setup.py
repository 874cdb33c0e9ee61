"""First-run setup as plain data: what the volunteer typed, and the first problem found."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.core.i18n import QT_TRANSLATE_NOOP, Message

# How the organizer key is provided on the first run.
CREATE_KEY = "create"  # make a key pair here, protected by a passphrase
PUBLIC_KEY = "public_key"  # use the organizer's public key file
KEY_READY = "ready"  # a key is already in place (the campaign pack or an earlier run)

NO_EVENT_NAME = QT_TRANSLATE_NOOP("setup", "Give the first event a name.")
NO_KEY_FILE = QT_TRANSLATE_NOOP(
    "setup", "Choose the organizer's public key file, or paste the key's text."
)
KEY_FILE_UNUSABLE = QT_TRANSLATE_NOOP("setup", "That key file cannot be used: {detail}")
KEY_NOT_SAVED = QT_TRANSLATE_NOOP("setup", "The key could not be saved: {detail}")


@dataclass(frozen=True)
class SetupRequest:
    pin: str
    pin_repeat: str
    event_name: str
    event_place: str = ""
    key_choice: str = KEY_READY
    passphrase: str = ""
    passphrase_repeat: str = ""
    key_file: Path | None = None
    key_text: str = ""  # the organizer's public key pasted as PEM text (instead of a file)


@dataclass(frozen=True)
class SetupProblem:
    """The first problem, in the order of the form; ``field`` names the input to highlight:
    ``pin``, ``pin_repeat``, ``passphrase``, ``passphrase_repeat``, ``key_file`` or
    ``event_name``."""

    field: str
    message: Message


def setup_message(text: str, **params: object) -> Message:
    return Message(text, "setup", params)


class KeyBackupError(ValueError):
    """The organizer key could not be backed up or removed; the message says why."""
