"""A masked PIN field that takes digits only (a letter is simply not typed), with the digit
keypad hint for on-screen keyboards."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit

from kiosk.core.credentials import PIN_MAX_DIGITS


def pin_entry(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PIN_MAX_DIGITS)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]*"), edit))
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhDigitsOnly
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return edit
