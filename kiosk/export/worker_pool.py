"""Worker processes for drawing sheets and opening records on every core.

Where the platform has it, workers come from a fork server: one clean process (never the
kiosk's own, which may hold Qt and its threads) imports the drawing and opening code and
registers the fonts once, then forks each worker ready to go.  Starting workers by "spawn"
made each one import everything again (about 0.7 s of CPU apiece).  Windows has only
"spawn".

Workers never outlive the process that started them: each watches it and exits as soon as
it is gone, even after a SIGKILL.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable
from multiprocessing.pool import Pool

# What the fork server loads before it forks a worker: the drawing code and its fonts for
# sheets, or only the opening code (a merge to CSV has no use for 50 MB of fonts).
SHEETS = ["kiosk.export.worker_preload"]
OPENING = ["kiosk.export.opening_preload"]


# The thread stopping the last job's fork server, if it may still be running.
_stopping: threading.Thread | None = None


def _context(preload: list[str]) -> multiprocessing.context.BaseContext:
    # A stop still under way would close the server under the next job's feet: Python reads
    # the server's pipe outside its lock while it asks for a worker.
    if _stopping is not None:
        _stopping.join()
    if sys.platform == "win32" or "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(preload)  # read when the server starts, once per process
    return context


def warm_up(preload: list[str] = SHEETS) -> None:
    """Start the fork server now, so it loads the drawing code while this process does
    other work (opening the store, unlocking the key): 0.2 s off every export with sheets."""
    context = _context(preload)
    if context.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def shut_down() -> None:
    """Stop the fork server after a job: on a kiosk it would keep the drawing code's 40 MB
    for the rest of the day.  The next job starts it again.  Its exit is waited for in the
    background: the job is done, and the next one waits for it."""
    global _stopping
    from multiprocessing import forkserver

    stop = getattr(forkserver._forkserver, "_stop", None)  # the only way Python offers
    if stop is not None:
        _stopping = threading.Thread(target=stop, name="forkserver-stop", daemon=True)
        _stopping.start()


def _alive(parent: int) -> bool:
    if sys.platform == "win32":
        return os.getppid() == parent  # spawned workers are the parent's own children
    try:
        os.kill(parent, 0)  # forked by the server: the kiosk is not the direct parent
    except ProcessLookupError:
        return False
    except PermissionError:  # the pid now belongs to another user's process
        return False
    return True


def watch_parent(parent: int) -> None:
    """Runs in each worker: exit as soon as the process that asked for it is gone."""

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if not _alive(parent):
                os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _start(parent: int, initializer: Callable[..., None] | None, initargs: tuple) -> None:
    watch_parent(parent)
    if initializer is not None:
        initializer(*initargs)


def worker_pool(
    workers: int,
    initializer: Callable[..., None] | None = None,
    initargs: tuple = (),
    preload: list[str] = SHEETS,
) -> Pool:
    """A pool of ``workers`` processes that stop with this one (``preload``: what a fork
    server started now loads; one already running keeps what it loaded)."""
    args = (os.getpid(), initializer, initargs)
    return _context(preload).Pool(workers, initializer=_start, initargs=args)
