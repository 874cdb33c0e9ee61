"""The kiosk, locked as on a real kiosk, for tests/x11: writes "shown" once it is up, "focus"
lines on request, and quits when the test says so (through files in a folder)."""

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.ui.main_window import MainWindow
from tests.ui.fakes import fake_ports

folder = Path(sys.argv[1])
locked = sys.argv[2] == "locked"
app = QApplication([])
window = MainWindow(fake_ports())
if locked:
    window.show_locked()
else:  # what the app did before: flags and full screen, no more
    from PySide6.QtCore import Qt

    window.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
    window.setGeometry(QGuiApplication.primaryScreen().geometry())
    window.showFullScreen()


def poll() -> None:
    if not (folder / "shown").exists() and window.isVisible():
        (folder / "shown").write_text("")
    ask = folder / "ask"
    if ask.exists():
        ask.unlink()
        active = window.isActiveWindow() and window.isVisible() and not window.isMinimized()
        (folder / "answer").write_text("front" if active else "away")
    if (folder / "quit").exists():
        window.exit_kiosk()
        app.quit()


timer = QTimer()
timer.timeout.connect(poll)
timer.start(50)
app.exec()
