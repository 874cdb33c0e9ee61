"""Run the kiosk: settings → logging → single instance → services → window, wired here only."""

from __future__ import annotations

import contextlib
import logging
import sys
from dataclasses import fields, replace
from typing import TYPE_CHECKING

from kiosk.app.deferred import DeferredServices, deferred_ports
from kiosk.campaign import CampaignError, load_campaign
from kiosk.logsetup import setup_logging, start_rotating
from kiosk.settings import Settings
from kiosk.store import quick_read
from kiosk.store.errors import StoreRefused
from kiosk.store.quick_read import DEFAULT_LANGUAGE_KEY, IDLE_TIMEOUT_KEY

if TYPE_CHECKING:
    from kiosk.app.services import Services

log = logging.getLogger(__name__)


def ui_options(settings: Settings):
    from kiosk.ui.ports import UiOptions

    # The screens see only the settings they follow, copied by name (UiOptions mirrors them).
    return UiOptions(**{f.name: getattr(settings, f.name) for f in fields(UiOptions)})


def ports_for(services: Services):
    """The window's view of the services (kiosk.ui.ports): the only hand-over point."""
    from kiosk.app.drives import DriveFinder
    from kiosk.ui.ports import KioskPorts

    return KioskPorts(
        campaign=services.campaign,
        options=ui_options(services.settings),
        signing=services.signing,
        pins=services.pin,
        events=services.events,
        admin=services.admin,
        exports=services.exports,
        setup=services.setup,
        drives=DriveFinder(services.settings.data_dir),
    )


def build_window(services: Services, language: str | None = None):
    """The real main window, wired to real services (the kiosk, tests and screenshots)."""
    from kiosk.ui.main_window import MainWindow

    ports = ports_for(services)
    idle = services.admin.idle_timeout()
    if idle:
        ports.options = replace(ports.options, idle_timeout_s=idle)
    return MainWindow(
        ports, language or services.admin.default_language() or services.settings.language
    )


def _install_excepthook(window) -> None:
    from kiosk.ui.errors import log_exception

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log_exception("unexpected error", exc.with_traceback(tb))
        with contextlib.suppress(Exception):  # the hook itself must never raise
            window.show_unexpected_error()

    sys.excepthook = hook


class LockProblem(Exception):
    """The lock file cannot be made (a read-only or full data folder): not "already running"."""


def acquire_instance_lock(data_dir):
    """One kiosk per data folder: two would double-count and fight over the database.
    Returns the held lock, or None when another kiosk holds it (a crashed one's is stale);
    raises LockProblem when the lock file itself cannot be written."""
    from PySide6.QtCore import QLockFile

    data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_dir / "kiosk.lock"))
    lock.setStaleLockTime(0)  # only a live process keeps the lock
    if lock.tryLock(200):
        return lock
    path = data_dir / "kiosk.lock"
    if lock.error() == QLockFile.LockError.LockFailedError and path.is_file():
        return None  # a live kiosk holds it
    raise LockProblem(f"The lock file in {data_dir} cannot be written (read-only or full disk?).")


def _open_services_now(deferred: DeferredServices, app) -> None:
    """Right after the first frame: open signing (the store's checks run here), then clean
    up interrupted exports if any were left."""
    from PySide6.QtWidgets import QMessageBox

    from kiosk.crypto import KeyFileError
    from kiosk.export.pipeline import ExportJournal

    try:
        deferred.signing()
    except (StoreRefused, KeyFileError) as exc:
        log.error("cannot start: %s", type(exc).__name__)
        QMessageBox.critical(None, "Petition Kiosk", f"The kiosk cannot start.\n\n{exc}")
        app.exit(1)
        return
    if not ExportJournal(deferred.settings.exports_journal_dir).has_notes():
        return  # nothing to clean up: the rest of the store opens when a volunteer needs it
    try:
        deferred.get().exports.recover()
    except Exception as exc:  # never stop the kiosk over a leftover on a USB stick
        log.warning("could not clean up an interrupted export: %s", type(exc).__name__)


def _open_services(settings: Settings, campaign, signing):
    from kiosk.app.services import open_services

    return open_services(settings, campaign, signing)


def _open_signing(settings: Settings, campaign):
    from kiosk.app.signing_store import open_signing

    return open_signing(settings, campaign)


def _exit_on_terminate(app, window) -> None:
    """SIGTERM (a session manager, systemd, `kill`) exits like the volunteer's Exit: the store
    closes cleanly.  The signal wakes Qt's loop through a socket: no polling timer."""
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    receive, send = socket.socketpair()
    receive.setblocking(False)
    send.setblocking(False)
    signal.set_wakeup_fd(send.fileno())
    notifier = QSocketNotifier(receive.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda: receive.recv(64))

    def terminate(*_args) -> None:
        log.info("SIGTERM: the kiosk exits")
        window.exit_kiosk()

    signal.signal(signal.SIGTERM, terminate)
    app._terminate_wakeup = (receive, send, notifier)  # kept alive with the application


def run_app(settings: Settings) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Petition Kiosk")
    try:
        setup_logging(settings.logs_dir, rotate=False)  # rotating after the first frame
        lock = acquire_instance_lock(settings.data_dir)
    except (OSError, LockProblem) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        QMessageBox.critical(
            None,
            "Petition Kiosk",
            f"The kiosk cannot start: its data folder {settings.data_dir} cannot be "
            f"written ({detail}). Free some space or choose another data folder.",
        )
        return 1
    if lock is None:
        QMessageBox.warning(
            None, "Petition Kiosk", "The kiosk is already running with this data folder."
        )
        return 1
    try:
        campaign = load_campaign(settings.campaign_dir)
    except CampaignError as exc:
        log.error("cannot start: %s", type(exc).__name__)
        QMessageBox.critical(None, "Petition Kiosk", f"The kiosk cannot start.\n\n{exc}")
        return 1
    deferred = DeferredServices(settings, campaign, _open_services, _open_signing)
    from kiosk.ui.main_window import MainWindow

    # The volunteer's default language, read without opening the store (first paint first).
    # ...and the idle timeout the volunteer chose.
    language = quick_read.meta_value(settings.database_path, DEFAULT_LANGUAGE_KEY)
    options = ui_options(settings)
    idle = quick_read.meta_value(settings.database_path, IDLE_TIMEOUT_KEY)
    if idle and idle.isdigit():
        options = replace(options, idle_timeout_s=int(idle))
    window = MainWindow(deferred_ports(deferred, options), language or settings.language)
    _install_excepthook(window)
    _exit_on_terminate(app, window)
    if settings.windowed:
        window.resize(1280, 800)
        window.show()
    else:
        window.show_locked()

    def first_frame() -> None:
        log.info("first frame shown (%s)", "windowed" if settings.windowed else "full screen")
        start_rotating(settings.logs_dir)
        QTimer.singleShot(0, lambda: _open_services_now(deferred, app))

    QTimer.singleShot(0, first_frame)
    try:
        return app.exec()
    finally:
        deferred.close()
        lock.unlock()
