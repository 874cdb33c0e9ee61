"""The attendee screens in each state a signer can see, for the layout tests and for
``make screenshots``: both walk the same list, so what is tested is what is looked at."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from kiosk.core.exporting import ExportedFile, ExportReport
from kiosk.core.models import Drive, Receipt

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


# --- the volunteer side: the console and each step of the end of day ---
VOLUNTEER_SIZES = [(1024, 600), (1280, 800)]


class ShowcaseDrives:
    """One USB stick (a folder the caller provides), for tests and screenshots."""

    def __init__(self, root: Path):
        self.root = root

    def drives(self) -> list[Drive]:
        return [Drive("KINGSTON", self.root, 16_000_000_000, 9_512_000_000, True, "/dev/sdb1")]

    def is_kiosk_disk(self, folder: Path) -> bool:
        return False

    def release(self, folder: Path) -> bool:
        return True


def _console(window) -> None:
    window.open_pin()
    window.open_admin()


def _console_more(window) -> None:
    _console(window)
    window.admin.show_page(1)
    window.admin.more.exit_button.click()  # with the exit question open


def _where(window) -> None:
    _console(window)
    window.open_end_of_day()


def _what(window) -> None:
    _where(window)
    flow = window.end_of_day
    flow.where.choose(flow.drive_port.drives()[0].root)
    flow.go_next()


def _progress(window) -> None:
    _what(window)
    flow = window.end_of_day
    flow._show(2)
    flow.progress.setValue(40)


def _report(root: Path) -> ExportReport:
    stamp = "free-boris-kagarlitsky-kiosk-b98645-20261128-1830"
    kinds = [("bundle", ".pkbundle"), ("pdf", "-sheets.pdf"), ("action-network", "-an.csv")]
    return ExportReport(
        [
            ExportedFile(root / f"{stamp}{suffix}", kind, "0" * 64, tuple(map(str, range(137))))
            for kind, suffix in kinds
        ]
    )


def _result(window) -> None:
    _what(window)
    flow = window.end_of_day
    flow._succeeded(_report(flow.destination))


def _remove(window) -> None:
    _result(window)
    window.end_of_day.go_next()


VOLUNTEER_STATES: dict[str, Callable] = {
    "console": _console,
    "console-more": _console_more,
    "end-of-day-1-where": _where,
    "end-of-day-2-what": _what,
    "end-of-day-3-progress": _progress,
    "end-of-day-4-result": _result,
    "end-of-day-5-remove": _remove,
}
