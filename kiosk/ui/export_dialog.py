"""Export from the volunteer menu: pick a folder (a USB stick), give the passphrase, watch the
progress (cancellable; the export runs in a worker thread), read what was written and verified."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.exporting import ExportReport, ExportRequest
from kiosk.ui.export_worker import ExportWorker
from kiosk.ui.format_labels import format_label
from kiosk.ui.ports import ExportPort


class ExportDialog(QDialog):
    def __init__(self, exports: ExportPort, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setModal(True)
        self.exports, self.language = exports, language
        self.report: ExportReport | None = None
        self.worker: ExportWorker | None = None
        has_private_key = exports.can_open_records()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.folder = QLineEdit()
        self.folder.setObjectName("exportFolder")
        self.folder.setAccessibleName(self.tr("Destination folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose the destination folder"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Save to"), row)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("exportPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Organizer passphrase"))
        self.passphrase.setEnabled(has_private_key)
        form.addRow(self.tr("Organizer passphrase"), self.passphrase)
        self.checks: dict[str, QCheckBox] = {}
        for name in exports.formats:
            sealed = not exports.needs_key((name,))
            box = QCheckBox(format_label(name))
            box.setObjectName(f"exportFormat_{name}")
            box.setChecked(has_private_key or sealed)
            box.setEnabled(has_private_key or sealed)
            box.setAccessibleName(box.text())
            self.checks[name] = box
            form.addRow(box)
        self.blank = QSpinBox()
        self.blank.setObjectName("exportBlank")
        self.blank.setRange(0, 50)
        self.blank.setAccessibleName(self.tr("Blank paper sheets"))
        form.addRow(self.tr("Blank paper sheets"), self.blank)
        layout.addLayout(form)
        if not has_private_key:
            note = QLabel(
                self.tr(
                    "This kiosk holds only the organizer's public key: it can "
                    "write the sealed bundle, which the organizer opens later."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.result = QLabel()
        self.result.setObjectName("exportResult")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        buttons = QHBoxLayout()
        self.close_button = close = QPushButton(self.tr("Close"))
        close.setObjectName("exportClose")
        close.clicked.connect(self._close_or_cancel)
        self.go = QPushButton(self.tr("Export"))
        self.go.setObjectName("exportStart")
        self.go.setProperty("primary", True)
        self.go.clicked.connect(self.run_export)
        buttons.addWidget(close)
        buttons.addStretch(1)
        buttons.addWidget(self.go)
        layout.addLayout(buttons)
        self.setWindowTitle(self.tr("Export signatures"))
        self.resize(720, 560)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Choose the destination folder"),
            self.folder.text(),
            QFileDialog.Option.DontUseNativeDialog,
        )  # native dialogs hide behind the kiosk
        if folder:
            self.folder.setText(folder)

    def _close_or_cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()  # the worker removes what it wrote, then reports
        else:
            self.reject()

    def run_export(self) -> ExportWorker | None:
        """Start the export in a worker thread; returns the worker (None when refused)."""
        if self.worker is not None:
            return None
        formats = tuple(n for n, box in self.checks.items() if box.isChecked())
        if not formats and not self.blank.value():
            self.result.setText(self.tr("Choose at least one format."))
            return None
        folder = self.folder.text().strip()
        if not folder:
            self.result.setText(self.tr("Choose where to save the export first."))
            return None
        passphrase = self.passphrase.text() if self.exports.needs_key(formats) else None
        self.passphrase.setText("")
        if passphrase is not None and not passphrase:
            self.result.setText(self.tr("Enter the organizer passphrase."))
            return None
        request = ExportRequest(
            Path(folder), formats, passphrase, self.language, blank_pages=self.blank.value()
        )
        self.worker = ExportWorker(self.exports.export, request)
        # Queued: the worker emits from its own thread, and widgets change only on this one.
        queued = Qt.ConnectionType.QueuedConnection
        self.worker.progressed.connect(self._progressed, queued)
        self.worker.succeeded.connect(self._succeeded, queued)
        self.worker.failed.connect(self._failed, queued)
        self.worker.cancelled.connect(self._cancelled, queued)
        self.worker.finished.connect(self._finished, queued)
        self.result.setText(self.tr("Exporting…"))
        self.progress.setValue(0)
        self.progress.show()
        self.go.setEnabled(False)
        self.close_button.setText(self.tr("Cancel"))
        self.worker.start()
        return self.worker

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / max(total, 1)))

    def _succeeded(self, report: ExportReport) -> None:
        self.report = report
        lines = [
            self.tr("%1: %2 signatures, verified")
            .replace("%1", f.path.name)
            .replace("%2", str(f.records))
            for f in report.files
        ]
        self.result.setText("\n".join(lines))

    def _failed(self, message: str) -> None:
        if "passphrase" in message:
            message = self.tr("Wrong passphrase.")
        self.result.setText(
            message or self.tr("The export failed unexpectedly; nothing was left on the drive.")
        )

    def _cancelled(self) -> None:
        self.result.setText(self.tr("Export cancelled. Nothing was left on the drive."))

    def _finished(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.wait()
        self.progress.hide()
        self.go.setEnabled(True)
        self.close_button.setText(self.tr("Close"))

    def done(self, result: int) -> None:
        if self.worker is not None:  # closing mid-export cancels it, and waits for the cleanup
            self.worker.cancel()
            self.worker.wait()
            self._finished()
        super().done(result)
