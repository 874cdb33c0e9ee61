"""What a person would notice on a screen, found by geometry: a control cut off by the window
or by the area it sits in, a label whose text needs more room than it got, controls lying over
each other, a screen that needs scrolling.  Used by the layout test matrix."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollBar,
    QWidget,
)

# Drawn over the screen on purpose; checked on their own, not as overlapping siblings.
OVERLAYS = {"idleOverlay", "privacyPanel"}
CONTROLS = (QLabel, QAbstractButton, QLineEdit)


def window_rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def shown_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of the widget its ancestors (scroll viewports, the window) let show."""
    rect = window_rect(widget, window)
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(window_rect(parent, window))
        parent = parent.parentWidget()
    return rect.intersected(window.rect())


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    return f"{type(widget).__name__}#{widget.objectName() or '?'} {text[:30]!r}"


def _inside_scrolling_content(widget: QWidget, scrolling: tuple[QWidget, ...]) -> bool:
    return any(area.isAncestorOf(widget) for area in scrolling)


def layout_problems(
    window: QMainWindow, root: QWidget, scrolling: tuple[QWidget, ...] = ()
) -> list[str]:
    """Problems in ``root``'s visible subtree. ``scrolling``: areas whose content may scroll
    by design (the case summary, the form while the keyboard is open): their children are
    not required to be fully in view."""
    problems: list[str] = []
    widgets = [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible()
        and not isinstance(w, QScrollBar)
        and not w.objectName().startswith("qt_")  # a scroll area's own parts
    ]
    for widget in widgets:
        drawn = widget.objectName() in ("signaturePad", "petitionQr", "shareQr")
        if not (drawn or isinstance(widget, (*CONTROLS, QAbstractScrollArea))):
            continue
        whole = window_rect(widget, window)
        scrolls = _inside_scrolling_content(widget, scrolling)
        if not scrolls and shown_rect(widget, window) != whole:
            problems.append(f"cut off: {_name(widget)} at {whole}")
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    problems.append(
                        f"text needs {needed} px, has {widget.height()}: {_name(widget)}"
                    )
            else:
                hint = widget.sizeHint()
                if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
                    size = widget.size().toTuple()
                    problems.append(f"text needs {hint.toTuple()}, has {size}: {_name(widget)}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint()
            if hint.width() > widget.width() + 1:
                problems.append(
                    f"text needs {hint.width()} px wide, has {widget.width()}: {_name(widget)}"
                )
    # Siblings in the same parent must not lie over each other.
    by_parent: dict[int, list[QWidget]] = {}
    for widget in widgets:
        if widget.objectName() in OVERLAYS or widget.isWindow():
            continue
        by_parent.setdefault(id(widget.parentWidget()), []).append(widget)
    for siblings in by_parent.values():
        for i, a in enumerate(siblings):
            for b in siblings[i + 1 :]:
                if a.geometry().intersects(b.geometry()):
                    problems.append(f"overlap: {_name(a)} and {_name(b)}")
    return problems
