"""An on-screen keyboard docked inside the sign screen.

Qt Virtual Keyboard opens as a separate top-level window in a widgets application, where it
can end up behind a full-screen, stay-on-top kiosk or over the field being typed in (peer
complaint 5).  This keyboard is part of the screen's layout instead: the form above it shrinks
and the focused field is scrolled into view.  Keys never take focus, so typing goes to the field.

Every layout sits on one 14-column grid, so the rows line up and the keyboard keeps its height
whatever page is shown.  Each alphabet has the digits, the hyphen, the apostrophe and the period
(Марʼяна, Jean-Luc, O'Neil); the Latin one also has @ _ + and ".com" for email addresses;
accent pages hold the letters of European and Vietnamese names the plain alphabets lack.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

COLUMNS = 14
KEY_HEIGHT = 48
# Each alphabet: the digits row, then three letter rows (the third sits between Shift and
# Hide, so it has at most 10 keys).  Ukrainian types the apostrophe its spelling uses (ʼ).
LAYOUTS: dict[str, list[str]] = {
    "latin": ["1234567890-'", "qwertyuiop_+", "asdfghjklñ@.", "zxcvbnmçüö"],
    "ru": ["1234567890-'", "йцукенгшщзхъ", "фывапролджэ.", "ячсмитьбюё"],
    "uk": ["1234567890-ʼ", "йцукенгшщзхї", "фівапролджєґ", "ячсмитьбю."],
    "el": ["1234567890-'", "ςερτυθιοπάέή", "ασδφγηξκλίόύ", "ζχψωβνμώϊϋ"],
    "he": ["1234567890-'", "קראטוןםפשדגכ", "עיחלךףזסבהנמ", "צתץ.-"],
    "ar": ["1234567890-.", "ضصثقفغعهخحجد", "شسيبلاتنمكطذ", "ئءؤرىةوزظأ"],
}
# Letters of European (and Vietnamese) names the plain alphabets lack, on pages of the same
# shape.  Chinese and Japanese names need the platform's input method, not keys.
ACCENT_PAGES: list[list[str]] = [
    ["áàâäãåąăæćčç", "ďéèêëěęğíìîï", "ıłľńňñóòôöõø", "őœřśšșşßťț"],
    ["úùûüůűýÿźżžđ", "þðāēīōūģķļņė", "įųĺŕŧŋ", ""],
    ["ăâđêôơưạảấầậ", "ắằặẹẻẽếềễệỉị", "ọỏốồộớờợụủứừ", "ựữỳỹẩểổởửẫ"],
]
LAYOUT_FOR_LANGUAGE = {"ru": "ru", "uk": "uk"}
NEXT_ALPHABET = {"latin": "ru", "ru": "uk", "uk": "el", "el": "he", "he": "ar", "ar": "latin"}
ALPHABET_LABEL = {"latin": "ABC", "ru": "АБВ", "uk": "УКР", "el": "ΑΒΓ", "he": "אבג", "ar": "ابت"}
ACCENT_LABELS = ("áé", "áé 2", "ệ", "abc")


def _upper(ch: str) -> str:
    upper = ch.upper()
    return upper if len(upper) == 1 else ch  # ß has no one-letter capital


class OnScreenKeyboard(QWidget):
    key_pressed = Signal()
    next_requested = Signal()
    hide_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("On-screen keyboard")
        self._layout_name = "latin"
        self._shift = False
        self._page = 0  # 0: the alphabet; 1, 2: accented letters
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(16, 6, 16, 6)
        self._grid.setSpacing(4)
        for column in range(COLUMNS):
            self._grid.setColumnStretch(column, 1)
        self._char_keys: list[QPushButton] = []
        self.backspace_key = self._key("⌫", self.backspace, "keyBackspace", "Delete")
        self.com_key = self._key(".com", lambda: self.type_text(".com"), "keyDotCom", ".com")
        self.next_key = self._key("Next", self.next_requested.emit, "keyNext", "Next field")
        self.shift = self._key("⇧", self.toggle_shift, "keyShift", "Shift")
        self.shift.setCheckable(True)
        self.hide_key = self._key("Hide", self.hide_requested.emit, "keyHide", "Hide keyboard")
        self.switch = self._key("ABC", self.next_layout, "keySwitch", "Change alphabet")
        self.accents = self._key("áé", self.toggle_accents, "keyAccents", "Accented letters")
        self.space = self._key("␣", lambda: self.type_text(" "), "keySpace", "Space")
        self._grid.addWidget(self.backspace_key, 0, 12, 1, 2)
        self._grid.addWidget(self.com_key, 1, 12, 1, 2)
        self._grid.addWidget(self.next_key, 2, 12, 1, 2)
        self._grid.addWidget(self.shift, 3, 0, 1, 2)
        self._grid.addWidget(self.hide_key, 3, 12, 1, 2)
        self._grid.addWidget(self.switch, 4, 0, 1, 3)
        self._grid.addWidget(self.accents, 4, 3, 1, 3)
        self._grid.addWidget(self.space, 4, 6, 1, 8)
        # Five rows of fixed-height keys on every page: the keyboard never changes height.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._build()

    def _key(self, label: str, action, name: str, accessible: str) -> QPushButton:
        button = QPushButton(label)
        button.setObjectName(name)
        button.setProperty("osk", True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAccessibleName(accessible)
        button.setFixedHeight(KEY_HEIGHT)
        button.setMinimumWidth(40)
        button.setAutoRepeat(name == "keyBackspace")
        button.clicked.connect(action)
        return button

    def rows(self) -> list[str]:
        """The character rows shown now, top to bottom (row 3 sits between Shift and Hide)."""
        if self._page:
            return ACCENT_PAGES[self._page - 1]
        return LAYOUTS[self._layout_name]

    def _build(self) -> None:
        for key in self._char_keys:
            self._grid.removeWidget(key)
            key.hide()  # now: deleteLater waits for the event loop
            key.deleteLater()
        self._char_keys = []
        for r, row in enumerate(self.rows()):
            first = 2 if r == 3 else 0
            for c, ch in enumerate(row):
                text = _upper(ch) if self._shift else ch
                key = self._key(
                    text, lambda _=False, t=text: self.type_text(t), f"key_{ord(ch):04x}", text
                )
                self._grid.addWidget(key, r, first + c)
                self._char_keys.append(key)
        # Each toggle names what it switches to.
        self.switch.setText(ALPHABET_LABEL[NEXT_ALPHABET[self._layout_name]])
        self.accents.setText(ACCENT_LABELS[self._page])
        self.com_key.setVisible(self._layout_name == "latin" and not self._page)
        self.shift.setChecked(self._shift)

    def char_keys(self) -> list[QPushButton]:
        return list(self._char_keys)

    def set_language(self, language: str) -> None:
        self._layout_name = LAYOUT_FOR_LANGUAGE.get(language, "latin")
        self._page = 0
        self._build()
        self.next_key.setText(self.tr("Next") + " ⇥")
        self.next_key.setAccessibleName(self.tr("Next field"))
        self.hide_key.setText(self.tr("Hide"))
        self.hide_key.setAccessibleName(self.tr("Hide the keyboard"))
        self.backspace_key.setAccessibleName(self.tr("Delete"))
        self.space.setAccessibleName(self.tr("Space"))
        self.shift.setAccessibleName(self.tr("Capital letters"))
        self.switch.setAccessibleName(self.tr("Change alphabet"))
        self.accents.setAccessibleName(self.tr("Accented letters"))

    def next_layout(self) -> None:
        self._layout_name = NEXT_ALPHABET[self._layout_name]
        self._page = 0
        self._build()

    def toggle_shift(self) -> None:
        self._shift = not self._shift
        self._build()

    def toggle_accents(self) -> None:
        self._page = (self._page + 1) % (len(ACCENT_PAGES) + 1)
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
