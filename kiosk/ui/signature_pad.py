"""Draw a signature with a finger, stylus (with pressure) or mouse.  Stored as vector strokes."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPointingDevice
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.core.models import Stroke, pad_point
from kiosk.core.validation import MAX_POINTS

DEFAULT_PRESSURE = 0.5


def smooth_path(points: list[QPointF]) -> QPainterPath:
    """Quadratic curves through the midpoints: smooth lines from jittery input."""
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(points[0])
    if len(points) < 3:
        for p in points[1:]:
            path.lineTo(p)
        return path
    for current, following in pairwise(points[1:]):
        mid = (current + following) / 2
        path.quadTo(current, mid)
    path.lineTo(points[-1])
    return path


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setMinimumSize(240, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAccessibleName("Signature pad")
        self._strokes: list[Stroke] = []
        self._points = 0

    def sizeHint(self) -> QSize:
        # Small on purpose: the form's scroll area sizes to the preferred height, and the pad
        # (Expanding) takes whatever room is left anyway.
        return QSize(600, self.minimumHeight())

    # --- data ---
    def strokes(self) -> list[Stroke]:
        return [list(s) for s in self._strokes if len(s) > 0]

    def is_empty(self) -> bool:
        return not any(self._strokes)

    def clear(self) -> None:
        """Forget every stroke (there is no undo history to leak)."""
        self._strokes = []
        self._points = 0
        self.update()
        self.changed.emit()

    def _normalised(self, pos: QPointF, pressure: float) -> tuple[float, float, float]:
        # Both axes are divided by the width, so the drawing keeps its shape when printed.
        w, h = max(self.width(), 1), max(self.height(), 1)
        return pad_point(
            min(max(pos.x() / w, 0.0), 1.0),
            min(max(pos.y(), 0.0), h) / w,
            min(max(pressure, 0.05), 1.0),
        )

    def _begin(self, pos: QPointF, pressure: float) -> None:
        if self._points >= MAX_POINTS:
            return
        self._strokes.append([self._normalised(pos, pressure)])
        self._points += 1
        self.update()

    def _extend(self, pos: QPointF, pressure: float) -> None:
        if not self._strokes or self._points >= MAX_POINTS:
            return
        self._strokes[-1].append(self._normalised(pos, pressure))
        self._points += 1
        self.update()

    def _end(self) -> None:
        self.changed.emit()

    # --- input: mouse, tablet (pressure) and touch ---
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), DEFAULT_PRESSURE)

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), DEFAULT_PRESSURE)

    def mouseReleaseEvent(self, _event) -> None:
        self._end()

    def tabletEvent(self, event) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position(), event.pressure())
        elif kind == QEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position(), event.pressure())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            device = event.pointingDevice()
            if device and device.type() == QPointingDevice.DeviceType.TouchScreen:
                point = event.points()[0]
                if kind == QEvent.Type.TouchBegin:
                    self._begin(point.position(), DEFAULT_PRESSURE)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(point.position(), DEFAULT_PRESSURE)
                else:
                    self._end()
                event.accept()
                return True
        return super().event(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))  # paper, in either theme
        # The outline in the theme's text colour: the pad's edge shows on any background.
        painter.setPen(QPen(self.palette().windowText().color(), 3))
        painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        baseline = self.height() * 0.78
        painter.setPen(QPen(QColor("#5f6b78"), 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(24, baseline), QPointF(self.width() - 24, baseline))
        w = self.width()
        for stroke in self._strokes:
            pressure = sum(p for _, _, p in stroke) / len(stroke)
            painter.setPen(
                QPen(
                    QColor("#10203a"),
                    1.5 + 4 * pressure,
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin,
                )
            )
            points = [QPointF(x * w, y * w) for x, y, _ in stroke]
            if len(points) == 1:
                painter.drawPoint(points[0])
            else:
                painter.drawPath(smooth_path(points))
