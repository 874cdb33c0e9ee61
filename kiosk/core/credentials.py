"""The rules for volunteer PINs and organizer passphrases, in one place.

The setup screen, the volunteer menu, the command line and the services all ask these
functions, so a rule can never differ between them.  Each returns a translatable
:class:`~kiosk.core.i18n.Message` describing the problem, or None.
"""

from __future__ import annotations

from kiosk.core.i18n import QT_TRANSLATE_NOOP, Message

PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 12
PASSPHRASE_MIN_CHARS = 8

_PIN_RULE = QT_TRANSLATE_NOOP("credentials", "A PIN is {low} to {high} digits.")
_PIN_EMPTY = QT_TRANSLATE_NOOP("credentials", "Enter the PIN.")
_PASSPHRASE_SHORT = QT_TRANSLATE_NOOP(
    "credentials", "The passphrase needs at least {low} characters."
)
_DIFFER_PIN = QT_TRANSLATE_NOOP("credentials", "The two PINs differ.")
_DIFFER_PASSPHRASE = QT_TRANSLATE_NOOP("credentials", "The two passphrases differ.")


class CredentialError(ValueError):
    """A PIN or passphrase breaks the rules; ``message`` says which, translatably."""

    def __init__(self, message: Message):
        super().__init__(message.render())
        self.message = message


def _message(text: str, **params: object) -> Message:
    return Message(text, "credentials", params)


def pin_problem(pin: str) -> Message | None:
    if not pin:
        return _message(_PIN_EMPTY)
    if not (pin.isascii() and pin.isdigit() and PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS):
        return _message(_PIN_RULE, low=PIN_MIN_DIGITS, high=PIN_MAX_DIGITS)
    return None


def passphrase_problem(passphrase: str) -> Message | None:
    if len(passphrase) < PASSPHRASE_MIN_CHARS:
        return _message(_PASSPHRASE_SHORT, low=PASSPHRASE_MIN_CHARS)
    return None


def mismatch(kind: str) -> Message:
    """The two entries of a PIN (``kind="pin"``) or passphrase differ."""
    return _message(_DIFFER_PIN if kind == "pin" else _DIFFER_PASSPHRASE)


def require_pin(pin: str) -> str:
    problem = pin_problem(pin)
    if problem:
        raise CredentialError(problem)
    return pin


def require_passphrase(passphrase: str) -> str:
    problem = passphrase_problem(passphrase)
    if problem:
        raise CredentialError(problem)
    return passphrase
