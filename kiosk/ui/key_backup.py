"""After a key is made on the kiosk: write a copy to a USB stick, then offer to take the key
off the kiosk.  Until the copy exists, the key that opens every signature lives only here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.setup import KeyBackupError
from kiosk.ui.file_chooser import choose_folder


class KeyBackupPanel(QWidget):
    done = Signal()

    def __init__(
        self,
        back_up: Callable[[str], str],
        forget: Callable[[str], None],
        start_folder: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("keyBackupPanel")
        self._back_up, self._forget = back_up, forget
        self.backup_path = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 30, 60, 20)
        self.title = QLabel()
        self.title.setObjectName("heading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.folder = QLineEdit(start_folder)
        self.folder.setObjectName("keyBackupFolder")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.write = QPushButton()
        self.write.setObjectName("keyBackupWrite")
        self.write.setProperty("primary", True)
        self.write.clicked.connect(self._write)
        self.status = QLabel()
        self.status.setObjectName("keyBackupStatus")
        self.status.setWordWrap(True)
        self.remove = QPushButton()
        self.remove.setObjectName("keyBackupRemove")
        self.remove.setEnabled(False)
        self.remove.clicked.connect(self._remove)
        self.finish = QPushButton()
        self.finish.setObjectName("keyBackupDone")
        self.finish.clicked.connect(self.done.emit)
        for widget in (self.title, self.intro):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.write)
        layout.addWidget(self.status)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        buttons.addWidget(self.finish)
        layout.addLayout(buttons)
        self.retranslate()

    def _choose(self) -> None:
        folder = choose_folder(self, self.tr("Where to write the backup"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _write(self) -> None:
        try:
            self.backup_path = self._back_up(self.folder.text())
        except KeyBackupError as exc:
            self.status.setText(self.tr("The backup was not written: %1").replace("%1", str(exc)))
            return
        self.status.setText(
            self.tr("Written to %1 and read back. Keep it apart from the passphrase.").replace(
                "%1", self.backup_path
            )
        )
        self.remove.setEnabled(True)
        self.finish.setText(self.tr("Continue"))

    def _remove(self) -> None:
        try:
            self._forget(self.backup_path)
        except KeyBackupError as exc:
            self.status.setText(self.tr("The key was not removed: %1").replace("%1", str(exc)))
            return
        self.remove.setEnabled(False)
        self.status.setText(
            self.tr(
                "The key is no longer on this kiosk: it seals signatures but cannot open them. "
                "Exports of sheets and CSVs now happen on the organizer's computer."
            )
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Back up the organizer key"))
        self.intro.setText(
            self.tr(
                "The key that opens every signature exists only on this kiosk. Insert a USB "
                "stick and write a copy; without it, a lost kiosk loses every signature."
            )
        )
        self.browse.setText(self.tr("Choose…"))
        self.write.setText(self.tr("Write the backup"))
        self.remove.setText(self.tr("Remove the key from this kiosk"))
        if not self.backup_path:
            self.finish.setText(self.tr("Skip for now"))
        for widget in (self.browse, self.write, self.remove, self.finish):
            widget.setAccessibleName(widget.text())
        self.folder.setAccessibleName(self.tr("Where to write the backup"))
