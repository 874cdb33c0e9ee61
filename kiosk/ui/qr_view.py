"""A QR code drawn as crisp squares at any size (no bitmap scaling blur)."""

from __future__ import annotations

import sys

# qrcode imports its Pillow drawers "for backwards compatibility" (13 ms and several MB before
# the first frame); this view draws the modules itself, so that optional import is declined.
sys.modules.setdefault("qrcode.image.styles.moduledrawers.pil", None)  # type: ignore[arg-type]

import qrcode  # noqa: E402
from PySide6.QtCore import QRectF, QSize, Qt  # noqa: E402
from PySide6.QtGui import QColor, QPainter  # noqa: E402
from PySide6.QtWidgets import QSizePolicy, QWidget  # noqa: E402

QUIET_ZONE = 4  # modules of white border scanners need


def qr_matrix(text: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


class QrView(QWidget):
    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("petitionQr")
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._matrix: list[list[bool]] = []
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self._text = text
        self._matrix = qr_matrix(text) if text else []
        self.setAccessibleName(f"QR code: {text}")
        self.update()

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height())
        left, top = (self.width() - side) / 2, (self.height() - side) / 2
        painter.fillRect(QRectF(left, top, side, side), QColor("white"))
        if not self._matrix:
            return
        modules = len(self._matrix) + 2 * QUIET_ZONE
        cell = side / modules
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    # Slight overlap so adjacent modules never show hairline gaps.
                    painter.drawRect(
                        QRectF(
                            left + (x + QUIET_ZONE) * cell,
                            top + (y + QUIET_ZONE) * cell,
                            cell + 0.5,
                            cell + 0.5,
                        )
                    )
