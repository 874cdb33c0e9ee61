"""Step 1 of the end of day: the USB sticks plugged in now (the list follows as they come and
go), or another folder, with a warning when that folder is on the kiosk's own disk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.models import Drive
from kiosk.ui.file_chooser import choose_folder
from kiosk.ui.ports import DrivePort

POLL_MS = 1500  # how often the list is refreshed while it is shown


def _size(n: int) -> str:
    return QLocale().formattedDataSize(n, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class DriveChooser(QWidget):
    chosen = Signal(object)  # Path | None
    warning = Signal(str)  # "" when there is nothing to warn about

    def __init__(self, drives: DrivePort, parent: QWidget | None = None):
        super().__init__(parent)
        self.port = drives
        self.destination: Path | None = None
        self._drives: list[Drive] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.box = QVBoxLayout()
        layout.addLayout(self.box)
        self.group = QButtonGroup(self)
        self.no_drive = QLabel()
        self.no_drive.setObjectName("noDrive")
        self.no_drive.setWordWrap(True)
        layout.addWidget(self.no_drive)
        row = QHBoxLayout()
        self.other_folder = QPushButton()
        self.other_folder.setObjectName("endOfDayOtherFolder")
        self.other_folder.clicked.connect(self._browse)
        row.addWidget(self.other_folder)
        self.path_label = QLabel()
        self.path_label.setObjectName("endOfDayChosen")
        self.path_label.setWordWrap(True)
        row.addWidget(self.path_label, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.refresh)

    def reset(self) -> None:
        self.destination = None
        self.path_label.setText("")
        self.refresh()

    def is_stick(self, folder: Path) -> bool:
        return any(d.root == folder for d in self._drives)

    def refresh(self) -> None:
        drives = self.port.drives()
        if drives == self._drives and self.group.buttons():
            return
        if self.destination in {d.root for d in self._drives} - {d.root for d in drives}:
            self.destination = None  # the chosen stick was pulled out
            self.path_label.setText("")
            self.chosen.emit(None)
        self._drives = drives
        for button in self.group.buttons():
            self.group.removeButton(button)
            self.box.removeWidget(button)
            button.hide()
            button.setParent(None)  # gone now, not at the next event loop turn
            button.deleteLater()
        for drive in drives:
            button = QPushButton(
                self.tr("%1 — %2, %3 free")
                .replace("%1", drive.label)
                .replace("%2", _size(drive.size_bytes))
                .replace("%3", _size(drive.free_bytes))
            )
            button.setObjectName(f"drive_{drive.label}")
            button.setProperty("drive", True)
            button.setCheckable(True)
            button.setAccessibleName(button.text())
            button.setChecked(self.destination == drive.root)
            button.clicked.connect(lambda _=False, root=drive.root: self.choose(root))
            self.group.addButton(button)
            self.box.addWidget(button)
            button.show()  # on a shown screen, now (the layout would wait a loop turn)
        self.no_drive.setVisible(not drives)

    def choose(self, folder: Path) -> None:
        self.destination = folder
        self.path_label.setText(str(folder))
        drive = next((d for d in self._drives if d.root == folder), None)
        for button in self.group.buttons():
            button.setChecked(drive is not None and button.objectName() == f"drive_{drive.label}")
        own_disk = self.port.is_kiosk_disk(folder)
        self.warning.emit(
            self.tr(
                "This folder is on the kiosk's own disk. A lost kiosk would take the "
                "files with it: use a USB stick if you can."
            )
            if own_disk
            else ""
        )
        self.chosen.emit(folder)

    def _browse(self) -> None:
        start = str(self._drives[0].root) if self._drives else ""
        folder = choose_folder(self, self.tr("Choose the destination folder"), start)
        if folder:
            self.choose(Path(folder))

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Plug in a USB stick, then choose it below. The list follows as sticks come and go."
            )
        )
        self.no_drive.setText(self.tr("No USB stick found yet."))
        self.other_folder.setText(self.tr("Another folder…"))
        self.other_folder.setAccessibleName(self.tr("Choose another folder"))
