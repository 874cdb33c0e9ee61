"""The attract screen: what the campaign is about, a QR code, the live count, and one big button."""

from __future__ import annotations

import time

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kiosk.campaign import Campaign
from kiosk.ui.i18n import LANGUAGE_NAMES
from kiosk.ui.qr_view import QrView

ADMIN_TAPS = 5  # taps on the hidden corner, within ADMIN_TAP_WINDOW seconds, open the PIN pad
ADMIN_TAP_WINDOW = 4.0


class WelcomeScreen(QWidget):
    sign_requested = Signal()
    admin_requested = Signal()
    language_requested = Signal(str)
    contrast_toggled = Signal(bool)

    def __init__(self, campaign: Campaign, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomeScreen")
        self.campaign = campaign
        self._language = campaign.default_language
        self._taps: list[float] = []
        self._counts = (0, 0)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 12, 40, 16)
        top = QHBoxLayout()
        self.admin_corner = QPushButton("")
        self.admin_corner.setObjectName("adminCorner")
        self.admin_corner.setFixedSize(64, 64)
        self.admin_corner.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.admin_corner.clicked.connect(self._corner_tapped)
        top.addWidget(self.admin_corner)
        top.addStretch(1)
        self.contrast = QPushButton("◐")
        self.contrast.setObjectName("contrastToggle")
        self.contrast.setProperty("lang", True)
        self.contrast.setCheckable(True)
        self.contrast.toggled.connect(self.contrast_toggled.emit)
        top.addWidget(self.contrast)
        top.addSpacing(12)
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QPushButton] = {}
        for lang in LANGUAGE_NAMES:
            button = QPushButton(LANGUAGE_NAMES[lang])
            button.setObjectName(f"langButton_{lang}")
            button.setProperty("lang", True)
            button.setCheckable(True)
            button.setAccessibleName(LANGUAGE_NAMES[lang])
            button.clicked.connect(lambda _=False, code=lang: self.language_requested.emit(code))
            self.language_group.addButton(button)
            self.language_buttons[lang] = button
            top.addWidget(button)
        outer.addLayout(top)

        body = QHBoxLayout()
        body.setSpacing(48)
        left = QVBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("campaignTitle")
        self.title.setWordWrap(True)
        left.addWidget(self.title)
        self.summary = QTextBrowser()
        self.summary.setObjectName("caseSummary")
        self.summary.setOpenLinks(False)
        self.summary.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.summary.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left.addWidget(self.summary, 1)
        body.addLayout(left, 3)

        right = QVBoxLayout()
        right.addStretch(1)
        self.qr = QrView(campaign.petition_url)
        right.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        self.qr_caption = QLabel()
        self.qr_caption.setObjectName("qrCaption")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption.setWordWrap(True)
        right.addWidget(self.qr_caption)
        right.addStretch(1)
        self.count = QLabel()
        self.count.setObjectName("signatureCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setWordWrap(True)
        right.addWidget(self.count)
        right.addStretch(1)
        self.sign_button = QPushButton()
        self.sign_button.setObjectName("startSigning")
        self.sign_button.setProperty("primary", True)
        self.sign_button.clicked.connect(self.sign_requested.emit)
        right.addWidget(self.sign_button)
        right.addStretch(1)
        body.addLayout(right, 2)
        outer.addLayout(body, 1)
        self.retranslate(self._language)

    def resizeEvent(self, event) -> None:
        # The QR code grows with the screen (readable by a phone from a step away).
        # From the window, not this screen: the screen grows with its content in a scroll area.
        side = int(min(max(self.window().height() * 0.28, 150), 420))
        self.qr.setFixedSize(side, side)
        super().resizeEvent(event)

    def _corner_tapped(self) -> None:
        now = time.monotonic()
        self._taps = [t for t in self._taps if now - t < ADMIN_TAP_WINDOW] + [now]
        if len(self._taps) >= ADMIN_TAPS:
            self._taps = []
            self.admin_requested.emit()

    def set_counts(self, event_count: int, total: int) -> None:
        self._counts = (event_count, total)
        locale = QLocale()
        self.count.setText(
            self.tr("At this event: %1").replace("%1", locale.toString(event_count))
            + "\n"
            + self.tr("In total: %1").replace("%1", locale.toString(total))
        )
        self.count.setAccessibleName(self.count.text())

    def retranslate(self, language: str) -> None:
        self._language = language
        c = self.campaign
        self.title.setText(c.text(c.title, language))
        self.summary.setMarkdown(c.summary(language))
        self.qr_caption.setText(self.tr("Or scan to sign online") + "\n" + c.petition_url)
        self.sign_button.setText(self.tr("Sign the petition"))
        self.sign_button.setAccessibleName(self.sign_button.text())
        self.admin_corner.setAccessibleName(self.tr("Volunteer menu"))
        self.contrast.setText("◐ " + self.tr("High contrast"))
        self.contrast.setAccessibleName(self.tr("High contrast"))
        for lang, button in self.language_buttons.items():
            button.setChecked(lang == language)
        self.set_counts(*self._counts)
