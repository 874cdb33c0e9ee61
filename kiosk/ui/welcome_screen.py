"""The attract screen: what the campaign is about, a QR code, the live count, and one big button.

The Sign button and the QR code always show; a case summary too long for the screen scrolls
inside its own area, by finger.  The volunteer's way in is the real top-left corner: an
invisible square touching both edges, opened by five taps within three seconds or a
three-second press, with a mouse or a finger."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kiosk.campaign import Campaign
from kiosk.ui.finger_scroll import grab_finger_scrolling
from kiosk.ui.i18n import LANGUAGE_NAMES
from kiosk.ui.qr_view import QrView

ADMIN_TAPS = 5  # taps on the hidden corner, within ADMIN_TAP_WINDOW seconds, open the PIN pad
ADMIN_TAP_WINDOW = 3.0
ADMIN_PRESS_MS = 3000  # or one press held this long
CORNER = 80  # px: the corner square, touching the top and left edges


def qr_side(width: int, height: int, dots_per_cm: float | None) -> int:
    """The QR code's side in pixels: at least 35 % of the shorter screen side, and 8 cm (what a
    phone needs from a metre away) wherever the screen's physical size is known and 8 cm fits
    in half of the shorter side."""
    short = min(width, height)
    side = 0.35 * short
    if dots_per_cm and 8 * dots_per_cm <= short / 2:
        side = max(side, 8 * dots_per_cm)
    return int(side)


class CornerButton(QWidget):
    """Invisible; counts taps and long presses from a mouse or a touch screen.  A plain
    widget, so no button style (padding, minimum sizes) moves it off the corner."""

    triggered = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("adminCorner")
        self.setFixedSize(CORNER, CORNER)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAccessibleName("Volunteer menu")
        self._taps: list[float] = []
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(ADMIN_PRESS_MS)
        self._hold.timeout.connect(self._fire)

    def _fire(self) -> None:
        self._taps = []
        self._hold.stop()
        self.triggered.emit()

    def _pressed(self) -> None:
        now = time.monotonic()
        self._taps = [t for t in self._taps if now - t < ADMIN_TAP_WINDOW] + [now]
        if len(self._taps) >= ADMIN_TAPS:
            self._fire()
        else:
            self._hold.start()

    def event(self, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.MouseButtonPress):
            self._pressed()
            event.accept()
            return True
        if kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel, QEvent.Type.MouseButtonRelease):
            self._hold.stop()
            event.accept()
            return True
        if kind in (QEvent.Type.TouchUpdate, QEvent.Type.MouseButtonDblClick):
            if kind == QEvent.Type.MouseButtonDblClick:
                self._pressed()  # the second press of a quick pair arrives as a double-click
            event.accept()
            return True
        return super().event(event)


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
        self._counts = (0, 0)
        # Enter starts signing for keyboard users; nothing shows a focus ring on arrival.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 24, 0)
        self.admin_corner = CornerButton()
        self.admin_corner.triggered.connect(self.admin_requested.emit)
        top.addWidget(self.admin_corner, 0, Qt.AlignmentFlag.AlignTop)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 12, 0, 0)
        buttons.setSpacing(8)
        top.addLayout(buttons)
        self.contrast = QPushButton("◐")
        self.contrast.setObjectName("contrastToggle")
        self.contrast.setProperty("lang", True)
        self.contrast.setCheckable(True)
        self.contrast.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.contrast.toggled.connect(self.contrast_toggled.emit)
        buttons.addWidget(self.contrast, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addSpacing(12)
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QPushButton] = {}
        for lang in LANGUAGE_NAMES:
            button = QPushButton(LANGUAGE_NAMES[lang])
            button.setObjectName(f"langButton_{lang}")
            button.setProperty("lang", True)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAccessibleName(LANGUAGE_NAMES[lang])
            button.clicked.connect(lambda _=False, code=lang: self.language_requested.emit(code))
            self.language_group.addButton(button)
            self.language_buttons[lang] = button
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)

        # The case on one side, the QR code, count and Sign on the other (stacked in portrait).
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setContentsMargins(40, 0, 40, 20)
        self.body.setSpacing(40)
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
        self.summary.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        grab_finger_scrolling(self.summary)  # one gesture per area
        left.addWidget(self.summary, 1)
        self.body.addLayout(left, 3)

        right = QVBoxLayout()
        right.setSpacing(10)
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
        self.sign_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.sign_button.clicked.connect(self.sign_requested.emit)
        right.addWidget(self.sign_button)
        self.body.addLayout(right, 2)
        outer.addLayout(self.body, 1)
        self.retranslate(self._language)

    def resizeEvent(self, event) -> None:
        # Sized from the window, not this screen (which sits in a scroll area and grows).
        window = self.window()
        portrait = window.height() > window.width()
        self.body.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        screen = window.screen() or QGuiApplication.primaryScreen()
        dots_per_cm = screen.physicalDotsPerInch() / 2.54 if screen else None
        side = qr_side(window.width(), window.height(), dots_per_cm)
        if not portrait:  # never wider than its column
            side = min(side, int((window.width() - 120) * 2 / 5))
        self.qr.setFixedSize(side, side)
        super().resizeEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sign_requested.emit()
            return
        super().keyPressEvent(event)

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
