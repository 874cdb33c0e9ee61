"""A message label that keeps room for its text even while empty, so nothing moves when a
validation message appears or clears."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget


class ReservedLabel(QLabel):
    def __init__(self, lines: int = 2, parent: QWidget | None = None):
        super().__init__(parent)
        self._lines = lines
        self.setWordWrap(True)

    def _reserve(self) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().lineSpacing() * self._lines + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._reserve()))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._reserve()))

    def heightForWidth(self, width: int) -> int:
        return max(super().heightForWidth(width), self._reserve())
