"""The window is a view: it is built and driven with fake services and no database."""

import subprocess
import sys
from pathlib import Path

from tests.ui.fakes import fake_ports

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_runs_on_fakes(qtbot):
    from kiosk.core.models import SignatureDraft
    from kiosk.ui.main_window import MainWindow

    ports = fake_ports()
    window = MainWindow(ports, "en")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.current_screen() is window.welcome
    assert "40" in window.welcome.count.text()
    window.start_signing()
    window.sign.inputs["first_name"].setText("Ada")
    window.sign.inputs["last_name"].setText("Lovelace")
    window.sign.consent_sign.setChecked(True)
    window.sign.submit()
    assert window.current_screen() is window.thanks
    assert isinstance(ports.signing.drafts[0], SignatureDraft)
    assert ports.signing.drafts[0].fields["first_name"] == "Ada"
    window.open_pin()
    for digit in "246813":
        window.pin.pad.press(digit)
    window.pin.pad.press("OK")
    assert window.current_screen() is window.admin
    window.exit_kiosk()


def test_building_the_window_loads_no_store_and_no_crypto():
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from tests.ui.fakes import fake_ports\n"
        "from kiosk.ui.main_window import MainWindow\n"
        "window = MainWindow(fake_ports(), 'en'); window.show(); app.processEvents()\n"
        "heavy = ('sqlalchemy', 'alembic', 'PIL')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in heavy\n"
        "             or m.startswith(('kiosk.store', 'kiosk.services', 'kiosk.crypto'))\n"
        "             or m in ('kiosk.ui.admin_screen', 'kiosk.ui.end_of_day',\n"
        "                      'kiosk.ui.setup_screen', 'kiosk.ui.pin_screen',\n"
        "                      'kiosk.ui.sign_screen', 'kiosk.ui.onscreen_keyboard'))\n"
        "print(bad); window.exit_kiosk(); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_welcome_screen_runs_no_timer_and_filters_no_event(qtbot, monkeypatch):
    from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.idle_overlay import IdleGuard
    from kiosk.ui.main_window import MainWindow

    seen: list[int] = []

    class CountingGuard(IdleGuard):
        def eventFilter(self, watched, event):
            seen.append(event.type())
            return super().eventFilter(watched, event)

    monkeypatch.setattr("kiosk.ui.main_window.IdleGuard", CountingGuard)
    window = MainWindow(fake_ports(), "en")
    qtbot.addWidget(window)
    guard = window.idle
    window.show()

    def poke():
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(10, 10),
            QPointF(10, 10),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(window.welcome, event)
        QApplication.processEvents()

    window.go_welcome()
    poke()
    assert seen == [] and not guard.armed
    running = [t for t in window.findChildren(QTimer) if t.isActive()]
    assert running == [], [t.objectName() or t.parent().objectName() for t in running]
    guard.arm()
    poke()
    assert seen, "an armed guard sees input"
    guard.disarm()
    seen.clear()
    poke()
    assert seen == []
    window.exit_kiosk()


def test_after_exit_no_timer_or_late_signal_touches_the_closed_store(qtbot):
    from kiosk.ui.main_window import MainWindow

    ports = fake_ports()
    window = MainWindow(ports, "en")
    qtbot.addWidget(window)
    window.show()
    window.start_signing()
    window.sign.inputs["first_name"].setText("Ada")
    window.sign.inputs["last_name"].setText("Lovelace")
    window.sign.consent_sign.setChecked(True)
    window.sign.submit()
    assert window.thanks.timer.isActive()  # counting down to the welcome screen

    def closed_store():
        raise AssertionError("counts read after the kiosk exited")

    window.exit_kiosk()
    ports.signing.counts = closed_store  # what the real store is once closed
    assert not window.thanks.timer.isActive()
    window.go_welcome()  # a finished export's signal, say: nothing happens
