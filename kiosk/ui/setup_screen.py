"""First run: choose a PIN, set up the organizer key, and name the first event.

Shown in a window-sized page with an always-visible Quit button, so a new user is never
trapped in full screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.credentials import PIN_MAX_DIGITS, PIN_MIN_DIGITS
from kiosk.core.setup import CREATE_KEY, KEY_READY, PUBLIC_KEY, SetupProblem, SetupRequest
from kiosk.ui.file_chooser import choose_file
from kiosk.ui.i18n import tr_message
from kiosk.ui.key_backup import KeyBackupPanel
from kiosk.ui.pin_entry import pin_entry

# The first-run use case: applies the form, or returns its first problem.
SetupAction = Callable[[SetupRequest], SetupProblem | None]


def _secret(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
    )
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return edit


def _removable_media() -> str:
    """Where a USB stick with the organizer's key is likely mounted (the chooser starts there)."""
    from PySide6.QtCore import QStorageInfo

    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if volume.isReady() and root.startswith(("/media/", "/run/media/", "/Volumes/")):
            return root
    return ""


class SetupScreen(QWidget):
    finished = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        needs_key: bool,
        apply: SetupAction,
        describe_key: Callable[[str], str | None] | None = None,
        back_up_key: Callable[[str], str] | None = None,
        forget_key: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("setupScreen")
        self._apply = apply
        self._describe_key = describe_key
        self.needs_key = needs_key
        # Two pages: the form, then (for a key made here) backing the key up.
        self.pages = QStackedLayout(self)
        form_page = QWidget()
        self.pages.addWidget(form_page)
        self.backup_panel: KeyBackupPanel | None = None
        self._back_up_key, self._forget_key = back_up_key, forget_key
        outer = QVBoxLayout(form_page)
        outer.setContentsMargins(0, 0, 0, 20)
        # The form scrolls on small screens; Quit and Start stay visible below it.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        page = QWidget()
        scroll.setWidget(page)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(60, 30, 60, 10)
        self.title = QLabel()
        self.title.setObjectName("heading")
        layout.addWidget(self.title)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.pin = pin_entry("setupPin")
        self.pin_repeat = pin_entry("setupPinRepeat")
        self.pin_label, self.pin_repeat_label = QLabel(), QLabel()
        form.addRow(self.pin_label, self.pin)
        form.addRow(self.pin_repeat_label, self.pin_repeat)

        self.key_title = QLabel()
        self.key_title.setObjectName("heading")
        self.use_passphrase = QRadioButton()
        self.use_passphrase.setObjectName("setupUsePassphrase")
        self.use_public_key = QRadioButton()
        self.use_public_key.setObjectName("setupUsePublicKey")
        self.use_public_key.setChecked(True)  # pairing with the organizer's key is the default
        self.passphrase = _secret("setupPassphrase")
        self.passphrase_repeat = _secret("setupPassphraseRepeat")
        self.passphrase_label, self.passphrase_repeat_label = QLabel(), QLabel()
        self.key_file = QLineEdit()
        self.key_file.setObjectName("setupKeyFile")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_file, 1)
        key_row.addWidget(self.browse)
        # The key's fingerprint, to compare aloud with the organizer's before trusting it.
        self.key_fingerprint = QLabel()
        self.key_fingerprint.setObjectName("setupKeyFingerprint")
        self.key_fingerprint.setWordWrap(True)
        self.key_file.textChanged.connect(self._show_fingerprint)
        self.use_passphrase.toggled.connect(self._key_choice_changed)
        self._key_choice_changed(True)
        if needs_key:
            form.addRow(self.key_title)
            # Pairing first: the private key then never lives on a kiosk at a public table.
            form.addRow(self.use_public_key)
            form.addRow(key_row)
            form.addRow(self.key_fingerprint)
            form.addRow(self.use_passphrase)
            form.addRow(self.passphrase_label, self.passphrase)
            form.addRow(self.passphrase_repeat_label, self.passphrase_repeat)
        self.event_name = QLineEdit()
        self.event_name.setObjectName("setupEventName")
        self.event_place = QLineEdit()
        self.event_place.setObjectName("setupEventPlace")
        self.event_label, self.place_label = QLabel(), QLabel()
        form.addRow(self.event_label, self.event_name)
        form.addRow(self.place_label, self.event_place)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("setupError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(60, 0, 60, 0)
        self.quit = QPushButton()
        self.quit.setObjectName("setupQuit")
        self.quit.clicked.connect(self.quit_requested.emit)
        self.done = QPushButton()
        self.done.setObjectName("setupDone")
        self.done.setProperty("primary", True)
        self.done.clicked.connect(self.submit)
        buttons.addWidget(self.quit)
        buttons.addStretch(1)
        buttons.addWidget(self.done)
        outer.addLayout(buttons)
        self.retranslate("en")

    def _browse(self) -> None:
        path = choose_file(
            self,
            self.tr("Organizer public key"),
            _removable_media(),
            self.tr("Public keys (*.pub *.pem)"),
        )
        if path:
            self.key_file.setText(path)
            self.use_public_key.setChecked(True)

    def _show_fingerprint(self, text: str) -> None:
        path = text.strip()
        if not path or self._describe_key is None:
            self.key_fingerprint.setText("")
            return
        described = self._describe_key(path)
        self.key_fingerprint.setText(
            self.tr("Fingerprint: %1. Check it with the organizer before you go on.").replace(
                "%1", described
            )
            if described
            else self.tr("This file is not an organizer public key.")
        )

    def _key_choice_changed(self, _checked: bool) -> None:
        create = self.use_passphrase.isChecked()
        for edit in (self.passphrase, self.passphrase_repeat):
            edit.setEnabled(create)
        self.key_file.setEnabled(not create)
        self.browse.setEnabled(not create)

    def _fields(self) -> dict[str, QLineEdit]:
        return {
            "pin": self.pin,
            "pin_repeat": self.pin_repeat,
            "passphrase": self.passphrase,
            "passphrase_repeat": self.passphrase_repeat,
            "key_file": self.key_file,
            "event_name": self.event_name,
        }

    def request(self) -> SetupRequest:
        choice = KEY_READY
        if self.needs_key:
            choice = CREATE_KEY if self.use_passphrase.isChecked() else PUBLIC_KEY
        key_file = self.key_file.text().strip()
        pasted = key_file if "BEGIN PUBLIC KEY" in key_file else ""
        if pasted:
            key_file = ""
        return SetupRequest(
            pin=self.pin.text(),
            pin_repeat=self.pin_repeat.text(),
            event_name=self.event_name.text(),
            event_place=self.event_place.text(),
            key_choice=choice,
            passphrase=self.passphrase.text(),
            passphrase_repeat=self.passphrase_repeat.text(),
            key_file=Path(key_file) if key_file else None,
            key_text=pasted,
        )

    def submit(self) -> None:
        self.error.setText("")
        for edit in self._fields().values():
            edit.setProperty("invalid", False)
            edit.style().polish(edit)
        problem = self._apply(self.request())
        if problem is not None:
            self.error.setText(tr_message(problem.message))
            field = self._fields().get(problem.field)
            if field is not None:  # mark the field the message is about, and go there
                field.setProperty("invalid", True)
                field.style().polish(field)
                field.setFocus()
            return
        made_here = self.needs_key and self.use_passphrase.isChecked()
        for edit in (self.pin, self.pin_repeat, self.passphrase, self.passphrase_repeat):
            edit.setText("")
        if made_here and self._back_up_key and self._forget_key:
            self.backup_panel = KeyBackupPanel(
                self._back_up_key, self._forget_key, _removable_media()
            )
            self.backup_panel.done.connect(self.finished.emit)
            self.pages.addWidget(self.backup_panel)
            self.pages.setCurrentWidget(self.backup_panel)
            return
        self.finished.emit()

    def retranslate(self, language: str) -> None:
        self.title.setText(self.tr("Set up this kiosk"))
        self.intro.setText(
            self.tr(
                "Three steps before the first signature. The PIN unlocks the volunteer menu "
                "(tap the top-left corner of the welcome screen five times)."
            )
        )
        self.pin_label.setText(
            self.tr("Volunteer PIN (%1 to %2 digits)")
            .replace("%1", str(PIN_MIN_DIGITS))
            .replace("%2", str(PIN_MAX_DIGITS))
        )
        self.pin_repeat_label.setText(self.tr("Repeat the PIN"))
        self.key_title.setText(self.tr("Who can read the signatures?"))
        self.use_passphrase.setText(
            self.tr("Create an organizer key on this kiosk, protected by a passphrase")
        )
        self.passphrase_label.setText(self.tr("Export passphrase"))
        self.passphrase_repeat_label.setText(self.tr("Repeat the passphrase"))
        self.use_public_key.setText(self.tr("Use the organizer's public key file"))
        self.key_file.setPlaceholderText(self.tr("organizer.pub on a USB stick, or paste the key"))
        self.browse.setText(self.tr("Choose…"))
        self.event_label.setText(self.tr("First event"))
        self.place_label.setText(self.tr("Place (optional)"))
        self.quit.setText(self.tr("Quit"))
        self.done.setText(self.tr("Start collecting"))
        for edit, label in (
            (self.pin, self.pin_label),
            (self.pin_repeat, self.pin_repeat_label),
            (self.passphrase, self.passphrase_label),
            (self.passphrase_repeat, self.passphrase_repeat_label),
            (self.event_name, self.event_label),
            (self.event_place, self.place_label),
        ):
            edit.setAccessibleName(label.text())
        self.key_file.setAccessibleName(self.use_public_key.text())
        for b in (self.quit, self.done, self.browse):
            b.setAccessibleName(b.text())
