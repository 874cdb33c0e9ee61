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
    for digit in "2468":
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
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')\n"
        "             or m.startswith(('kiosk.store', 'kiosk.services', 'kiosk.crypto')))\n"
        "print(bad); window.exit_kiosk(); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
