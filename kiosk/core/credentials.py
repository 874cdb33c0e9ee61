"""The rules for volunteer PINs and organizer passphrases, in one place.

The setup screen, the volunteer menu, the command line and the services all ask these
functions, so a rule can never differ between them.  Each returns a translatable
:class:`~kiosk.core.i18n.Message` describing the problem, or None.
"""

from __future__ import annotations

import itertools
import re

from kiosk.core.i18n import QT_TRANSLATE_NOOP, Message

PIN_MIN_DIGITS = 6
PIN_MAX_DIGITS = 12
# The most common six-digit PINs in leaked sets (besides runs and repeats, refused below).
COMMON_PINS = frozenset(
    {
        "123456", "654321", "111111", "000000", "123123", "666666", "121212", "112233",
        "789456", "159753", "222222", "555555", "999999", "123321", "777777", "888888",
        "333333", "444444", "147258", "696969", "112358", "131313", "101010", "202020",
        "102030", "520520", "147852", "258369", "963852", "741852",
    }
)  # fmt: skip
PASSPHRASE_MIN_CHARS = 8

_PIN_RULE = QT_TRANSLATE_NOOP("credentials", "A PIN is {low} to {high} digits.")
_PIN_EMPTY = QT_TRANSLATE_NOOP("credentials", "Enter the PIN.")
_PIN_EASY = QT_TRANSLATE_NOOP(
    "credentials", "That PIN is too easy to guess: avoid runs, repeats and common PINs."
)
_PASSPHRASE_SHORT = QT_TRANSLATE_NOOP(
    "credentials", "The passphrase needs at least {low} characters."
)
_PASSPHRASE_WEAK = QT_TRANSLATE_NOOP(
    "credentials",
    "That passphrase is too easy to guess. Use four or more unrelated words, "
    "for example: lantern orbit velvet thirty.",
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


def guessable_pin(pin: str) -> bool:
    """A common PIN, one digit repeated, a run up or down (wrapping 9→0), or a short pattern
    repeated (121212, 123123)."""
    if pin in COMMON_PINS or len(set(pin)) == 1:
        return True
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if steps in ({1}, {9}):
        return True
    return any(pin == pin[:n] * (len(pin) // n) for n in (2, 3) if len(pin) % n == 0)


def pin_problem(pin: str) -> Message | None:
    """The rule for a new PIN (a PIN set under an older, shorter rule still unlocks)."""
    if not pin:
        return _message(_PIN_EMPTY)
    if not (pin.isascii() and pin.isdigit() and PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS):
        return _message(_PIN_RULE, low=PIN_MIN_DIGITS, high=PIN_MAX_DIGITS)
    if guessable_pin(pin):
        return _message(_PIN_EASY)
    return None


PASSPHRASE_MIN_WORDS = 4  # four unrelated words are enough on their own
PASSPHRASE_MIN_SCORE = 3  # else zxcvbn's estimate (0-4) must reach this


def passphrase_problem(passphrase: str) -> Message | None:
    """The organizer passphrase guards every signature against a stolen kiosk: at least four
    distinct words, or a zxcvbn strength of 3 ("safely unguessable") or more."""
    if len(passphrase) < PASSPHRASE_MIN_CHARS:
        return _message(_PASSPHRASE_SHORT, low=PASSPHRASE_MIN_CHARS)
    words = {w.casefold() for w in re.split(r"[\W_]+", passphrase) if len(w) >= 3}
    if len(words) >= PASSPHRASE_MIN_WORDS:
        return None
    from zxcvbn import zxcvbn  # imported when a passphrase is chosen, not at start

    if zxcvbn(passphrase[:128])["score"] < PASSPHRASE_MIN_SCORE:
        return _message(_PASSPHRASE_WEAK)
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
