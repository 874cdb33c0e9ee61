"""The volunteer console: status tiles across the top, the frequent actions below them (the
event, End of day, Lock), the rest on a second page (PIN, backup, language, idle timeout,
exit with a confirmation).  Fits a 1024x600 tablet in every language and both themes."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.models import EventError
from kiosk.ui.banner import Banner
from kiosk.ui.console_more import MorePage
from kiosk.ui.console_tiles import StatusTiles
from kiosk.ui.ports import AdminPort, EventsPort, PinPort

MAIN, MORE = 0, 1


def _button(name: str, primary: bool = False) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    if primary:
        button.setProperty("primary", True)
    return button


class AdminScreen(QWidget):
    lock_requested = Signal()
    exit_requested = Signal()
    backup_requested = Signal()
    end_of_day_requested = Signal()
    events_changed = Signal()
    default_language_chosen = Signal(str)
    idle_timeout_chosen = Signal(int)

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
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("heading")
        top.addWidget(self.title, 1)
        self.back_button = _button("adminBack")
        self.back_button.clicked.connect(lambda: self.show_page(MAIN))
        top.addWidget(self.back_button)
        self.lock_button = _button("lockButton", primary=True)
        self.lock_button.clicked.connect(self.lock_requested.emit)
        top.addWidget(self.lock_button)
        layout.addLayout(top)

        self.tiles = StatusTiles()
        layout.addWidget(self.tiles)

        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self._build_main()
        self.more = MorePage(pins, admin)
        self.more.status.connect(self.show_status)
        self.more.backup_requested.connect(self.backup_requested.emit)
        self.more.exit_requested.connect(self.exit_requested.emit)
        self.more.default_language_chosen.connect(self.default_language_chosen.emit)
        self.more.idle_timeout_chosen.connect(self.idle_timeout_chosen.emit)
        self.more.removed.connect(self.events_changed.emit)
        self.more.removed.connect(self.refresh)
        self.pages.addWidget(self.more)
        self.status = Banner("adminStatus")
        layout.addWidget(self.status)
        self.retranslate("en")
        self.show_page(MAIN)

    # --- page 1: the frequent actions ---
    def _build_main(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        self.event_label, self.place_label = QLabel(), QLabel()
        self.event_name = QLineEdit()
        self.event_name.setObjectName("eventName")
        self.event_place = QLineEdit()
        self.event_place.setObjectName("eventPlace")
        form.addWidget(self.event_label, 0, 0)
        form.addWidget(self.event_name, 0, 1)
        form.addWidget(self.place_label, 0, 2)
        form.addWidget(self.event_place, 0, 3)
        form.setColumnStretch(1, 3)
        form.setColumnStretch(3, 2)
        layout.addLayout(form)
        event_buttons = QHBoxLayout()
        self.start_button = _button("startEvent")
        self.start_button.clicked.connect(self._start_event)
        self.rename_button = _button("renameEvent")
        self.rename_button.clicked.connect(self._rename_event)
        self.end_button = _button("endEvent")
        self.end_button.clicked.connect(self._end_event)
        for b in (self.start_button, self.rename_button, self.end_button):
            event_buttons.addWidget(b)
        event_buttons.addStretch(1)
        layout.addLayout(event_buttons)
        self.summary = QLabel()
        self.summary.setObjectName("adminSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("eventsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Takes the room that is left (its own rows scroll); asks for none, so the buttons
        # below always show.
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.table.setMinimumHeight(40)
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.more_button = _button("moreButton")
        self.more_button.clicked.connect(lambda: self.show_page(MORE))
        actions.addWidget(self.more_button)
        actions.addStretch(1)
        self.end_of_day_button = _button("endOfDayButton", primary=True)
        self.end_of_day_button.clicked.connect(self.end_of_day_requested.emit)
        actions.addWidget(self.end_of_day_button)
        layout.addLayout(actions)
        self.pages.addWidget(page)

    # --- page 2: the rest ---
    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setVisible(page == MORE)
        self.more.show_exit_question(False)
        self.status.clear_message()

    def show_default_language(self, language: str) -> None:
        self.more.show_default_language(language)

    def show_idle_timeout(self, seconds: int) -> None:
        self.more.show_idle_timeout(seconds)

    def refresh(self) -> None:
        self.more.show_identity()
        events = self.events.list()
        current = next((e for e in reversed(events) if e.is_open), None)
        self.event_name.setText(current.name if current else "")
        self.event_place.setText(current.place if current else "")
        self.end_button.setEnabled(current is not None)
        self.rename_button.setEnabled(current is not None)
        locale = QLocale()
        self.table.setRowCount(len(events))
        for row, event in enumerate(reversed(events)):
            start = event.starts_at.astimezone()
            values = [event.name, f"{start:%Y-%m-%d %H:%M}", locale.toString(event.signature_count)]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        status = self.admin.status()
        self.tiles.show_status(status)
        total = sum(e.signature_count for e in events)
        self.summary.setText(
            self.tr("Signatures on this kiosk: %1").replace("%1", locale.toString(total))
            + "   ·   "
            + self.tr("not yet in a verified export: %1").replace(
                "%1", locale.toString(status.unexported)
            )
        )

    def show_status(self, text: str, kind: str = "info") -> None:
        self.status.show_message(kind, text)

    # --- actions ---
    def _start_event(self) -> None:
        try:
            self.events.start(self.event_name.text(), self.event_place.text())
        except EventError:
            self.show_status(self.tr("Give the event a name first."), "error")
            return
        self.show_status(self.tr("New event started."), "success")
        self.events_changed.emit()
        self.refresh()

    def _rename_event(self) -> None:
        current = self.events.current()
        if current is None:
            return
        try:
            self.events.rename(current.id, self.event_name.text(), self.event_place.text())
        except EventError:
            self.show_status(self.tr("Give the event a name first."), "error")
            return
        self.show_status(self.tr("Event renamed."), "success")
        self.refresh()

    def _end_event(self) -> None:
        current = self.events.current()
        if current is not None:
            self.events.end(current.id)
            self.show_status(self.tr("Event ended. New signatures start a new event."), "success")
            self.events_changed.emit()
        self.refresh()

    def retranslate(self, language: str) -> None:
        self.title.setText(self.tr("Volunteer menu"))
        self.event_label.setText(self.tr("Event"))
        self.place_label.setText(self.tr("Place"))
        self.event_name.setAccessibleName(self.tr("Event name"))
        self.event_place.setAccessibleName(self.tr("Event place"))
        self.start_button.setText(self.tr("Start new event"))
        self.rename_button.setText(self.tr("Rename"))
        self.end_button.setText(self.tr("End event"))
        self.end_of_day_button.setText(self.tr("End of day…"))
        self.more_button.setText(self.tr("More…"))
        self.back_button.setText(self.tr("Back"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Event"), self.tr("Time"), self.tr("Signatures")]
        )
        self.more.retranslate()
        self.lock_button.setText(self.tr("Lock"))
        for b in (
            self.start_button,
            self.rename_button,
            self.end_button,
            self.lock_button,
            self.end_of_day_button,
            self.more_button,
            self.back_button,
        ):
            b.setAccessibleName(b.text())
        self.table.setAccessibleName(self.tr("Events and their signature counts"))
        if self.isVisible():
            self.refresh()
