"""The volunteer menu: events and counts, export and wipe, backup, PIN, lock, exit."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.credentials import CredentialError, mismatch
from kiosk.core.models import EventError
from kiosk.ui.i18n import LANGUAGE_NAMES, UI_LANGUAGES, tr_message
from kiosk.ui.pin_entry import pin_entry
from kiosk.ui.ports import AdminPort, EventsPort, PinPort
from kiosk.ui.qr_view import QrView


class AdminScreen(QWidget):
    lock_requested = Signal()
    exit_requested = Signal()
    backup_requested = Signal()
    export_requested = Signal()
    events_changed = Signal()
    default_language_chosen = Signal(str)

    def __init__(
        self,
        events: EventsPort,
        pins: PinPort,
        admin: AdminPort,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("adminScreen")
        self.events, self.pins, self.admin = events, pins, admin
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        self.title = QLabel()
        self.title.setObjectName("heading")
        layout.addWidget(self.title)

        form = QGridLayout()
        self.event_label = QLabel()
        self.event_name = QLineEdit()
        self.event_name.setObjectName("eventName")
        self.place_label = QLabel()
        self.event_place = QLineEdit()
        self.event_place.setObjectName("eventPlace")
        form.addWidget(self.event_label, 0, 0)
        form.addWidget(self.event_name, 0, 1)
        form.addWidget(self.place_label, 1, 0)
        form.addWidget(self.event_place, 1, 1)
        layout.addLayout(form)
        event_buttons = QHBoxLayout()
        self.start_button = QPushButton()
        self.start_button.setObjectName("startEvent")
        self.start_button.clicked.connect(self._start_event)
        self.rename_button = QPushButton()
        self.rename_button.setObjectName("renameEvent")
        self.rename_button.clicked.connect(self._rename_event)
        self.end_button = QPushButton()
        self.end_button.setObjectName("endEvent")
        self.end_button.clicked.connect(self._end_event)
        for b in (self.start_button, self.rename_button, self.end_button):
            event_buttons.addWidget(b)
        event_buttons.addStretch(1)
        layout.addLayout(event_buttons)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("eventsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.table.setMinimumHeight(60)  # the list scrolls; the buttons below must show
        self.summary = QLabel()
        self.summary.setObjectName("adminSummary")
        # Who this kiosk is, for the organizer's registry: read aloud or scan.
        self.identity = QLabel()
        self.identity.setObjectName("kioskIdentity")
        self.identity.setWordWrap(True)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.identity_qr = QrView("")
        self.identity_qr.setObjectName("kioskIdentityQr")
        self.identity_qr.setFixedSize(76, 76)
        texts = QVBoxLayout()
        texts.addWidget(self.summary)
        texts.addWidget(self.identity)
        summary_row = QHBoxLayout()
        summary_row.addLayout(texts, 1)
        summary_row.addWidget(self.identity_qr)
        layout.addLayout(summary_row)

        pin_row = QHBoxLayout()
        self.new_pin = pin_entry("newPin")
        self.repeat_pin = pin_entry("repeatPin")
        self.pin_button = QPushButton()
        self.pin_button.setObjectName("changePin")
        self.pin_button.clicked.connect(self._change_pin)
        for w in (self.new_pin, self.repeat_pin, self.pin_button):
            pin_row.addWidget(w)
        layout.addLayout(pin_row)

        actions = QHBoxLayout()
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export_requested.emit)
        self.wipe_pin = pin_entry("wipePin")
        self.wipe_pin.setMaximumWidth(180)
        self.wipe_button = QPushButton()
        self.wipe_button.setObjectName("wipeButton")
        self.wipe_button.clicked.connect(self._wipe)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backupButton")
        self.backup_button.clicked.connect(self.backup_requested.emit)
        for b in (self.export_button, self.backup_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.wipe_pin)
        actions.addWidget(self.wipe_button)
        layout.addLayout(actions)
        session = QHBoxLayout()  # a second row: long translations must not clip the buttons
        # The language every reset returns to (after thank-you, the idle wipe, Back).
        self.default_language_label = QLabel()
        session.addWidget(self.default_language_label)
        self.default_language_buttons: dict[str, QPushButton] = {}
        for lang in UI_LANGUAGES:
            button = QPushButton(lang.upper())
            button.setObjectName(f"defaultLanguage_{lang}")
            button.setProperty("lang", True)
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.clicked.connect(lambda _=False, code=lang: self._choose_default(code))
            self.default_language_buttons[lang] = button
            session.addWidget(button)
        session.addSpacing(16)
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setProperty("primary", True)
        self.lock_button.clicked.connect(self.lock_requested.emit)
        self.exit_button = QPushButton()
        self.exit_button.setObjectName("exitButton")
        self.exit_button.clicked.connect(self.exit_requested.emit)
        session.addWidget(self.exit_button)
        session.addStretch(1)
        session.addWidget(self.lock_button)
        layout.addLayout(session)
        self.status = QLabel()
        self.status.setObjectName("adminStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.retranslate("en")

    def refresh(self) -> None:
        self._show_identity()
        events = self.events.list()
        current = next((e for e in reversed(events) if e.is_open), None)
        self.event_name.setText(current.name if current else "")
        self.event_place.setText(current.place if current else "")
        self.end_button.setEnabled(current is not None)
        self.rename_button.setEnabled(current is not None)
        locale = QLocale()
        self.table.setRowCount(len(events))
        for row, event in enumerate(reversed(events)):
            local_start = event.starts_at.astimezone()
            end = event.ends_at.astimezone().strftime("%Y-%m-%d %H:%M") if event.ends_at else "—"
            values = [
                event.name,
                event.place,
                f"{local_start:%Y-%m-%d %H:%M} → {end}",
                locale.toString(event.signature_count),
            ]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        total = sum(e.signature_count for e in events)
        text = self.tr("Signatures on this kiosk: %1").replace("%1", locale.toString(total))
        text += "   ·   " + self.tr("not yet in a verified export: %1").replace(
            "%1", locale.toString(self.admin.unexported_count())
        )
        self.summary.setText(text)

    def _show_identity(self) -> None:
        kiosk_id, spoken = self.admin.kiosk_identity()
        self.identity.setText(
            self.tr("This kiosk: %1 · fingerprint %2").replace("%1", kiosk_id).replace("%2", spoken)
        )
        self.identity.setAccessibleName(self.identity.text())
        self.identity_qr.set_text(spoken.split(" · ")[0])

    def show_default_language(self, language: str) -> None:
        for code, button in self.default_language_buttons.items():
            button.setChecked(code == language)

    def _choose_default(self, language: str) -> None:
        self.show_default_language(language)
        self.default_language_chosen.emit(language)
        self.show_status(
            self.tr("The kiosk now starts, and returns after each signer, in %1.").replace(
                "%1", LANGUAGE_NAMES[language]
            )
        )

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def _start_event(self) -> None:
        try:
            self.events.start(self.event_name.text(), self.event_place.text())
        except EventError:
            self.show_status(self.tr("Give the event a name first."))
            return
        self.show_status(self.tr("New event started."))
        self.events_changed.emit()
        self.refresh()

    def _rename_event(self) -> None:
        current = self.events.current()
        if current is None:
            return
        try:
            self.events.rename(current.id, self.event_name.text(), self.event_place.text())
        except EventError:
            self.show_status(self.tr("Give the event a name first."))
            return
        self.show_status(self.tr("Event renamed."))
        self.refresh()

    def _end_event(self) -> None:
        current = self.events.current()
        if current is not None:
            self.events.end(current.id)
            self.show_status(self.tr("Event ended. New signatures start a new event."))
            self.events_changed.emit()
        self.refresh()

    def _wipe(self) -> None:
        """Remove what a verified sealed bundle holds; asks for the PIN again first."""
        pin = self.wipe_pin.text()
        self.wipe_pin.setText("")
        if not pin:
            self.show_status(self.tr("Enter the PIN to remove exported signatures."))
            return
        result = self.admin.wipe_exported(pin)
        if not result.pin.ok:
            self.show_status(self.tr("Wrong PIN: nothing was removed."))
            return
        self.show_status(
            self.tr("Removed %1 exported signatures; kept %2 not yet exported.")
            .replace("%1", str(result.removed))
            .replace("%2", str(result.kept))
        )
        self.events_changed.emit()
        self.refresh()

    def _change_pin(self) -> None:
        pin, repeat = self.new_pin.text(), self.repeat_pin.text()
        self.new_pin.setText("")
        self.repeat_pin.setText("")
        if pin != repeat:
            self.show_status(tr_message(mismatch("pin")))
            return
        try:
            self.pins.set_pin(pin)
        except CredentialError as exc:
            self.show_status(tr_message(exc.message))
            return
        self.show_status(self.tr("PIN changed."))

    def retranslate(self, language: str) -> None:
        self.title.setText(self.tr("Volunteer menu"))
        self.event_label.setText(self.tr("Event"))
        self.place_label.setText(self.tr("Place"))
        self.event_name.setAccessibleName(self.tr("Event name"))
        self.event_place.setAccessibleName(self.tr("Event place"))
        self.start_button.setText(self.tr("Start new event"))
        self.rename_button.setText(self.tr("Rename"))
        self.end_button.setText(self.tr("End event"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Event"), self.tr("Place"), self.tr("Time"), self.tr("Signatures")]
        )
        self.new_pin.setPlaceholderText(self.tr("New PIN"))
        self.new_pin.setAccessibleName(self.tr("New PIN"))
        self.repeat_pin.setPlaceholderText(self.tr("Repeat PIN"))
        self.repeat_pin.setAccessibleName(self.tr("Repeat PIN"))
        self.pin_button.setText(self.tr("Change PIN"))
        self.backup_button.setText(self.tr("Back up now"))
        self.export_button.setText(self.tr("Export…"))
        self.wipe_pin.setPlaceholderText(self.tr("PIN"))
        self.wipe_pin.setAccessibleName(self.tr("PIN to confirm removing exported signatures"))
        self.wipe_button.setText(self.tr("Remove exported"))
        self.lock_button.setText(self.tr("Lock"))
        self.exit_button.setText(self.tr("Exit kiosk"))
        self.default_language_label.setText(self.tr("Start in:"))
        for code, button in self.default_language_buttons.items():
            button.setAccessibleName(self.tr("Start in %1").replace("%1", LANGUAGE_NAMES[code]))
        for b in (
            self.start_button,
            self.rename_button,
            self.end_button,
            self.pin_button,
            self.export_button,
            self.wipe_button,
            self.backup_button,
            self.lock_button,
            self.exit_button,
        ):
            b.setAccessibleName(b.text())
        self.table.setAccessibleName(self.tr("Events and their signature counts"))
        if self.isVisible():
            self.refresh()
