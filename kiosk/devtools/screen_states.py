"""The attendee screens in each state a signer can see, for the layout tests and for
``make screenshots``: both walk the same list, so what is tested is what is looked at."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from kiosk.core.models import Receipt

SIZES = [(1024, 600), (1280, 800), (1366, 768), (1920, 1080), (800, 1280)]
LANGUAGES = ["en", "ru", "uk", "es"]
THEMES = {"normal": False, "contrast": True}


# Each starts from the welcome screen in the language under test (go_welcome would reset it).
def _welcome(window) -> None:
    window.stack.setCurrentWidget(window.welcome)


def _sign(window) -> None:
    window.start_signing()


def _sign_errors(window) -> None:
    window.start_signing()
    window.sign.inputs["first_name"].setText("Борис")
    window.sign.inputs["email"].setText("not-an-email")
    window.sign.submit()


def _privacy(window) -> None:
    window.start_signing()
    window.sign.privacy_button.setChecked(True)


def _keyboard(window) -> None:
    window.start_signing()
    window.sign.inputs["email"].setFocus()
    window.sign.keyboard_button.setChecked(True)


def _idle_warning(window) -> None:
    window.start_signing()
    window.overlay.show_countdown(12)


def _thanks(window) -> None:
    receipt = Receipt("0" * 32, 1, datetime.now(UTC), 1_234, 56_789)
    window.thanks.show_receipt(receipt)
    window.stack.setCurrentWidget(window.thanks)


def _error(window) -> None:
    window.show_unexpected_error()


ATTENDEE_STATES: dict[str, Callable] = {
    "welcome": _welcome,
    "sign": _sign,
    "sign-errors": _sign_errors,
    "privacy": _privacy,
    "keyboard": _keyboard,
    "idle-warning": _idle_warning,
    "thanks": _thanks,
    "error": _error,
}
