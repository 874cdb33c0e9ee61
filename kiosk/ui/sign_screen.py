"""The form an attendee fills in.  Nothing typed here is written anywhere until Submit,
and :meth:`SignScreen.wipe` leaves no trace for the next person (no undo, no clipboard)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.campaign import Campaign
from kiosk.core.fields import FieldSpec
from kiosk.core.models import Receipt, SignatureDraft
from kiosk.core.validation import FieldError, ValidationFailed, validate_field
from kiosk.ui.clipboards import wipe_clipboards
from kiosk.ui.finger_scroll import grab_finger_scrolling
from kiosk.ui.i18n import tr_message
from kiosk.ui.onscreen_keyboard import OnScreenKeyboard
from kiosk.ui.reserved_label import ReservedLabel
from kiosk.ui.signature_pad import SignaturePad
from kiosk.ui.tick_box import ConsentRow

PAD_MIN_HEIGHT = 120  # with room for the signing line a finger can sign above

SENSITIVE = (
    Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
    | Qt.InputMethodHint.ImhNoAutoUppercase
)


def _error_label(name: str, lines: int = 2) -> QLabel:
    label = ReservedLabel(lines)
    label.setObjectName(name)
    label.setProperty("role", "error")
    return label


class SignScreen(QWidget):
    """Every field, both consents, the pad and Sign fit on one screen, from a 1024x600 tablet
    to a portrait 800x1280 one: side by side in landscape, stacked in portrait.  Error lines
    keep their room while empty, so nothing moves when one appears.  Only when the on-screen
    keyboard takes room does the form scroll (by finger), keeping the focused field in view."""

    signed = Signal(object)  # Receipt
    save_failed = Signal(object)  # the exception; its text may hold data, so never shown
    cancelled = Signal()

    def __init__(
        self,
        campaign: Campaign,
        submit: Callable[[SignatureDraft], Receipt],
        keyboard: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("signScreen")
        self.campaign = campaign
        self._submit = submit
        self._language = campaign.default_language
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("signForm")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        grab_finger_scrolling(self.scroll)
        outer.addWidget(self.scroll, 1)
        page = QWidget()
        self.scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 12, 32, 4)
        layout.setSpacing(8)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.statement = QLabel()
        self.statement.setObjectName("statement")
        self.statement.setWordWrap(True)
        layout.addWidget(self.statement)

        # Fields on one side; consents and the pad on the other (or below, in portrait).
        self.middle = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.middle.setSpacing(24)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        for i, spec in enumerate(campaign.fields):
            row, col = divmod(i, 2)
            label = QLabel()
            label.setWordWrap(True)
            edit = self._make_input(spec)
            label.setBuddy(edit)
            error = _error_label(f"error_{spec.key}")
            grid.addWidget(label, row * 3, col, Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(edit, row * 3 + 1, col)
            grid.addWidget(error, row * 3 + 2, col, Qt.AlignmentFlag.AlignTop)
            self.inputs[spec.key], self.errors[spec.key], self.labels[spec.key] = edit, error, label
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.fields_box = QVBoxLayout()
        self.fields_box.addLayout(grid)
        self.fields_box.addStretch(1)
        self.middle.addLayout(self.fields_box, 3)

        side = QVBoxLayout()
        side.setSpacing(2)
        self.consent_sign_row = ConsentRow("consentSign")
        self.consent_sign = self.consent_sign_row.box
        side.addWidget(self.consent_sign_row)
        self.errors["consent_sign"] = _error_label("error_consent_sign")
        side.addWidget(self.errors["consent_sign"])
        self.consent_sign.toggled.connect(lambda on: on and self._show_error("consent_sign", None))
        self.consent_mailing_row = ConsentRow("consentMailing")
        self.consent_mailing = self.consent_mailing_row.box
        side.addWidget(self.consent_mailing_row)
        side.addSpacing(6)
        pad_header = QHBoxLayout()
        self.pad_label = QLabel()
        self.pad_label.setWordWrap(True)
        pad_header.addWidget(self.pad_label, 1)
        self.clear_pad = QPushButton()
        self.clear_pad.setObjectName("clearSignature")
        pad_header.addWidget(self.clear_pad)
        side.addLayout(pad_header)
        self.pad = SignaturePad()
        self.pad.setMinimumHeight(PAD_MIN_HEIGHT)
        self.clear_pad.clicked.connect(self.pad.clear)
        side.addWidget(self.pad, 1)
        self.errors["signature"] = _error_label("error_signature", lines=1)
        side.addWidget(self.errors["signature"])
        self.middle.addLayout(side, 2)
        layout.addLayout(self.middle, 1)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(32, 6, 32, 10)
        buttons.setSpacing(12)
        self.back = QPushButton()
        self.back.setObjectName("backButton")
        self.back.clicked.connect(self.cancelled.emit)
        buttons.addWidget(self.back)
        self.keyboard_button = QPushButton()
        self.keyboard_button.setObjectName("keyboardToggle")
        self.keyboard_button.setCheckable(True)
        self.keyboard_button.setChecked(keyboard)
        self.keyboard_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.keyboard_button.toggled.connect(self._toggle_keyboard)
        buttons.addWidget(self.keyboard_button)
        self.privacy_button = QPushButton()
        self.privacy_button.setObjectName("privacyButton")
        self.privacy_button.setProperty("link", True)
        self.privacy_button.setCheckable(True)
        self.privacy_button.toggled.connect(self._show_privacy)
        buttons.addWidget(self.privacy_button, 1, Qt.AlignmentFlag.AlignLeft)
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("submitSignature")
        self.submit_button.setProperty("primary", True)
        self.submit_button.clicked.connect(self.submit)
        buttons.addWidget(self.submit_button)
        outer.addLayout(buttons)

        self._keyboard_default = keyboard
        self.keyboard = OnScreenKeyboard()
        self.keyboard.setVisible(keyboard)
        self.keyboard.hide_requested.connect(lambda: self.keyboard_button.setChecked(False))
        self.keyboard.next_requested.connect(self.focus_next_field)
        outer.addWidget(self.keyboard)
        QApplication.instance().focusChanged.connect(self._keep_focus_visible)

        # The privacy notice opens over the form (not below it), readable without scrolling.
        self.privacy_panel = QFrame(self)
        self.privacy_panel.setObjectName("privacyPanel")
        panel = QVBoxLayout(self.privacy_panel)
        panel.setContentsMargins(28, 20, 28, 20)
        self.privacy_title = QLabel()
        self.privacy_title.setObjectName("heading")
        self.privacy_title.setWordWrap(True)
        panel.addWidget(self.privacy_title)
        self.privacy = QLabel()
        self.privacy.setObjectName("privacyNotice")
        self.privacy.setWordWrap(True)
        self.privacy.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        panel.addWidget(self.privacy, 1)
        self.privacy_close = QPushButton()
        self.privacy_close.setObjectName("privacyClose")
        self.privacy_close.clicked.connect(lambda: self.privacy_button.setChecked(False))
        panel.addWidget(self.privacy_close, 0, Qt.AlignmentFlag.AlignRight)
        self.privacy_panel.hide()
        self.retranslate(self._language)

    def resizeEvent(self, event) -> None:
        portrait = self.height() > self.width()
        self.middle.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self.middle.setStretch(0, 0 if portrait else 3)
        self.middle.setStretch(1, 1 if portrait else 2)
        super().resizeEvent(event)
        if self.privacy_panel.isVisible():
            self._place_privacy()

    def _place_privacy(self) -> None:
        area = self.scroll.geometry()
        self.privacy_panel.setGeometry(area.adjusted(16, 12, -16, -8))
        self.privacy_panel.raise_()

    def _show_privacy(self, shown: bool) -> None:
        if shown:
            self._place_privacy()
        self.privacy_panel.setVisible(shown)

    def _make_input(self, spec: FieldSpec) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"field_{spec.key}")
        edit.setMaxLength(spec.max_length + 20)  # room to show the "too long" message
        hints = SENSITIVE
        if spec.kind == "email":
            hints |= Qt.InputMethodHint.ImhEmailCharactersOnly
        edit.setInputMethodHints(hints)
        edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        edit.setDragEnabled(False)
        edit.editingFinished.connect(lambda key=spec.key: self._check_one(key))
        edit.textEdited.connect(lambda _text, key=spec.key: self._show_error(key, None))
        return edit

    # --- validation display ---
    def _show_error(self, key: str, text: str | None) -> None:
        label = self.errors.get(key)
        if label is None:
            return
        label.setText(text or "")  # the label keeps its room: nothing moves
        edit = self.inputs.get(key)
        if edit is not None:
            edit.setProperty("invalid", bool(text))
            edit.style().unpolish(edit)
            edit.style().polish(edit)
            edit.setAccessibleDescription(text or "")

    def _check_one(self, key: str) -> None:
        spec = self.campaign.field(key)
        edit = self.inputs[key]
        if spec is None or not edit.text():
            return
        _, problem = validate_field(spec, edit.text(), self._language)
        self._show_error(key, tr_message(problem) if problem else None)

    def _show_errors(self, errors: list[FieldError]) -> None:
        for key in self.errors:
            self._show_error(key, None)
        for error in errors:
            self._show_error(error.field, tr_message(error.message))
        first = errors[0].field if errors else None
        target = self.inputs.get(first) or (self.consent_sign if first == "consent_sign" else None)
        if target is not None:
            target.setFocus()
            self.scroll.ensureWidgetVisible(target)

    # --- actions ---
    def draft(self) -> SignatureDraft:
        return SignatureDraft(
            fields={key: edit.text() for key, edit in self.inputs.items()},
            consent_sign=self.consent_sign.isChecked(),
            consent_mailing=self.consent_mailing.isChecked(),
            strokes=self.pad.strokes(),
            language=self._language,
        )

    def submit(self) -> None:
        self.submit_button.setEnabled(False)
        try:
            receipt = self._submit(self.draft())
        except ValidationFailed as failed:
            self._show_errors(failed.errors)
            return
        except Exception as exc:
            # Not stored. Nothing stays on screen; the main window logs and explains.
            self.wipe()
            self.save_failed.emit(exc)
            return
        finally:
            self.submit_button.setEnabled(True)
        self.wipe()
        self.signed.emit(receipt)

    def wipe(self) -> None:
        """Forget everything the last attendee entered, including undo history."""
        for edit in self.inputs.values():
            edit.setText("")  # setText also clears the undo/redo history
            edit.setProperty("invalid", False)
            edit.setModified(False)
        for key in self.errors:
            self._show_error(key, None)
        self.consent_sign.setChecked(False)
        self.consent_mailing.setChecked(False)
        self.privacy_button.setChecked(False)
        self.pad.clear()
        self.privacy_button.setChecked(False)
        self.keyboard_button.setChecked(self._keyboard_default)
        wipe_clipboards()
        self.scroll.verticalScrollBar().setValue(0)

    def _toggle_keyboard(self, shown: bool) -> None:
        self.keyboard.setVisible(shown)
        # Lay the shrunken form out now, then bring the field being typed in into view.
        self.layout().activate()
        self.scroll.widget().layout().activate()
        self._keep_focus_visible(None, self.focusWidget())

    def _keep_focus_visible(self, _old, new) -> None:
        """The keyboard takes room from the form: scroll the focused field into view."""
        if new is not None and self.scroll.widget().isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 24, 24)

    def has_input(self) -> bool:
        return (
            any(edit.text() for edit in self.inputs.values())
            or self.consent_sign.isChecked()
            or self.consent_mailing.isChecked()
            or not self.pad.is_empty()
        )

    def focus_next_field(self) -> None:
        """The keyboard's Next key: the following field, then back to the first."""
        edits = list(self.inputs.values())
        current = QApplication.focusWidget()
        index = edits.index(current) + 1 if current in edits else 0
        edits[index % len(edits)].setFocus()

    def focus_first(self) -> None:
        first = next(iter(self.inputs.values()), None)
        if first is not None:
            first.setFocus()

    def retranslate(self, language: str) -> None:
        self._language = language
        c = self.campaign
        self.heading.setText(self.tr("Add your name"))
        self.statement.setText(c.text(c.statement, language))
        for key, label in self.labels.items():
            spec = c.field(key)
            text = spec.label(language, c.default_language) if spec else key
            label.setText(text + (" *" if spec and spec.required else ""))
            self.inputs[key].setAccessibleName(text)
        self.consent_sign_row.set_text(self.tr("I sign this petition (required)"))
        self.consent_mailing_row.set_text(
            self.tr("Keep me informed about this campaign by email (optional)")
        )
        self.privacy_button.setText(self.tr("What happens to my details?"))
        self.privacy_button.setAccessibleName(self.privacy_button.text())
        self.privacy_title.setText(self.privacy_button.text())
        self.privacy.setText(c.text(c.privacy_notice, language))
        self.privacy_close.setText(self.tr("Close"))
        self.privacy_close.setAccessibleName(self.tr("Close the privacy notice"))
        self.pad_label.setText(self.tr("Your signature (optional)"))
        self.pad.setAccessibleName(self.tr("Signature pad"))
        self.clear_pad.setText(self.tr("Clear"))
        self.clear_pad.setAccessibleName(self.tr("Clear the signature"))
        self.back.setText(self.tr("Back"))
        self.back.setAccessibleName(self.back.text())
        self.keyboard.set_language(language)
        self.keyboard_button.setText("⌨ " + self.tr("Keyboard"))
        self.keyboard_button.setAccessibleName(self.tr("Show or hide the on-screen keyboard"))
        self.submit_button.setText(self.tr("Sign"))
        self.submit_button.setAccessibleName(self.tr("Submit my signature"))
