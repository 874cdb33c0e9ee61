"""The console's second page: what a volunteer needs now and then.  Change the PIN, back up,
remove exported signatures, the language the kiosk starts in, the idle
timeout, who this kiosk is (for the organizer's registry), and exit, asked twice."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from kiosk.core.credentials import CredentialError, mismatch
from kiosk.ui.i18n import LANGUAGE_NAMES, UI_LANGUAGES, tr_message
from kiosk.ui.pin_entry import pin_entry
from kiosk.ui.ports import AdminPort, PinPort
from kiosk.ui.qr_view import QrView


def _button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    return button


class MorePage(QWidget):
    status = Signal(str, str)  # text, banner kind
    backup_requested = Signal()
    exit_requested = Signal()
    removed = Signal()
    default_language_chosen = Signal(str)
    idle_timeout_chosen = Signal(int)

    def __init__(self, pins: PinPort, admin: AdminPort, parent: QWidget | None = None):
        super().__init__(parent)
        self.pins, self.admin = pins, admin
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        columns = QHBoxLayout()
        columns.setSpacing(20)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns, 1)

        pin_row = QHBoxLayout()
        self.new_pin = pin_entry("newPin")
        self.repeat_pin = pin_entry("repeatPin")
        self.pin_button = _button("changePin")
        self.pin_button.clicked.connect(self._change_pin)
        for w in (self.new_pin, self.repeat_pin):
            pin_row.addWidget(w, 1)
        pin_row.addWidget(self.pin_button)
        left.addLayout(pin_row)
        files = QHBoxLayout()
        self.backup_button = _button("backupButton")
        self.backup_button.clicked.connect(self.backup_requested.emit)
        files.addWidget(self.backup_button)
        files.addStretch(1)
        left.addLayout(files)
        wipe_row = QHBoxLayout()
        self.wipe_pin = pin_entry("wipePin")
        self.wipe_button = _button("wipeButton")
        self.wipe_button.clicked.connect(self._wipe)
        wipe_row.addWidget(self.wipe_pin, 1)
        wipe_row.addWidget(self.wipe_button)
        left.addLayout(wipe_row)
        left.addStretch(1)

        language_row = QHBoxLayout()
        self.default_language_label = QLabel()
        self.default_language_label.setWordWrap(True)
        language_row.addWidget(self.default_language_label, 1)
        self.default_language_buttons: dict[str, QPushButton] = {}
        for lang in UI_LANGUAGES:
            button = QPushButton(lang.upper())
            button.setObjectName(f"defaultLanguage_{lang}")
            button.setProperty("lang", True)
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.clicked.connect(lambda _=False, code=lang: self._choose_default(code))
            self.default_language_buttons[lang] = button
            language_row.addWidget(button)
        right.addLayout(language_row)
        idle_row = QHBoxLayout()
        self.idle_label = QLabel()
        self.idle_label.setWordWrap(True)
        idle_row.addWidget(self.idle_label, 1)
        self.idle_spin = QSpinBox()
        self.idle_spin.setObjectName("idleTimeout")
        self.idle_spin.setRange(30, 600)
        self.idle_spin.setSingleStep(30)
        self.idle_spin.editingFinished.connect(
            lambda: self.idle_timeout_chosen.emit(self.idle_spin.value())
        )
        idle_row.addWidget(self.idle_spin)
        right.addLayout(idle_row)
        # Who this kiosk is, for the organizer's registry: read aloud or scan.
        identity_row = QHBoxLayout()
        texts = QVBoxLayout()
        self.identity = QLabel()
        self.identity.setObjectName("kioskIdentity")
        self.identity.setWordWrap(True)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        texts.addWidget(self.identity)
        identity_row.addLayout(texts, 1)
        self.identity_qr = QrView("")
        self.identity_qr.setObjectName("kioskIdentityQr")
        self.identity_qr.setFixedSize(76, 76)
        identity_row.addWidget(self.identity_qr, 0, Qt.AlignmentFlag.AlignTop)
        right.addLayout(identity_row)
        right.addStretch(1)
        self.exit_question = QLabel()
        self.exit_question.setObjectName("exitQuestion")
        self.exit_question.setWordWrap(True)
        right.addWidget(self.exit_question)
        exit_row = QHBoxLayout()
        self.exit_button = _button("exitButton")
        self.exit_button.clicked.connect(self._ask_exit)
        exit_row.addWidget(self.exit_button)
        exit_row.addStretch(1)
        self.exit_confirm = _button("exitConfirm")
        self.exit_confirm.clicked.connect(self.exit_requested.emit)
        exit_row.addWidget(self.exit_confirm)
        right.addLayout(exit_row)
        self.show_exit_question(False)

    def show_exit_question(self, shown: bool) -> None:
        self.exit_question.setVisible(shown)
        self.exit_confirm.setVisible(shown)
        self.exit_button.setText(self.tr("Cancel") if shown else self.tr("Exit kiosk"))
        self.exit_button.setAccessibleName(self.exit_button.text())

    def _ask_exit(self) -> None:
        self.show_exit_question(not self.exit_confirm.isVisible())

    # --- data ---
    def show_identity(self) -> None:
        kiosk_id, spoken = self.admin.kiosk_identity()
        self.identity.setText(
            self.tr("This kiosk: %1 · fingerprint %2").replace("%1", kiosk_id).replace("%2", spoken)
        )
        self.identity.setAccessibleName(self.identity.text())
        self.identity_qr.set_text(spoken.split(" · ")[0])

    def show_default_language(self, language: str) -> None:
        for code, button in self.default_language_buttons.items():
            button.setChecked(code == language)

    def show_idle_timeout(self, seconds: int) -> None:
        self.idle_spin.setValue(seconds)

    def _choose_default(self, language: str) -> None:
        self.show_default_language(language)
        self.default_language_chosen.emit(language)
        self.status.emit(
            self.tr("The kiosk now starts, and returns after each signer, in %1.").replace(
                "%1", LANGUAGE_NAMES[language]
            ),
            "success",
        )

    def _wipe(self) -> None:
        """Remove what a verified sealed bundle holds; asks for the PIN again first."""
        pin = self.wipe_pin.text()
        self.wipe_pin.setText("")
        if not pin:
            self.status.emit(self.tr("Enter the PIN to remove exported signatures."), "warning")
            return
        result = self.admin.wipe_exported(pin)
        if not result.pin.ok:
            text = self.tr("Wrong PIN: nothing was removed.")
            if result.pin.tries_left is not None:
                text += " " + self.tr("%n try(s) left before a pause.", "", result.pin.tries_left)
            self.status.emit(text, "error")
            return
        self.status.emit(
            self.tr("Removed %n exported signature(s)", "", result.removed)
            + "; "
            + self.tr("kept %n not yet exported.", "", result.kept),
            "success",
        )
        self.removed.emit()

    def _change_pin(self) -> None:
        pin, repeat = self.new_pin.text(), self.repeat_pin.text()
        self.new_pin.setText("")
        self.repeat_pin.setText("")
        if pin != repeat:
            self.status.emit(tr_message(mismatch("pin")), "error")
            return
        try:
            self.pins.set_pin(pin)
        except CredentialError as exc:
            self.status.emit(tr_message(exc.message), "error")
            return
        self.status.emit(self.tr("PIN changed."), "success")

    def retranslate(self) -> None:
        self.new_pin.setPlaceholderText(self.tr("New PIN"))
        self.new_pin.setAccessibleName(self.tr("New PIN"))
        self.repeat_pin.setPlaceholderText(self.tr("Repeat PIN"))
        self.repeat_pin.setAccessibleName(self.tr("Repeat PIN"))
        self.pin_button.setText(self.tr("Change PIN"))
        self.backup_button.setText(self.tr("Back up now"))
        self.wipe_pin.setPlaceholderText(self.tr("PIN"))
        self.wipe_pin.setAccessibleName(self.tr("PIN to confirm removing exported signatures"))
        self.wipe_button.setText(self.tr("Remove exported"))
        self.exit_question.setText(self.tr("Exit the kiosk? The signatures stay safe on it."))
        self.exit_confirm.setText(self.tr("Exit kiosk"))
        self.show_exit_question(self.exit_confirm.isVisible())
        self.default_language_label.setText(self.tr("Start in:"))
        for code, button in self.default_language_buttons.items():
            button.setAccessibleName(self.tr("Start in %1").replace("%1", LANGUAGE_NAMES[code]))
        self.idle_label.setText(self.tr("Clear an untouched form after (seconds):"))
        self.idle_spin.setAccessibleName(self.idle_label.text())
        for b in (
            self.pin_button,
            self.wipe_button,
            self.backup_button,
            self.exit_confirm,
        ):
            b.setAccessibleName(b.text())
