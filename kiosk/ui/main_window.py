"""The kiosk window: one stack of screens, kiosk-mode guards, idle privacy, live language.

A view: it gets the services as ports (kiosk.ui.ports) from the composition root and runs no
use case itself."""

from __future__ import annotations

import logging
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QWidget

from kiosk.core.models import Receipt
from kiosk.ui.errors import log_exception
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.idle_overlay import IdleGuard, IdleOverlay
from kiosk.ui.lockdown import Lockdown
from kiosk.ui.message_screen import MessageScreen
from kiosk.ui.ports import KioskPorts
from kiosk.ui.screen_stack import ScreenStack
from kiosk.ui.theme import load_fonts, screen_scale, stylesheet
from kiosk.ui.welcome_screen import WelcomeScreen

if TYPE_CHECKING:
    from kiosk.ui.admin_screen import AdminScreen
    from kiosk.ui.end_of_day import EndOfDayScreen
    from kiosk.ui.pin_screen import PinScreen
    from kiosk.ui.setup_screen import SetupScreen
    from kiosk.ui.sign_screen import SignScreen
    from kiosk.ui.thanks_screen import ThanksScreen

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, ports: KioskPorts, language: str | None = None):
        """``language``: the default one, that the kiosk starts in and every reset returns to."""
        super().__init__()
        self.setObjectName("kioskWindow")
        self.ports = ports
        self.settings = ports.options
        self._allow_close = False
        self._closed = False  # exited: late timers and signals find nothing to do
        self.languages = LanguageSwitcher()
        campaign = ports.campaign
        self.default_language = language or self.settings.language or campaign.default_language
        # A passer-by who picks a language and walks away: back to the default after a while.
        self._language_reset = QTimer(self)
        self._language_reset.setSingleShot(True)
        self._language_reset.setInterval(self.settings.idle_timeout_s * 1000)
        self._language_reset.timeout.connect(self._reset_language)
        self.setWindowTitle(campaign.text(campaign.title, campaign.default_language))
        load_fonts()
        self._scale = 0.0
        self._high_contrast = self.settings.high_contrast
        # No stylesheet yet: it is applied once, at the first resize, at the final scale
        # (each application repolishes every widget).

        self.stack = ScreenStack()
        self.setCentralWidget(self.stack)
        self.welcome = WelcomeScreen(campaign)
        self.message = MessageScreen()
        # The attendee screens now; the volunteer's on first use (see the properties below):
        # a kiosk starts like a bare window, and most days nobody opens the console.
        self._screens: list[QWidget] = [self.welcome]
        for screen in (self.welcome, self.message):
            self.stack.add_screen(screen)

        self.idle = IdleGuard(self.settings.idle_timeout_s, self.settings.idle_warning_s, self)
        self.overlay = IdleOverlay(self.stack)
        self.idle.warn.connect(self.overlay.show_countdown)
        self.idle.activity.connect(self.overlay.hide)
        self.idle.timed_out.connect(self._idle_reset)
        self.overlay.still_here.connect(self._still_here)

        self.welcome.sign_requested.connect(self.start_signing)
        self.welcome.admin_requested.connect(self.open_pin)
        self.welcome.language_requested.connect(self._attendee_language)
        self.welcome.contrast_toggled.connect(self.set_high_contrast)
        self.welcome.contrast.setChecked(self.settings.high_contrast)
        self.message.done.connect(self.go_welcome)
        QShortcut(QKeySequence("Ctrl+Alt+A"), self, activated=self.open_pin)
        self.lockdown = Lockdown(self)

        self.set_language(self.default_language)
        if self.needs_setup():
            self.stack.setCurrentWidget(self.setup)
        else:
            self.go_welcome()

    # --- every screen but the welcome one is built on first use ---
    @cached_property
    def sign(self) -> SignScreen:
        from kiosk.ui import sign_screen

        options, ports = self.settings, self.ports
        screen = sign_screen.SignScreen(
            ports.campaign, ports.signing.sign, options.on_screen_keyboard
        )
        screen.cancelled.connect(self.go_welcome)
        screen.signed.connect(self._signed)
        screen.save_failed.connect(self._save_failed)
        self._adopt(screen, finger_scroll=False)
        return screen

    @cached_property
    def thanks(self) -> ThanksScreen:
        from kiosk.ui import thanks_screen

        screen = thanks_screen.ThanksScreen(self.ports.campaign, self.settings.thanks_seconds)
        screen.done.connect(self.go_welcome)
        self._adopt(screen, finger_scroll=False)
        return screen

    def _wipe_form(self) -> None:
        """Forget the last attendee's input (nothing to forget if the form was never built)."""
        if "sign" in self.__dict__:
            self.sign.wipe()

    def _adopt(self, screen: QWidget, finger_scroll: bool = True) -> None:
        self.stack.add_screen(screen, finger_scroll)
        screen.retranslate(self.languages.language)  # type: ignore[attr-defined]
        self._screens.append(screen)

    @cached_property
    def pin(self) -> PinScreen:
        from kiosk.ui import pin_screen

        screen = pin_screen.PinScreen(self.ports.pins)
        screen.unlocked.connect(self.open_admin)
        screen.cancelled.connect(self.go_welcome)
        self._adopt(screen, finger_scroll=False)
        return screen

    @cached_property
    def admin(self) -> AdminScreen:
        from kiosk.ui.admin_screen import AdminScreen

        screen = AdminScreen(self.ports.events, self.ports.pins, self.ports.admin)
        screen.lock_requested.connect(self.go_welcome)
        screen.exit_requested.connect(self.exit_kiosk)
        screen.backup_requested.connect(self._backup)
        screen.events_changed.connect(self.refresh_counts)
        screen.default_language_chosen.connect(self.set_default_language)
        screen.idle_timeout_chosen.connect(self.set_idle_timeout)
        screen.end_of_day_requested.connect(self.open_end_of_day)
        self._adopt(screen)
        return screen

    @cached_property
    def end_of_day(self) -> EndOfDayScreen:
        from kiosk.ui.end_of_day import EndOfDayScreen

        screen = EndOfDayScreen(self.ports.exports, self.ports.admin, self.ports.drives)
        screen.finished.connect(self.open_admin)
        screen.removed.connect(self.refresh_counts)
        self._adopt(screen)
        return screen

    @cached_property
    def setup(self) -> SetupScreen:
        from kiosk.ui import setup_screen

        setup = self.ports.setup
        screen = setup_screen.SetupScreen(
            setup.needs_key(), setup.apply, setup.describe_key, setup.back_up_key, setup.forget_key
        )
        screen.finished.connect(self.go_welcome)
        screen.quit_requested.connect(self.exit_kiosk)
        self._adopt(screen)
        return screen

    # --- navigation ---
    def needs_setup(self) -> bool:
        return self.ports.setup.needs_setup()

    def current_screen(self) -> QWidget:
        return self.stack.currentWidget()

    def go_welcome(self) -> None:
        """Every reset ends here: the form wiped, the default language, the welcome screen."""
        if self._closed:  # a timer or a finished export after the kiosk exited: nothing to show
            return
        self.idle.disarm()
        self.overlay.hide()
        self._wipe_form()
        if "thanks" in self.__dict__:
            self.thanks.stop()
        self.message.timer.stop()
        self._reset_language()
        self.refresh_counts()
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.setFocus()  # no focus ring on a toggle, which would look switched on

    def _reset_language(self) -> None:
        self._language_reset.stop()
        if self.languages.language != self.default_language:
            self.set_language(self.default_language)

    def _attendee_language(self, language: str) -> None:
        self.set_language(language)
        if self.languages.language != self.default_language:
            self._language_reset.start()
        else:
            self._language_reset.stop()

    def open_end_of_day(self) -> None:
        self.end_of_day.start(self.languages.language)
        self.stack.setCurrentWidget(self.end_of_day)

    def set_idle_timeout(self, seconds: int) -> None:
        """The volunteer's choice: stored, and used from the next signer on."""
        self.idle.timeout_s = seconds
        self._language_reset.setInterval(seconds * 1000)
        self.ports.admin.set_idle_timeout(seconds)

    def set_default_language(self, language: str) -> None:
        """The volunteer's choice: stored, and used from the next reset on."""
        self.default_language = language
        self.ports.admin.set_default_language(language)

    def start_signing(self) -> None:
        self._language_reset.stop()
        self.sign.wipe()
        self.stack.setCurrentWidget(self.sign)
        self.sign.focus_first()
        self.idle.arm()
        self.ports.signing.prepare()  # the seal's key agreement, while the signer types

    def open_pin(self) -> None:
        if self.needs_setup():
            return
        self.idle.disarm()
        self._wipe_form()
        self.stack.setCurrentWidget(self.pin)
        self.pin.start()

    def open_admin(self) -> None:
        self.admin.refresh()
        self.admin.show_page(0)
        self.admin.show_default_language(self.default_language)
        self.admin.show_idle_timeout(self.idle.timeout_s)
        self.stack.setCurrentWidget(self.admin)
        check = self.pin.last_check
        if check is not None and check.weak:  # set under the older, shorter rule
            self.admin.show_status(
                self.tr("This PIN is too short or too easy to guess: choose a new one below.")
            )

    def refresh_counts(self) -> None:
        self.welcome.set_counts(*self.ports.signing.counts())

    # --- attendee flow ---
    def _signed(self, receipt: Receipt) -> None:
        self.idle.disarm()
        self.overlay.hide()
        self.welcome.set_counts(receipt.event_count, receipt.total_count)
        self.thanks.show_receipt(receipt)
        self.stack.setCurrentWidget(self.thanks)

    def _save_failed(self, exc: BaseException) -> None:
        log_exception("saving a signature failed", exc)
        self.show_problem(
            self.tr("Your signature could not be saved"),
            self.tr("Nothing you typed was kept. Please tell a volunteer."),
        )

    def show_unexpected_error(self) -> None:
        self.show_problem(
            self.tr("Something went wrong"),
            self.tr("Any signature already confirmed is safe. Please ask a volunteer."),
        )

    def show_problem(self, title: str, body: str) -> None:
        self.idle.disarm()
        self.overlay.hide()
        self._wipe_form()
        self.message.show_message(title, body)
        self.stack.setCurrentWidget(self.message)

    def _idle_reset(self) -> None:
        log.info("idle timeout: form wiped")
        self.go_welcome()

    def _still_here(self) -> None:
        self.overlay.hide()
        self.idle.arm()

    # --- volunteer actions ---
    def _backup(self) -> None:
        try:
            path = self.ports.admin.backup()
        except OSError as exc:
            log_exception("backup failed", exc)
            self.admin.show_status(
                self.tr("Backup failed: %1").replace("%1", exc.strerror or ""), "error"
            )
            return
        self.admin.show_status(self.tr("Backup written: %1").replace("%1", str(path)), "success")

    def set_language(self, language: str) -> None:
        language = self.languages.switch(language)
        for screen in self._screens:
            screen.retranslate(language)  # type: ignore[attr-defined]
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    # --- look ---
    def _apply_scale(self, scale: float) -> None:
        if abs(scale - self._scale) >= 0.05:
            self._scale = scale
            self.setStyleSheet(stylesheet(self._high_contrast, scale))

    def set_high_contrast(self, on: bool) -> None:
        self._high_contrast = on
        if self._scale:
            self.setStyleSheet(stylesheet(on, self._scale))

    def resizeEvent(self, event) -> None:
        # Type grows with the screen: 1080 px high is the design size.
        self._apply_scale(screen_scale(self.width(), self.height()))
        if self.overlay.isVisible():
            self.overlay.setGeometry(self.stack.rect())
        super().resizeEvent(event)

    # --- kiosk-mode guards ---
    def show_locked(self) -> None:
        """The kiosk mode: full screen, in front of everything, holding the keyboard."""
        self.lockdown.show_locked()

    def exit_kiosk(self) -> None:
        log.info("kiosk exited by a volunteer")
        self.lockdown.release()
        self._allow_close = True
        self.close()

    def closeEvent(self, event) -> None:
        if self._allow_close:
            self._closed = True
            self.idle.disarm()
            if "thanks" in self.__dict__:
                self.thanks.stop()
            self.message.timer.stop()
            event.accept()
        else:
            event.ignore()  # Alt+F4, the window manager's close: only the PIN gets out

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)
