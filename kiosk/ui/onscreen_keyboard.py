"""An on-screen keyboard docked inside the sign screen.

Qt Virtual Keyboard opens as a separate top-level window in a widgets application, where it
can end up behind a full-screen, stay-on-top kiosk or over the field being typed in (peer
complaint 5).  This keyboard is part of the screen's layout instead: the form above it shrinks
and the focused field is scrolled into view.  Keys never take focus, so typing goes to the field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

LAYOUTS: dict[str, list[str]] = {
    "latin": ["1234567890", "qwertyuiop", "asdfghjklñ", "zxcvbnm'-."],
    "ru": ["1234567890", "йцукенгшщзх", "фывапролджэ", "ячсмитьбюъё"],
    "uk": ["1234567890", "йцукенгшщзх", "фівапролджє", "ячсмитьбюїґ"],
}
ACCENTS = "áéíóúüçàèäöß"
LAYOUT_FOR_LANGUAGE = {"ru": "ru", "uk": "uk"}


class OnScreenKeyboard(QWidget):
    key_pressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("On-screen keyboard")
        self._layout_name = "latin"
        self._shift = False
        self._grid = QGridLayout()
        self._grid.setSpacing(4)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 6, 24, 6)
        outer.addLayout(self._grid)
        bottom = QHBoxLayout()
        self.shift = self._key("⇧", self.toggle_shift, "keyShift", "Shift")
        self.switch = self._key("ABC", self.next_layout, "keySwitch", "Change alphabet")
        self.accents = self._key("áé", self.toggle_accents, "keyAccents", "Accented letters")
        space = self._key(" ", lambda: self.type_text(" "), "keySpace", "Space")
        at = self._key("@", lambda: self.type_text("@"), "keyAt", "At sign")
        back = self._key("⌫", self.backspace, "keyBackspace", "Delete")
        for key in (self.shift, self.switch, self.accents):
            bottom.addWidget(key)
        bottom.addWidget(space, 4)
        bottom.addWidget(at)
        bottom.addWidget(back, 1)
        outer.addLayout(bottom)
        self._show_accents = False
        self._build()

    def _key(self, label: str, action, name: str, accessible: str) -> QPushButton:
        button = QPushButton(label)
        button.setObjectName(name)
        button.setProperty("osk", True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAccessibleName(accessible)
        button.setMinimumSize(48, 48)
        button.clicked.connect(action)
        return button

    def _build(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        rows = LAYOUTS[self._layout_name]
        if self._show_accents:
            rows = [rows[0], ACCENTS]
        for r, row in enumerate(rows):
            for c, ch in enumerate(row):
                text = ch.upper() if self._shift else ch
                key = self._key(
                    text, lambda _=False, t=text: self.type_text(t), f"key_{ord(ch):04x}", text
                )
                self._grid.addWidget(key, r, c)
        self.switch.setText({"latin": "АБВ", "ru": "УКР", "uk": "ABC"}[self._layout_name])

    def set_language(self, language: str) -> None:
        self._layout_name = LAYOUT_FOR_LANGUAGE.get(language, "latin")
        self._build()

    def next_layout(self) -> None:
        order = ["latin", "ru", "uk"]
        self._layout_name = order[(order.index(self._layout_name) + 1) % len(order)]
        self._show_accents = False
        self._build()

    def toggle_shift(self) -> None:
        self._shift = not self._shift
        self._build()

    def toggle_accents(self) -> None:
        self._show_accents = not self._show_accents
        self._build()

    @staticmethod
    def _target() -> QLineEdit | None:
        widget = QApplication.focusWidget()
        return widget if isinstance(widget, QLineEdit) else None

    def type_text(self, text: str) -> None:
        target = self._target()
        if target is not None:
            target.insert(text)
            target.textEdited.emit(target.text())
        if self._shift:
            self._shift = False
            self._build()
        self.key_pressed.emit()

    def backspace(self) -> None:
        target = self._target()
        if target is not None:
            target.backspace()
            target.textEdited.emit(target.text())
        self.key_pressed.emit()
