"""The console's status tiles: signed (at this event and in total, collected so far), not yet
exported, the last export (when, where, what), and free space with the battery where the
operating system reports it."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.models import KioskStatus


class StatusTile(QFrame):
    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("tile", True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.title, self.value, self.detail = QLabel(), QLabel(), QLabel()
        for label, role in ((self.title, "tileTitle"), (self.value, "tileValue")):
            label.setProperty("role", role)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.detail.setProperty("role", "tileDetail")
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_values(self, title: str, value: str, detail: str) -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{title}: {value}. {detail}")


class StatusTiles(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.signed = StatusTile("tileSigned")
        self.unexported = StatusTile("tileUnexported")
        self.last_export = StatusTile("tileLastExport")
        self.device = StatusTile("tileDevice")
        for tile in (self.signed, self.unexported, self.last_export, self.device):
            row.addWidget(tile, 1)

    def show_status(self, status: KioskStatus) -> None:
        locale = QLocale()
        self.signed.show_values(
            self.tr("Signed at this event"),
            locale.toString(status.at_event),
            self.tr("%1 in total").replace("%1", locale.toString(status.collected)),
        )
        self.unexported.show_values(
            self.tr("Not yet exported"),
            locale.toString(status.unexported),
            self.tr("Use End of day to take them home") if status.unexported else "",
        )
        if status.last_export_at is not None:
            when = locale.toString(
                status.last_export_at.astimezone().replace(tzinfo=None),
                QLocale.FormatType.ShortFormat,
            )
            kinds = ", ".join(status.last_export_kinds)
            self.last_export.show_values(
                self.tr("Last export"), when, f"{status.last_export_to} · {kinds}"
            )
        else:
            self.last_export.show_values(self.tr("Last export"), self.tr("None yet"), "")
        free = (
            locale.formattedDataSize(status.free_bytes, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
            if status.free_bytes is not None
            else "—"
        )
        battery = ""
        if status.battery_percent is not None:
            battery = (
                self.tr("Battery %1 %, not charging")
                if status.on_battery
                else self.tr("Battery %1 %, charging")
            ).replace("%1", str(status.battery_percent))
        self.device.show_values(self.tr("Free space"), free, battery)
