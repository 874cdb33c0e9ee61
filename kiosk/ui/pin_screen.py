"""The PIN pad between the attendee side and the volunteer menu."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.models import PinCheck
from kiosk.ui.banner import Banner
from kiosk.ui.pin_pad import PinPad
from kiosk.ui.ports import PinPort


class PinScreen(QWidget):
    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, pins: PinPort, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pinScreen")
        self.pins = pins
        self._wait = 0
        self.last_check: PinCheck | None = None
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel()
        self.title.setObjectName("heading")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.status = Banner("pinStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.status, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        self.pad = PinPad()
        self.pad.setMinimumWidth(360)
        for button in self.pad.buttons.values():
            button.setProperty("key", True)
        self.pad.submitted.connect(self._check)
        row.addWidget(self.pad)
        row.addStretch(1)
        layout.addLayout(row)
        self.cancel = QPushButton()
        self.cancel.setObjectName("pinCancel")
        self.cancel.clicked.connect(self._cancel)
        layout.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.retranslate("en")

    def start(self) -> None:
        self.pad.clear()
        self.status.clear_message()
        self._set_wait(self.pins.locked_for())
        self.pad.setFocus()

    def _cancel(self) -> None:
        self.pad.clear()
        self.countdown.stop()
        self.cancelled.emit()

    def _check(self, pin: str) -> None:
        if self._wait:
            return
        if not pin:  # nothing typed yet: ask, do not count it as a wrong PIN
            self.status.show_message("warning", self.tr("Type the PIN, then OK."))
            return
        result = self.pins.check(pin)
        self.last_check = result
        if result.ok:
            self.status.clear_message()
            self.unlocked.emit()
            return
        left = result.tries_left
        if left:
            self.status.show_message(
                "error",
                self.tr("Wrong PIN. %1 more tries before a pause.").replace("%1", str(left))
                if left > 1
                else self.tr("Wrong PIN. One more try before a pause."),
            )
        self._set_wait(result.wait_seconds)

    def _set_wait(self, seconds: int) -> None:
        self._wait = seconds
        self.pad.set_enabled_keys(seconds == 0)
        if seconds:
            self.countdown.start()
            self._show_wait()
        else:
            self.countdown.stop()

    def _show_wait(self) -> None:
        self.status.show_message(
            "error",
            self.tr("Too many wrong PINs. Try again in %1 s.").replace("%1", str(self._wait)),
        )

    def _tick(self) -> None:
        self._wait = max(self._wait - 1, 0)
        if self._wait:
            self._show_wait()
        else:
            self.status.clear_message()
            self._set_wait(self.pins.locked_for())

    def retranslate(self, language: str) -> None:
        self.title.setText(self.tr("Volunteer PIN"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.cancel.text())
