"""Kinetic finger scrolling for a scroll area, without slowing the kiosk's first frame."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QScroller, QWidget

# The name Qt gives every scroll area's viewport (QAbstractScrollAreaPrivate::init, Qt 4-6).
_VIEWPORT_NAME = "qt_scrollarea_viewport"


def viewport_of(area: QAbstractScrollArea) -> QWidget:
    """The area's viewport.  Found by name first: the first ``viewport()`` call of a process
    costs 11-12 ms, as PySide loads every QWidget subclass to find the object's Python type,
    about 5 % of the kiosk's start to its first frame (the welcome screen's case summary)."""
    # Direct children only: a scroll area inside the content has a viewport of that name too.
    found = area.findChild(QWidget, _VIEWPORT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else area.viewport()


def grab_finger_scrolling(area: QAbstractScrollArea) -> None:
    """A finger drags the area's content (the gesture Qt recognises from touch; a mouse keeps
    the scroll bar and the wheel)."""
    QScroller.grabGesture(viewport_of(area), QScroller.ScrollerGestureType.TouchGesture)
