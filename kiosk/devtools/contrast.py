"""WCAG contrast measured on rendered pixels, as a low-vision signer meets it: the text of
every label, button and field against what is behind it, and the outline of every control
(fields, buttons, tick boxes, the pad, the focus ring) against what surrounds it."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from kiosk.devtools.layout_check import shown_rect, window_rect


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _pixels(image: QImage, rect: QRect) -> list[QColor]:
    rect = rect.intersected(image.rect())
    step = max(1, min(rect.width(), rect.height()) // 40)
    return [
        image.pixelColor(x, y)
        for y in range(rect.top(), rect.bottom() + 1, step)
        for x in range(rect.left(), rect.right() + 1, 1)
    ]


def text_contrast(image: QImage, rect: QRect) -> float:
    """Background: the commonest colour in the rectangle; text: the colour in it that stands
    out most from that background (the core of the glyphs)."""
    pixels = _pixels(image, rect)
    if not pixels:
        return 21.0
    background = QColor(Counter(p.rgb() for p in pixels).most_common(1)[0][0])
    return max(contrast_ratio(background, p) for p in pixels)


def _edge_contrast(image: QImage, outer: QRect) -> float:
    """The control's outline (just inside its left edge, halfway down) against the pixels
    just outside it."""
    y = outer.center().y()
    inside = [image.pixelColor(outer.left() + dx, y) for dx in (0, 1, 2)]
    outside = image.pixelColor(max(outer.left() - 3, 0), y)
    return max(contrast_ratio(outside, c) for c in inside)


def contrast_problems(
    window: QWidget, root: QWidget, text_min: float = 7.0, edge_min: float = 3.0
) -> list[str]:
    image = window.grab().toImage()
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled() or widget.objectName() == "adminCorner":
            continue
        rect = window_rect(widget, window)
        if shown_rect(widget, window) != rect:
            continue  # scrolled partly out of view: what shows is measured where it shows
        name = f"{type(widget).__name__}#{widget.objectName()}"
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)) else ""
        if text.strip() and not isinstance(widget, (QCheckBox, QRadioButton)):
            ratio = text_contrast(image, rect.adjusted(4, 4, -4, -4))
            if ratio < text_min:
                problems.append(f"text {ratio:.1f}:1 < {text_min}: {name} {text[:24]!r}")
        edge: QRect | None = None
        if isinstance(widget, (QCheckBox, QRadioButton)):
            option = QStyleOptionButton()
            widget.initStyleOption(option)
            element = (
                QStyle.SubElement.SE_CheckBoxIndicator
                if isinstance(widget, QCheckBox)
                else QStyle.SubElement.SE_RadioButtonIndicator
            )
            box = widget.style().subElementRect(element, option, widget)
            edge = box.translated(rect.topLeft())
        elif (
            isinstance(widget, QLineEdit)
            or widget.objectName() == "signaturePad"
            or (isinstance(widget, QAbstractButton) and not widget.property("link"))
        ):
            edge = rect
        if edge is not None:
            ratio = _edge_contrast(image, edge)
            if ratio < edge_min:
                problems.append(f"outline {ratio:.1f}:1 < {edge_min}: {name} {text[:24]!r}")
    return problems
