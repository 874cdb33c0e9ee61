"""Run the kiosk: settings → logging → single instance → services → window, wired here only."""

from __future__ import annotations

import contextlib
import logging
import sys
from dataclasses import fields

from kiosk.app.services import Services, open_services
from kiosk.campaign import CampaignError
from kiosk.crypto import KeyFileError
from kiosk.logsetup import setup_logging
from kiosk.settings import Settings
from kiosk.store.database import StoreRefused

log = logging.getLogger(__name__)


def ports_for(services: Services):
    """The window's view of the services (kiosk.ui.ports): the only hand-over point."""
    from kiosk.ui.ports import KioskPorts, UiOptions

    # The screens see only the settings they follow, copied by name (UiOptions mirrors them).
    options = {f.name: getattr(services.settings, f.name) for f in fields(UiOptions)}
    return KioskPorts(
        campaign=services.campaign,
        options=UiOptions(**options),
        signing=services.signing,
        pins=services.pin,
        events=services.events,
        admin=services.admin,
        exports=services.exports,
        setup=services.setup,
    )


def build_window(services: Services, language: str | None = None):
    """The real main window, wired to real services (the kiosk, tests and screenshots)."""
    from kiosk.ui.main_window import MainWindow

    return MainWindow(ports_for(services), language)


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


def acquire_instance_lock(data_dir):
    """One kiosk per data folder: two would double-count and fight over the database.
    Returns the held lock, or None when another kiosk holds it (a crashed one's is stale)."""
    from PySide6.QtCore import QLockFile

    data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_dir / "kiosk.lock"))
    lock.setStaleLockTime(0)  # only a live process keeps the lock
    return lock if lock.tryLock(200) else None


def _clean_interrupted_exports(services: Services) -> None:
    try:
        services.exports.recover()
    except Exception as exc:  # never stop the kiosk over a leftover on a USB stick
        log.warning("could not clean up an interrupted export: %s", type(exc).__name__)


def run_app(settings: Settings) -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    setup_logging(settings.logs_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Petition Kiosk")
    lock = acquire_instance_lock(settings.data_dir)
    if lock is None:
        QMessageBox.warning(
            None, "Petition Kiosk", "The kiosk is already running with this data folder."
        )
        return 1
    try:
        services = open_services(settings)
    except (StoreRefused, CampaignError, KeyFileError) as exc:
        log.error("cannot start: %s", type(exc).__name__)
        QMessageBox.critical(None, "Petition Kiosk", f"The kiosk cannot start.\n\n{exc}")
        return 1
    window = build_window(services, settings.language)
    _install_excepthook(window)
    if settings.windowed:
        window.resize(1280, 800)
        window.show()
    else:
        window.setWindowFlags(
            Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        # Without a window manager (a bare kiosk session) full screen alone keeps the old size.
        window.setGeometry(QGuiApplication.primaryScreen().geometry())
        window.showFullScreen()
    QTimer.singleShot(0, lambda: _clean_interrupted_exports(services))
    log.info("kiosk started (%s)", "windowed" if settings.windowed else "full screen")
    try:
        return app.exec()
    finally:
        services.close()
        lock.unlock()
