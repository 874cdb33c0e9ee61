"""The form an attendee fills in.  Nothing typed here is written anywhere until Submit,
and :meth:`SignScreen.wipe` leaves no trace for the next person (no undo, no clipboard)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
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
from kiosk.ui.i18n import tr_message
from kiosk.ui.onscreen_keyboard import OnScreenKeyboard
from kiosk.ui.signature_pad import SignaturePad

SENSITIVE = (
    Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
    | Qt.InputMethodHint.ImhNoAutoUppercase
)


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


class SignScreen(QWidget):
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
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        outer.addWidget(self.scroll, 1)
        page = QWidget()
        self.scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 24, 48, 16)
        layout.setSpacing(12)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)
        self.statement = QLabel()
        self.statement.setObjectName("statement")
        self.statement.setWordWrap(True)
        layout.addWidget(self.statement)

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)
        for i, spec in enumerate(campaign.fields):
            row, col = divmod(i, 2)
            box = QVBoxLayout()
            label = QLabel()
            edit = self._make_input(spec)
            label.setBuddy(edit)
            error = _error_label(f"error_{spec.key}")
            box.addWidget(label)
            box.addWidget(edit)
            box.addWidget(error)
            box.addStretch(1)
            grid.addLayout(box, row, col)
            self.inputs[spec.key], self.errors[spec.key], self.labels[spec.key] = edit, error, label
        layout.addLayout(grid)

        # Consents on the left, the signature pad on the right: all of it above the fold.
        lower = QHBoxLayout()
        lower.setSpacing(24)
        consents = QVBoxLayout()
        self.consent_sign = QCheckBox()
        self.consent_sign.setObjectName("consentSign")
        consents.addWidget(self.consent_sign)
        self.errors["consent_sign"] = _error_label("error_consent_sign")
        consents.addWidget(self.errors["consent_sign"])
        self.consent_mailing = QCheckBox()
        self.consent_mailing.setObjectName("consentMailing")
        consents.addWidget(self.consent_mailing)
        self.privacy_button = QPushButton()
        self.privacy_button.setObjectName("privacyButton")
        self.privacy_button.setProperty("link", True)
        self.privacy_button.setCheckable(True)
        self.privacy_button.toggled.connect(lambda on: self.privacy.setVisible(on))
        consents.addWidget(self.privacy_button, 0, Qt.AlignmentFlag.AlignLeft)
        consents.addStretch(1)
        lower.addLayout(consents, 1)

        pad_box = QVBoxLayout()
        pad_header = QHBoxLayout()
        self.pad_label = QLabel()
        self.pad_label.setWordWrap(True)
        pad_header.addWidget(self.pad_label, 1)
        self.clear_pad = QPushButton()
        self.clear_pad.setObjectName("clearSignature")
        pad_header.addWidget(self.clear_pad)
        pad_box.addLayout(pad_header)
        self.pad = SignaturePad()
        self.pad.setMinimumHeight(150)
        self.clear_pad.clicked.connect(self.pad.clear)
        pad_box.addWidget(self.pad, 1)
        self.errors["signature"] = _error_label("error_signature")
        pad_box.addWidget(self.errors["signature"])
        lower.addLayout(pad_box, 1)
        layout.addLayout(lower)
        self.privacy = QLabel()
        self.privacy.setObjectName("privacyNotice")
        self.privacy.setWordWrap(True)
        self.privacy.hide()
        layout.addWidget(self.privacy)

        self.keyboard = OnScreenKeyboard()
        self.keyboard.setVisible(keyboard)
        outer.addWidget(self.keyboard)
        QApplication.instance().focusChanged.connect(self._keep_focus_visible)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(48, 8, 48, 20)
        self.back = QPushButton()
        self.back.setObjectName("backButton")
        self.back.clicked.connect(self.cancelled.emit)
        buttons.addWidget(self.back)
        self.keyboard_button = QPushButton("⌨")
        self.keyboard_button.setObjectName("keyboardToggle")
        self.keyboard_button.setCheckable(True)
        self.keyboard_button.setChecked(keyboard)
        self.keyboard_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.keyboard_button.toggled.connect(self._toggle_keyboard)
        buttons.addWidget(self.keyboard_button)
        buttons.addStretch(1)
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("submitSignature")
        self.submit_button.setProperty("primary", True)
        self.submit_button.clicked.connect(self.submit)
        buttons.addWidget(self.submit_button)
        outer.addLayout(buttons)
        self.retranslate(self._language)

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
        label.setText(text or "")
        label.setVisible(bool(text))
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
        clipboard = QGuiApplication.clipboard()
        clipboard.clear()
        self.scroll.verticalScrollBar().setValue(0)

    def _toggle_keyboard(self, shown: bool) -> None:
        self.keyboard.setVisible(shown)
        self._keep_focus_visible(None, QApplication.focusWidget())

    def _keep_focus_visible(self, _old, new) -> None:
        """The keyboard takes room from the form: scroll the focused field into view."""
        if new is not None and self.scroll.widget().isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 50, 50)

    def has_input(self) -> bool:
        return (
            any(edit.text() for edit in self.inputs.values())
            or self.consent_sign.isChecked()
            or self.consent_mailing.isChecked()
            or not self.pad.is_empty()
        )

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
        self.consent_sign.setText(self.tr("I sign this petition (required)"))
        self.consent_sign.setAccessibleName(self.consent_sign.text())
        self.consent_mailing.setText(
            self.tr("Keep me informed about this campaign by email (optional)")
        )
        self.consent_mailing.setAccessibleName(self.consent_mailing.text())
        self.privacy_button.setText(self.tr("What happens to my details?"))
        self.privacy_button.setAccessibleName(self.privacy_button.text())
        self.privacy.setText(c.text(c.privacy_notice, language))
        self.pad_label.setText(self.tr("Your signature (optional)"))
        self.pad.setAccessibleName(self.tr("Signature pad"))
        self.clear_pad.setText(self.tr("Clear"))
        self.clear_pad.setAccessibleName(self.tr("Clear the signature"))
        self.back.setText(self.tr("Back"))
        self.back.setAccessibleName(self.back.text())
        self.keyboard.set_language(language)
        self.keyboard_button.setAccessibleName(self.tr("Show or hide the on-screen keyboard"))
        self.submit_button.setText(self.tr("Sign"))
        self.submit_button.setAccessibleName(self.tr("Submit my signature"))
