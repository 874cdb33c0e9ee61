"""A stack of full-window screens where each screen scrolls when the display is too small.

A plain QStackedWidget takes the largest minimum size of all its pages, so one tall screen
(the volunteer menu) would make the kiosk taller than a 1024x600 tablet.  Each screen sits
in a frameless scroll area instead; callers still add, show and ask for the screens
themselves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget

from kiosk.ui.finger_scroll import grab_finger_scrolling


class ScreenStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._holders: dict[QWidget, QScrollArea] = {}

    def add_screen(self, screen: QWidget, finger_scroll: bool = False) -> None:
        holder = QScrollArea()
        holder.setObjectName(f"{screen.objectName()}Holder")
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setWidgetResizable(True)
        holder.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Never take focus: a tap on a no-focus key (on-screen keyboard) would land here
        # instead of staying in the field being typed in.
        holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        holder.setWidget(screen)
        if finger_scroll:
            # A screen that may scroll (the volunteer menu on a small tablet) scrolls by finger.
            # Not the attendee screens: they fit by design, and their own areas (the case
            # summary, the form) take the finger instead.
            grab_finger_scrolling(holder)
        self._holders[screen] = holder
        self.addWidget(holder)

    def setCurrentWidget(self, screen: QWidget) -> None:
        holder = self._holders.get(screen)
        super().setCurrentWidget(holder if holder is not None else screen)
        if holder is not None:
            holder.verticalScrollBar().setValue(0)

    def holder_of(self, screen: QWidget) -> QScrollArea | None:
        """The scroll area a screen sits in (its scroll bar shows when the screen does not fit)."""
        return self._holders.get(screen)

    def currentWidget(self) -> QWidget:
        current = super().currentWidget()
        return current.widget() if isinstance(current, QScrollArea) else current
