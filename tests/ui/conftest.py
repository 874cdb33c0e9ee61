from dataclasses import replace

import pytest

from kiosk.app.gui import build_window
from kiosk.app.services import open_services as open_kiosk


@pytest.fixture
def ready_kiosk(kiosk):
    kiosk.pin.set_pin("246813")
    kiosk.events.start("Freshers fair", "Student union")
    return kiosk


@pytest.fixture
def window(qtbot, ready_kiosk):
    win = build_window(ready_kiosk, "en")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.exit_kiosk()


@pytest.fixture
def quick_idle_window(qtbot, kiosk):
    """A window whose idle timeout is 3 s (warning after 1 s), to test the wipe."""
    kiosk.pin.set_pin("246813")
    kiosk.close()
    settings = replace(kiosk.settings, idle_timeout_s=3, idle_warning_s=2)
    fast = open_kiosk(settings)
    win = build_window(fast, "en")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.exit_kiosk()
    fast.close()


@pytest.fixture
def kiosk_without_key(settings):
    opened = open_kiosk(settings)
    yield opened
    opened.close()
