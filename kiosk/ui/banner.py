"""A result shown as a clear coloured banner: success, warning or error (never small grey text
at the bottom of a screen)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

KINDS = ("success", "warning", "error", "info")


class Banner(QLabel):
    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setMargin(10)  # room inside the border (in addition to the stylesheet's padding)
        self.kind = ""
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        assert kind in KINDS, kind
        self.kind = kind
        self.setProperty("banner", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.hide()
