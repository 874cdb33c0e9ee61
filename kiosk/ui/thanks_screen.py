"""Shown only after the durable commit returned; goes back to the welcome screen by itself,
with the seconds left on screen and a Done button for the signer who is finished."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.campaign import Campaign
from kiosk.core.models import Receipt
from kiosk.ui.qr_view import QrView


class ThanksScreen(QWidget):
    done = Signal()

    def __init__(self, campaign: Campaign, seconds: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("thanksScreen")
        self._receipt: Receipt | None = None
        self._seconds = seconds
        self._left = seconds
        # One tick a second while shown (never on the welcome screen); the last one leaves.
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(10)
        layout.addStretch(1)
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.detail = QLabel()
        self.detail.setObjectName("thanksDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        self.qr = QrView(campaign.petition_url)
        self.qr.setObjectName("shareQr")
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        self.share = QLabel()
        self.share.setObjectName("qrCaption")
        self.share.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.share.setWordWrap(True)
        layout.addWidget(self.share)
        self.done_button = QPushButton()
        self.done_button.setObjectName("thanksDone")
        self.done_button.setProperty("primary", True)
        self.done_button.clicked.connect(self._finish)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.countdown = QLabel()
        self.countdown.setObjectName("thanksCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setWordWrap(True)
        layout.addWidget(self.countdown)
        layout.addStretch(1)
        self.campaign = campaign
        self.retranslate(campaign.default_language)

    def resizeEvent(self, event) -> None:
        window = self.window()
        side = int(min(window.width(), window.height()) * 0.3)
        self.qr.setFixedSize(side, side)
        super().resizeEvent(event)

    def show_receipt(self, receipt: Receipt) -> None:
        self._receipt = receipt
        self._left = self._seconds
        self._render()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self._finish()
        else:
            self._render()

    def _finish(self) -> None:
        self.timer.stop()
        self.done.emit()

    def _render(self) -> None:
        number = QLocale().toString(self._receipt.event_count) if self._receipt else ""
        # "Your number", not "you are the Nth": the same in every language and every gender.
        self.detail.setText(
            self.tr("Your signature is saved.")
            + "\n"
            + self.tr("Your number: %1").replace("%1", number)
            if self._receipt
            else ""
        )
        self.countdown.setText(self.tr("Back to the start in %n second(s)", "", self._left))

    def retranslate(self, language: str) -> None:
        self.title.setText(self.tr("Thank you!"))
        self.share.setText(
            self.tr("Share the petition with friends: scan the code")
            + "\n"
            + self.campaign.petition_url
        )
        self.done_button.setText(self.tr("Done"))
        self.done_button.setAccessibleName(self.done_button.text())
        self._render()
