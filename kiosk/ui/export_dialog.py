"""Export from the volunteer menu: pick a folder (a USB stick), give the passphrase, watch the
progress (cancellable), read what was written and verified."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.crypto import KeyFileError
from kiosk.export.model import ExportCancelled, ExportFailed
from kiosk.services.exporting import FORMATS, ExportOptions, ExportReport, ExportService
from kiosk.services.keys import unlock_private_key
from kiosk.settings import Settings

FORMAT_LABELS = {
    "pdf": QT_TRANSLATE_NOOP("ExportDialog", "Printable signature sheets (PDF)"),
    "action-network": QT_TRANSLATE_NOOP("ExportDialog", "Action Network CSV"),
    "nationbuilder": QT_TRANSLATE_NOOP("ExportDialog", "NationBuilder CSV"),
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "Spreadsheet CSV"),
    "bundle": QT_TRANSLATE_NOOP("ExportDialog", "Sealed bundle (safe to e-mail)"),
}


class ExportDialog(QDialog):
    def __init__(
        self,
        exports: ExportService,
        settings: Settings,
        language: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setModal(True)
        self.exports, self.settings, self.language = exports, settings, language
        self.report: ExportReport | None = None
        has_private_key = settings.private_key_path.is_file()
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
        for name in FORMATS:
            box = QCheckBox(self.tr(FORMAT_LABELS[name]))
            box.setObjectName(f"exportFormat_{name}")
            box.setChecked(has_private_key or name == "bundle")
            box.setEnabled(has_private_key or name == "bundle")
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
        self.result = QLabel()
        self.result.setObjectName("exportResult")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        buttons = QHBoxLayout()
        close = QPushButton(self.tr("Close"))
        close.setObjectName("exportClose")
        close.clicked.connect(self.reject)
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

    def run_export(self) -> None:
        formats = tuple(n for n, box in self.checks.items() if box.isChecked())
        if not formats and not self.blank.value():
            self.result.setText(self.tr("Choose at least one format."))
            return
        keys = []
        if any(f != "bundle" for f in formats):
            try:
                keys = [unlock_private_key(self.settings, self.passphrase.text())]
            except KeyFileError:
                self.result.setText(self.tr("Wrong passphrase."))
                return
            finally:
                self.passphrase.setText("")
        options = ExportOptions(
            Path(self.folder.text().strip() or "."),
            formats,
            keys,
            self.language,
            blank_pages=self.blank.value(),
        )
        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 100, self)
        progress.setObjectName("exportProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def step(done: int, total: int) -> bool:
            progress.setValue(int(100 * done / max(total, 1)))
            QCoreApplication.processEvents()
            return not progress.wasCanceled()

        try:
            self.report = self.exports.export(options, step)
        except ExportCancelled:
            self.result.setText(self.tr("Export cancelled. Nothing was left half-written."))
            return
        except ExportFailed as exc:
            self.result.setText(str(exc))
            return
        finally:
            progress.close()
        lines = [
            self.tr("%1: %2 signatures, verified")
            .replace("%1", f.path.name)
            .replace("%2", str(f.records))
            if f.verified
            else self.tr("%1: NOT verified").replace("%1", f.path.name)
            for f in self.report.files
        ]
        self.result.setText("\n".join(lines))
