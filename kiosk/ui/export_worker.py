"""Run an export off the GUI thread: a QThread with progress, cancel, and one result signal.

The screen stays responsive (the idle guard, repaints) while sheets are drawn, and nothing
calls ``processEvents`` from inside the export."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from kiosk.core.exporting import (
    ExportCancelled,
    ExportFailed,
    ExportReport,
    ExportRequest,
    Progress,
)
from kiosk.ui.errors import log_exception

ExportCall = Callable[[ExportRequest, Progress], ExportReport]


class ExportWorker(QObject):
    """Lives in its own thread; ``start()`` runs ``export(request, progress)`` there."""

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # ExportReport
    failed = Signal(str, str, str)  # one plain line, its reason, the destination
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self, export: ExportCall, request: ExportRequest):
        super().__init__()
        self._export = export
        self._request = request
        self._cancel = threading.Event()
        self.thread = QThread()
        self.thread.setObjectName("exportThread")
        self.moveToThread(self.thread)
        self.thread.started.connect(self._run)
        self.finished.connect(self.thread.quit)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        """Ask the export to stop; it removes what it wrote and emits ``cancelled``."""
        self._cancel.set()

    def wait(self, ms: int = 30_000) -> bool:
        return self.thread.wait(ms)

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def _run(self) -> None:
        try:
            report = self._export(self._request, self._progress)
        except ExportCancelled:
            self.cancelled.emit()
        except ExportFailed as exc:
            self.failed.emit(str(exc), exc.reason, exc.folder)
        except Exception as exc:  # never let a bug kill the kiosk from a worker thread
            log_exception("export failed", exc)
            self.failed.emit("", "", "")  # the screen shows a translated "failed unexpectedly"
        else:
            self.succeeded.emit(report)
        self.finished.emit()
