"""The kiosk as an X client for tests/x11: types a signer's email, selects it (which puts it
in the PRIMARY selection), then wipes when the test asks, through files in a folder."""

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.ui.main_window import MainWindow
from tests.ui.fakes import fake_ports

folder = Path(sys.argv[1])
secret = sys.argv[2]
app = QApplication([])
window = MainWindow(fake_ports())
window.resize(1024, 600)
window.show()


def type_and_select() -> None:
    window.start_signing()
    field = window.sign.inputs["email"]
    field.setFocus()
    field.setText(secret)
    # Ctrl+A, as a signer would: on X11 this copies the text into PRIMARY.
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QGuiApplication.clipboard().setText(secret, QClipboard.Mode.Clipboard)
    (folder / "selected").write_text("")


def poll() -> None:
    if (folder / "wipe").exists() and not (folder / "wiped").exists():
        window.go_welcome()
        (folder / "wiped").write_text("")
    if (folder / "quit").exists():
        window.exit_kiosk()
        app.quit()


QTimer.singleShot(300, type_and_select)
timer = QTimer()
timer.timeout.connect(poll)
timer.start(50)
app.exec()
