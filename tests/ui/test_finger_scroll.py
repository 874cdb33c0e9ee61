"""Finger scrolling finds each scroll area's own viewport, by the cheap route or the usual one."""

import pytest
from PySide6.QtWidgets import QScrollArea, QScroller, QTextBrowser, QWidget

from kiosk.ui.finger_scroll import grab_finger_scrolling, viewport_of


@pytest.mark.parametrize("kind", [QTextBrowser, QScrollArea])
def test_the_viewport_found_by_name_is_the_areas_own(qtbot, kind):
    area = kind()
    qtbot.addWidget(area)
    area.setViewport(area.viewport())  # unchanged: still the one Qt made and named
    assert viewport_of(area) is area.viewport()
    grab_finger_scrolling(area)
    assert QScroller.hasScroller(area.viewport())


def test_a_viewport_set_by_hand_is_still_found(qtbot):
    """A viewport Qt did not name (set by a caller) falls back to ``viewport()``; the
    viewport of a scroll area inside the content is never taken for it."""
    area = QScrollArea()
    qtbot.addWidget(area)
    own = QWidget()
    area.setViewport(own)
    inner = QTextBrowser()
    area.setWidget(inner)
    assert viewport_of(area) is own
    grab_finger_scrolling(area)
    assert QScroller.hasScroller(own)
