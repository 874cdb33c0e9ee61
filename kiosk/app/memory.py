"""Handing freed memory back to the system once start-up is over.

Opening the store, the campaign pack and the first screens leaves the C heap with many
freed blocks: glibc keeps them for later, so the kiosk holds memory it no longer uses all
day.  ``malloc_trim`` gives them back (a few MB on a tablet); elsewhere this does nothing.
"""

from __future__ import annotations

import gc
import sys


def release_free_memory() -> None:
    gc.collect()
    if not sys.platform.startswith("linux"):
        return
    import ctypes  # only here, after the first frame

    try:
        libc = ctypes.CDLL("libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # musl and other C libraries have no malloc_trim
        return
    trim(0)
