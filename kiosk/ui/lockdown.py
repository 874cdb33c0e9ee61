"""Keep a locked kiosk in front, with the keys to itself.

Full screen and stay-on-top are requests a window manager may ignore: with openbox's default
keys, Super+F2, Ctrl+Alt+→ or Alt+Space → "Send to desktop" move the window away, and a
right-click on the bare desktop opens a terminal.  So, while locked:

- the window bypasses the window manager (X11 override-redirect): the manager cannot move it
  to another desktop, minimise it or open its window menu, and it stays above every managed
  window on every desktop;
- it grabs the keyboard, so the manager's shortcuts reach the kiosk instead (an active grab
  outranks the manager's passive key grabs);
- when it loses the focus, is hidden or is minimised, it takes them back at once.

On macOS the app also hides the Dock and the menu bar and blocks process switching
(kiosk.ui.macos_presentation).  Elsewhere (Wayland compositors, Windows) the hints do what
the platform allows; the kiosk session scripts in packaging/ do the rest.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui import macos_presentation

log = logging.getLogger(__name__)

LOCKED_FLAGS = (
    Qt.WindowType.FramelessWindowHint
    | Qt.WindowType.WindowStaysOnTopHint
    | Qt.WindowType.X11BypassWindowManagerHint
)
RECLAIM_MS = 150  # how soon a lost focus is taken back


class Lockdown(QObject):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.engaged = False
        self._reclaim = QTimer(self)
        self._reclaim.setSingleShot(True)
        self._reclaim.setInterval(RECLAIM_MS)
        self._reclaim.timeout.connect(self.reclaim)

    def show_locked(self) -> None:
        """Show the window full screen, above everything, holding the keyboard."""
        window = self.window
        window.setWindowFlags(LOCKED_FLAGS)
        # Without a window manager, full screen alone keeps the old size: set it outright.
        screen = window.screen() or QGuiApplication.primaryScreen()
        window.setGeometry(screen.geometry())
        window.showFullScreen()
        self.engaged = True
        macos_presentation.set_locked(True)  # the Dock, the menu bar, Cmd+Tab (macOS only)
        window.installEventFilter(self)
        QGuiApplication.instance().focusWindowChanged.connect(self._focus_changed)
        QTimer.singleShot(0, self.reclaim)
        log.info("kiosk locked: full screen, above the window manager, keyboard held")

    def release(self) -> None:
        """On exit by a volunteer: let go of the keyboard."""
        if self.engaged:
            self.engaged = False
            self._reclaim.stop()
            self.window.releaseKeyboard()
            macos_presentation.set_locked(False)

    def reclaim(self) -> None:
        if not self.engaged:
            return
        if _own_dialog_open(self.window):
            return  # a dialog of ours (a folder chooser) has the keyboard for now
        window = self.window
        if not window.isVisible() or window.isMinimized():
            window.showFullScreen()
        window.raise_()
        window.activateWindow()
        self._hold_keyboard()

    def _hold_keyboard(self) -> None:
        if QGuiApplication.platformName() != "offscreen":  # nothing to hold there
            self.window.grabKeyboard()

    def _focus_changed(self, focus_window) -> None:
        if self.engaged and focus_window is not self.window.windowHandle():
            if _own_dialog_open(self.window):
                self.window.releaseKeyboard()  # the dialog types; reclaimed when it closes
            self._reclaim.start()

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if self.engaged and kind == QEvent.Type.WindowActivate:
            self._hold_keyboard()  # back from a dialog of ours: the keyboard again
        elif self.engaged and kind in (
            QEvent.Type.WindowDeactivate,
            QEvent.Type.Hide,
            QEvent.Type.WindowStateChange,
        ):
            self._reclaim.start()
        return False


def _own_dialog_open(window: QWidget) -> bool:
    modal = QApplication.activeModalWidget()
    return modal is not None and modal is not window
