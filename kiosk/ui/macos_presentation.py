"""macOS: while the kiosk is locked, hide the Dock and the menu bar and block process
switching (Cmd+Tab), Force Quit and log-out, through NSApplication's presentation options.

Called through the Objective-C runtime with ctypes, so no PyObjC is needed; on every other
platform this does nothing."""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)

# NSApplicationPresentationOptions (AppKit, NSApplication.h)
HIDE_DOCK = 1 << 1
HIDE_MENU_BAR = 1 << 3
DISABLE_PROCESS_SWITCHING = 1 << 5
DISABLE_FORCE_QUIT = 1 << 6
DISABLE_SESSION_TERMINATION = 1 << 7
DISABLE_HIDE_APPLICATION = 1 << 8
LOCKED = (
    HIDE_DOCK
    | HIDE_MENU_BAR
    | DISABLE_PROCESS_SWITCHING
    | DISABLE_FORCE_QUIT
    | DISABLE_SESSION_TERMINATION
    | DISABLE_HIDE_APPLICATION
)


def set_locked(locked: bool) -> bool:
    """Apply (or lift) the locked presentation. Returns whether it was applied."""
    if sys.platform != "darwin":
        return False
    import ctypes  # here: ctypes.util alone took 8-10 ms of every other platform's start
    import ctypes.util

    try:
        objc = ctypes.cdll.LoadLibrary(ctypes.util.find_library("objc"))
        ctypes.cdll.LoadLibrary(ctypes.util.find_library("AppKit"))
        objc.objc_getClass.restype = ctypes.c_void_p
        objc.sel_registerName.restype = ctypes.c_void_p
        send = objc.objc_msgSend
        send.restype = ctypes.c_void_p
        send.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        app = send(
            objc.objc_getClass(b"NSApplication"), objc.sel_registerName(b"sharedApplication")
        )
        set_options = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)(
            ctypes.cast(send, ctypes.c_void_p).value
        )
        set_options(app, objc.sel_registerName(b"setPresentationOptions:"), LOCKED if locked else 0)
        return True
    except (OSError, AttributeError, TypeError) as exc:  # never stop a kiosk over this
        log.warning("macOS presentation options not applied: %s", type(exc).__name__)
        return False
