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


def browse() -> None:
    from kiosk.ui.file_chooser import choose_folder

    (folder / "chosen").write_text(choose_folder(window, "Choose a folder", str(folder)))


def poll() -> None:
    if (folder / "browse").exists():
        (folder / "browse").unlink()
        QTimer.singleShot(0, browse)  # modal: runs its own loop, this timer keeps polling
    if not (folder / "shown").exists() and window.isVisible():
        (folder / "shown").write_text("")
    ask = folder / "ask"
    if ask.exists():
        ask.unlink()
        active = window.isActiveWindow() and window.isVisible() and not window.isMinimized()
        focus = QGuiApplication.focusWindow()
        detail = "" if active else f" (focus: {focus.objectName() if focus else None})"
        (folder / "answer").write_text(("front" if active else "away") + detail)
    if (folder / "quit").exists():
        window.exit_kiosk()
        app.quit()


timer = QTimer()
timer.timeout.connect(poll)
timer.start(50)
app.exec()
