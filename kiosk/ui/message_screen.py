"""A calm full-screen message (an error, or a refusal to start) that returns by itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class MessageScreen(QWidget):
    done = Signal()

    def __init__(self, seconds: int = 10, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("errorScreen")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(seconds * 1000)
        self.timer.timeout.connect(self.done.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 40, 80, 40)
        layout.addStretch(1)
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.body = QLabel()
        self.body.setObjectName("messageBody")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        layout.addWidget(self.body)
        layout.addSpacing(30)
        self.ok = QPushButton("OK")
        self.ok.setObjectName("errorOk")
        self.ok.clicked.connect(self.done.emit)
        layout.addWidget(self.ok, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def show_message(self, title: str, body: str, auto_return: bool = True) -> None:
        self.title.setText(title)
        self.body.setText(body)
        self.ok.setText(self.tr("OK"))
        if auto_return:
            self.timer.start()
