"""Privacy on idle: a visible "still there?" countdown, then the form is wiped."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.KeyPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress,
    QEvent.Type.TabletMove,
    QEvent.Type.Wheel,
    QEvent.Type.InputMethod,
}


class IdleGuard(QObject):
    """Counts idle seconds while armed; any input resets the count.

    Unarmed (the welcome screen) it costs nothing: no timer runs and its application-wide
    event filter is removed, so no event passes through Python on the kiosk's behalf."""

    warn = Signal(int)  # seconds left
    timed_out = Signal()
    activity = Signal()

    def __init__(self, timeout_s: int, warning_s: int, parent: QObject | None = None):
        super().__init__(parent)
        self.timeout_s, self.warning_s = timeout_s, min(warning_s, timeout_s)
        self.idle = 0
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)

    def arm(self) -> None:
        self.idle = 0
        if not self.timer.isActive():
            QCoreApplication.instance().installEventFilter(self)
        self.timer.start()

    def disarm(self) -> None:
        if self.timer.isActive():
            QCoreApplication.instance().removeEventFilter(self)
        self.timer.stop()

    @property
    def armed(self) -> bool:
        return self.timer.isActive()

    def eventFilter(self, watched, event) -> bool:
        if self.armed and self.idle and event.type() in INPUT_EVENTS:
            self.idle = 0
            self.activity.emit()
        return False

    def _tick(self) -> None:
        self.idle += 1
        left = self.timeout_s - self.idle
        if left <= 0:
            self.disarm()
            self.timed_out.emit()
        elif left <= self.warning_s:
            self.warn.emit(left)


class IdleOverlay(QFrame):
    still_here = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("idleOverlay")
        layout = QVBoxLayout(self)
        card = QFrame()
        card.setObjectName("idleCard")
        card.setMaximumWidth(640)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(40, 30, 40, 30)
        self.title = QLabel()
        self.title.setObjectName("heading")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel()
        self.detail.setObjectName("idleCountdown")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("stillHere")
        self.button.setProperty("primary", True)
        self.button.clicked.connect(self.still_here.emit)
        inner.addWidget(self.title)
        inner.addWidget(self.detail)
        inner.addWidget(self.button)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignCenter)
        self.hide()

    def show_countdown(self, seconds: int) -> None:
        self.title.setText(self.tr("Still there?"))
        self.detail.setText(
            self.tr("For your privacy, this form will be cleared in %1 s.").replace(
                "%1", str(seconds)
            )
        )
        self.button.setText(self.tr("I'm still here"))
        self.button.setAccessibleName(self.button.text())
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
