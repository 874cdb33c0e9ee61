"""Leave nothing of one attendee for the next in any clipboard the platform has.

On X11, selecting text (a double-click, Ctrl+A) copies it into the PRIMARY selection, and a
middle-click pastes it anywhere: clearing only the ordinary clipboard leaves the last signer's
email one click away.  macOS has a separate find pasteboard."""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

MODES = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection, QClipboard.Mode.FindBuffer)


def wipe_clipboards() -> list[QClipboard.Mode]:
    """Deselect every field of ours, then empty each clipboard this platform supports.
    Returns the modes that were cleared."""
    app = QApplication.instance()
    if app is not None:
        for window in QApplication.topLevelWidgets():
            for edit in window.findChildren(QLineEdit):
                edit.deselect()
    clipboard = QGuiApplication.clipboard()
    cleared = [QClipboard.Mode.Clipboard]
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
        cleared.append(QClipboard.Mode.Selection)
    if clipboard.supportsFindBuffer():
        clipboard.clear(QClipboard.Mode.FindBuffer)
        cleared.append(QClipboard.Mode.FindBuffer)
    return cleared
