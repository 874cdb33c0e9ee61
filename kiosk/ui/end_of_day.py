"""The guided end of day: where (a USB stick), what (the sealed bundle, and the plain-text
files only where the organizer key is on this kiosk), progress, the result read back, and
optionally removing what the bundle now holds.  One framed full-screen flow, every step
touch-sized, so a volunteer who has never seen the kiosk can finish the day."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.exporting import ExportReport, ExportRequest
from kiosk.ui.banner import Banner
from kiosk.ui.drive_chooser import DriveChooser
from kiosk.ui.export_worker import ExportWorker
from kiosk.ui.format_labels import failure_text, format_label
from kiosk.ui.ports import AdminPort, DrivePort, ExportPort
from kiosk.ui.remove_exported import RemoveExported

WHERE, WHAT, PROGRESS, RESULT, REMOVE = range(5)


def _label(name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName(name)
    return label


class EndOfDayScreen(QWidget):
    finished = Signal()  # back to the volunteer console
    removed = Signal()  # signatures were removed: counts to refresh

    def __init__(
        self,
        exports: ExportPort,
        admin: AdminPort,
        drives: DrivePort,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("endOfDayScreen")
        self.exports, self.admin, self.drive_port = exports, admin, drives
        self.language = "en"
        self.report: ExportReport | None = None
        self.worker: ExportWorker | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 12, 20, 12)
        frame = QFrame()
        frame.setObjectName("endOfDayFrame")
        outer.addWidget(frame)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(24, 14, 24, 14)
        header = QHBoxLayout()
        self.title = _label(name="heading")
        header.addWidget(self.title, 1)
        self.step_label = _label(name="stepLabel")
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.step_label)
        layout.addLayout(header)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.banner = Banner("endOfDayBanner")
        layout.addWidget(self.banner)
        footer = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.setObjectName("endOfDayBack")
        self.back_button.clicked.connect(self.go_back)
        footer.addWidget(self.back_button)
        footer.addStretch(1)
        self.next_button = QPushButton()
        self.next_button.setObjectName("endOfDayNext")
        self.next_button.setProperty("primary", True)
        self.next_button.clicked.connect(self.go_next)
        footer.addWidget(self.next_button)
        layout.addLayout(footer)

        self._build_where()
        self._build_what()
        self._build_progress()
        self._build_result()
        self._build_remove()
        self.retranslate("en")

    # --- pages ---
    def _page(self) -> QVBoxLayout:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 8)
        self.pages.addWidget(page)
        return layout

    def _build_where(self) -> None:
        page = self._page()
        self.where = DriveChooser(self.drive_port)
        self.where.chosen.connect(lambda _folder: self._update_buttons())
        self.where.warning.connect(self._warn)
        page.addWidget(self.where)

    def _warn(self, text: str) -> None:
        if text:
            self.banner.show_message("warning", text)
        else:
            self.banner.clear_message()

    @property
    def destination(self) -> Path | None:
        return self.where.destination

    def _build_what(self) -> None:
        page = self._page()
        self.bundle_line = _label(name="bundleLine")
        page.addWidget(self.bundle_line)
        self.plain_files = QCheckBox()
        self.plain_files.setObjectName("endOfDayPlainFiles")
        page.addWidget(self.plain_files, 0, Qt.AlignmentFlag.AlignLeft)  # all of it tappable
        self.plain_warning = _label(name="plainWarning")
        self.plain_warning.setProperty("banner", "warning")
        page.addWidget(self.plain_warning)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("endOfDayPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setEnabled(False)
        self.plain_files.toggled.connect(self.passphrase.setEnabled)
        self.passphrase.returnPressed.connect(self.go_next)
        page.addWidget(self.passphrase)
        blank_row = QHBoxLayout()
        self.blank_label = _label()
        blank_row.addWidget(self.blank_label, 1)
        self.blank = QSpinBox()  # sheets to print for the next table, when the pad is down
        self.blank.setObjectName("endOfDayBlank")
        self.blank.setRange(0, 50)
        blank_row.addWidget(self.blank)
        page.addLayout(blank_row)
        self.public_only = _label(name="publicOnly")
        page.addWidget(self.public_only)
        page.addStretch(1)

    def _build_progress(self) -> None:
        page = self._page()
        page.addStretch(1)
        self.progress_label = _label()
        page.addWidget(self.progress_label)
        self.progress = QProgressBar()
        self.progress.setObjectName("endOfDayProgress")
        self.progress.setRange(0, 100)
        page.addWidget(self.progress)
        page.addStretch(1)

    def _build_result(self) -> None:
        page = self._page()
        self.files = _label(name="endOfDayFiles")
        self.files.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        page.addWidget(self.files)
        self.remove_stick = _label(name="removeStick")
        page.addWidget(self.remove_stick)
        page.addStretch(1)

    def _build_remove(self) -> None:
        page = self._page()
        self.remove = RemoveExported(self.admin)
        self.remove.result.connect(self.banner.show_message)
        self.remove.removed.connect(self.removed.emit)
        page.addWidget(self.remove)

    # --- flow ---
    def start(self, language: str) -> None:
        self.language = language
        self.report = None
        self.passphrase.setText("")
        self.plain_files.setChecked(False)
        self.blank.setValue(0)
        can_open = self.exports.can_open_records()
        self.plain_files.setVisible(can_open)
        self.plain_warning.setVisible(can_open)
        self.passphrase.setVisible(can_open)
        self.public_only.setVisible(not can_open)
        self._show(WHERE)
        self.where.reset()

    def _show(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        self.banner.clear_message()
        if step == WHERE:
            self.where.poll.start()
        else:
            self.where.poll.stop()
        self._update_buttons()
        self._retitle()

    def _update_buttons(self) -> None:
        step = self.pages.currentIndex()
        self.back_button.setVisible(step in (WHERE, WHAT, PROGRESS))
        self.next_button.setVisible(step != PROGRESS)
        self.next_button.setEnabled(step != WHERE or self.destination is not None)
        texts = {
            WHERE: self.tr("Next"),
            WHAT: self.tr("Export"),
            RESULT: self.tr("Next") if self._bundle_records() else self.tr("Finish"),
            REMOVE: self.tr("Finish"),
        }
        self.next_button.setText(texts.get(step, ""))
        self.next_button.setAccessibleName(self.next_button.text())
        self.back_button.setText(
            self.tr("Cancel") if step in (WHERE, PROGRESS) else self.tr("Back")
        )
        self.back_button.setAccessibleName(self.back_button.text())

    def go_back(self) -> None:
        step = self.pages.currentIndex()
        if step == PROGRESS and self.worker is not None:
            self.worker.cancel()  # the worker removes what it wrote, then reports
        elif step == WHAT:
            self._show(WHERE)
        else:
            self.leave()

    def go_next(self) -> None:
        step = self.pages.currentIndex()
        if step == WHERE and self.destination is not None:
            self._show(WHAT)
        elif step == WHAT:
            self.run_export()
        elif step == RESULT and self._bundle_records():
            self.remove.offer(self._bundle_name(), self._bundle_records())
            self._show(REMOVE)
            self.remove.pin.setFocus()
        elif step in (RESULT, REMOVE):
            self.leave()

    def leave(self) -> None:
        self.where.poll.stop()
        self.passphrase.setText("")
        self.remove.pin.setText("")
        self.finished.emit()

    # --- step 2: what ---
    def formats(self) -> tuple[str, ...]:
        if self.plain_files.isChecked() and self.plain_files.isVisible():
            return tuple(self.exports.formats)
        return ("bundle",)

    # --- step 3: progress ---
    def run_export(self) -> ExportWorker | None:
        if self.worker is not None or self.destination is None:
            return None
        formats = self.formats()
        passphrase = None
        if self.exports.needs_key(formats):
            passphrase = self.passphrase.text()
            if not passphrase:
                self.banner.show_message("error", self.tr("Enter the organizer passphrase."))
                self.passphrase.setFocus()
                return None
        self.passphrase.setText("")
        request = ExportRequest(
            self.destination, formats, passphrase, self.language, blank_pages=self.blank.value()
        )
        self.worker = ExportWorker(self.exports.export, request)
        queued = Qt.ConnectionType.QueuedConnection
        self.worker.progressed.connect(self._progressed, queued)
        self.worker.succeeded.connect(self._succeeded, queued)
        self.worker.failed.connect(self._failed, queued)
        self.worker.cancelled.connect(self._cancelled, queued)
        self.worker.finished.connect(self._finished, queued)
        self.progress.setValue(0)
        self._show(PROGRESS)
        self.worker.start()
        return self.worker

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / max(total, 1)))

    def _succeeded(self, report: ExportReport) -> None:
        self.report = report
        # Each kind of file with its count, checked: not a wall of long file names.
        lines = [
            "✓ "
            + (
                self.tr("%1: %n signature(s)", "", f.records).replace("%1", format_label(f.kind))
                if f.records
                else format_label(f.kind)
            )
            for f in report.files
        ]
        self._show(RESULT)
        self.files.setText("\n".join(lines))
        destination = self.destination
        stick = destination is not None and self.where.is_stick(destination)
        released = stick and destination is not None and self.drive_port.release(destination)
        if released:
            self.remove_stick.setText(self.tr("You can now remove the stick."))
        else:
            self.remove_stick.setText(
                self.tr("The files are in %1.").replace("%1", str(destination))
            )
        plain = any(f.kind != "bundle" for f in report.files)
        self.banner.show_message(
            "success",
            self.tr("Exported and checked.")
            + (
                " "
                + self.tr(
                    "The PDF and CSV files hold names in plain text: hand the stick only "
                    "to the organizer."
                )
                if plain
                else ""
            ),
        )

    def _failed(self, message: str, reason: str, folder: str) -> None:
        self._show(WHAT)
        self.banner.show_message("error", failure_text(reason, folder, message))

    def _cancelled(self) -> None:
        self._show(WHAT)
        self.banner.show_message(
            "warning", self.tr("Export cancelled. Nothing was left on the drive.")
        )

    def _finished(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.wait()

    # --- step 5: remove ---
    def _bundle_records(self) -> int:
        if self.report is None:
            return 0
        return sum(f.records for f in self.report.files if f.kind == "bundle")

    def _bundle_name(self) -> str:
        if self.report is None:
            return ""
        return next((f.path.name for f in self.report.files if f.kind == "bundle"), "")

    def retranslate(self, language: str) -> None:
        self.language = language
        self.title.setText(self.tr("End of day"))
        self.where.retranslate()
        self.bundle_line.setText(
            self.tr(
                "Always written: the sealed bundle. Only the organizer's key opens it, so it "
                "is safe on any stick or in an e-mail."
            )
        )
        self.plain_files.setText(self.tr("Also printable sheets (PDF) and CSV files"))
        self.plain_files.setAccessibleName(self.plain_files.text())
        self.plain_warning.setText(
            self.tr(
                "These files hold names and e-mail addresses in plain text. They need the "
                "organizer passphrase:"
            )
        )
        self.passphrase.setPlaceholderText(self.tr("Organizer passphrase"))
        self.passphrase.setAccessibleName(self.tr("Organizer passphrase"))
        self.public_only.setText(
            self.tr(
                "This kiosk holds only the organizer's public key: the sealed bundle is all it "
                "writes, and the organizer opens it later."
            )
        )
        self.blank_label.setText(self.tr("Blank sheets to print for signing on paper:"))
        self.blank.setAccessibleName(self.blank_label.text())
        self.progress_label.setText(self.tr("Writing, then reading everything back to check it…"))
        self.remove.retranslate()
        self._retitle()
        self._update_buttons()

    def _retitle(self) -> None:
        step = self.pages.currentIndex()
        names = [
            self.tr("Where"),
            self.tr("What"),
            self.tr("Exporting"),
            self.tr("Done"),
            self.tr("Free the kiosk"),
        ]
        self.step_label.setText(
            self.tr("Step %1 of %2: %3")
            .replace("%1", str(step + 1))
            .replace("%2", str(len(names)))
            .replace("%3", names[step])
        )
