"""Step 5 of the end of day: remove what the new sealed bundle holds from the kiosk, with the
PIN again and a question that names the bundle file and the count."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.pin_entry import pin_entry
from kiosk.ui.ports import AdminPort


class RemoveExported(QWidget):
    result = Signal(str, str)  # banner kind, text
    removed = Signal()

    def __init__(self, admin: AdminPort, parent: QWidget | None = None):
        super().__init__(parent)
        self.admin = admin
        self._bundle, self._count = "", 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.question = QLabel()
        self.question.setObjectName("removeQuestion")
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        row = QHBoxLayout()
        self.pin = pin_entry("endOfDayPin")
        self.pin.returnPressed.connect(self.remove)
        row.addWidget(self.pin, 1)
        self.button = QPushButton()
        self.button.setObjectName("endOfDayRemove")
        self.button.clicked.connect(self.remove)
        row.addWidget(self.button)
        layout.addLayout(row)
        layout.addStretch(1)

    def offer(self, bundle: str, count: int) -> None:
        self._bundle, self._count = bundle, count
        self.pin.setText("")
        self.button.setEnabled(count > 0)
        self.retranslate()

    def remove(self) -> None:
        pin = self.pin.text()
        self.pin.setText("")
        if not pin:
            self.result.emit("warning", self.tr("Enter the PIN first."))
            return
        outcome = self.admin.wipe_exported(pin)
        check = outcome.pin
        if not check.ok:
            if check.wait_seconds:
                text = self.tr(
                    "Too many wrong PINs. Try again in %n second(s).", "", check.wait_seconds
                )
            elif check.tries_left is not None:
                text = self.tr(
                    "Wrong PIN: nothing was removed. %n try(s) left before a pause.",
                    "",
                    check.tries_left,
                )
            else:
                text = self.tr("Wrong PIN: nothing was removed.")
            self.result.emit("error", text)
            return
        self.button.setEnabled(False)
        self.result.emit(
            "success", self.tr("Removed %n signature(s) from this kiosk.", "", outcome.removed)
        )
        self.removed.emit()

    def retranslate(self) -> None:
        self.question.setText(
            self.tr(
                "Optional: remove the %n signature(s) that %1 holds from this kiosk. They are "
                "safe in the bundle, and the counts on the welcome screen stay as they are.",
                "",
                self._count,
            ).replace("%1", self._bundle)
        )
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setAccessibleName(self.tr("PIN to remove the exported signatures"))
        self.button.setText(self.tr("Remove from this kiosk"))
        self.button.setAccessibleName(self.button.text())
