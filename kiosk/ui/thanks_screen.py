"""Shown only after the durable commit returned; goes back to the welcome screen by itself."""

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
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(seconds * 1000)
        self.timer.timeout.connect(self.done.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addStretch(1)
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.detail = QLabel()
        self.detail.setObjectName("thanksDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        layout.addSpacing(20)
        self.qr = QrView(campaign.petition_url)
        self.qr.setObjectName("shareQr")
        self.qr.setFixedSize(220, 220)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        self.share = QLabel()
        self.share.setObjectName("qrCaption")
        self.share.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.share.setWordWrap(True)
        layout.addWidget(self.share)
        layout.addSpacing(20)
        self.done_button = QPushButton()
        self.done_button.setObjectName("thanksDone")
        self.done_button.clicked.connect(self.done.emit)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.campaign = campaign
        self.retranslate(campaign.default_language)

    def show_receipt(self, receipt: Receipt) -> None:
        self._receipt = receipt
        self._render()
        self.timer.start()

    def _render(self) -> None:
        if self._receipt is None:
            self.detail.setText("")
            return
        number = QLocale().toString(self._receipt.event_count)
        self.detail.setText(
            self.tr("Your signature is saved. You are number %1 at this event.").replace(
                "%1", number
            )
        )

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
