"""Folder and file choosers that show in front of a locked kiosk.

A platform's native dialog, or any window the window manager stacks, can open behind a
full-screen kiosk that bypasses the manager, and a modal dialog nobody can see freezes the
kiosk.  These choosers are Qt's own dialogs with the kiosk window's own stacking flags, so they
open above it, and they are big enough to use with a finger."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QWidget

_KEEP = Qt.WindowType.X11BypassWindowManagerHint | Qt.WindowType.WindowStaysOnTopHint


def _dialog(parent: QWidget, title: str, start: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, start)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setWindowFlags(dialog.windowFlags() | (parent.window().windowFlags() & _KEEP))
    top = parent.window().geometry()
    dialog.resize(int(top.width() * 0.9), int(top.height() * 0.9))
    return dialog


def _run(dialog: QFileDialog, parent: QWidget) -> str:
    chosen = dialog.exec() and dialog.selectedFiles()
    dialog.deleteLater()
    # Without a window manager nobody hands the focus back: the kiosk takes it, once the
    # dialog's window is gone.
    top = parent.window()
    QTimer.singleShot(50, lambda: (top.raise_(), top.activateWindow()))
    return chosen[0] if chosen else ""


def choose_folder(parent: QWidget, title: str, start: str = "") -> str:
    dialog = _dialog(parent, title, start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return _run(dialog, parent)


def choose_file(parent: QWidget, title: str, start: str, name_filter: str) -> str:
    dialog = _dialog(parent, title, start)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(name_filter)
    return _run(dialog, parent)
