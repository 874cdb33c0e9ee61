"""A tick box whose outline and tick show in every theme, and a consent line that wraps.

The stylesheet draws the indicator's outline and fill (the platform style drew black on black
in high contrast); the tick is painted here in the text colour, thick enough to see from a
step away.  A QCheckBox cannot wrap its text, so a consent is a box plus a wrapping label
that toggles it when tapped."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyleOptionButton,
    QWidget,
)


class TickBox(QCheckBox):
    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self.isChecked():
            return
        option = QStyleOptionButton()
        self.initStyleOption(option)
        box = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().windowText().color(), max(3.0, box.width() / 7))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        x, y, w, h = box.x(), box.y(), box.width(), box.height()
        painter.drawPolyline(
            [
                QPointF(x + w * 0.24, y + h * 0.52),
                QPointF(x + w * 0.43, y + h * 0.72),
                QPointF(x + w * 0.78, y + h * 0.30),
            ]
        )


class _TapLabel(QLabel):
    tapped = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.tapped.emit()
        super().mouseReleaseEvent(event)


class ConsentRow(QWidget):
    """[tick box] a consent in words, wrapped to the width it gets; a tap anywhere toggles."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.box = TickBox()
        self.box.setObjectName(name)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        self.label = _TapLabel()
        self.label.setObjectName(f"{name}Text")
        self.label.setProperty("role", "consent")
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        self.label.tapped.connect(self.box.toggle)
        layout.addWidget(self.label, 1)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.box.setAccessibleName(text)
