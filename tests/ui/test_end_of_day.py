"""The guided end of day, driven step by step as a volunteer would, with a fake removable
drive (a temporary folder the test plugs in and pulls out) and the real export."""

import threading
import time
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from kiosk.app.gui import ports_for
from kiosk.core.exporting import ExportCancelled, ExportReport
from kiosk.demo import demo_drafts
from kiosk.ui.end_of_day import PROGRESS, REMOVE, RESULT, WHAT, WHERE
from kiosk.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.fakes import FakeDrives, fake_ports


def _click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def stick(tmp_path):
    path = tmp_path / "media" / "STICK1"
    path.mkdir(parents=True)
    return path


def _window(qtbot, ports, size=(1024, 600)):
    window = MainWindow(ports, "en")
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    return window


def _to_end_of_day(qtbot, window):
    window.open_pin()
    window.open_admin()
    _click(qtbot, window.admin.end_of_day_button)
    assert window.current_screen() is window.end_of_day
    return window.end_of_day


def test_end_of_day_from_the_stick_to_a_freed_kiosk(qtbot, ready_kiosk, stick):
    ready_kiosk.signing.sign_many(demo_drafts(3))
    drives = FakeDrives([stick], kiosk_disk=ready_kiosk.settings.data_dir)
    ports = ports_for(ready_kiosk)
    ports.drives = drives
    window = _window(qtbot, ports)
    flow = _to_end_of_day(qtbot, window)
    # 1. Where: the stick is listed; pulled out, it goes; plugged back, it comes back.
    assert flow.pages.currentIndex() == WHERE and flow.where.poll.isActive()
    assert not flow.next_button.isEnabled()
    drive = window.findChild(QPushButton, "drive_STICK1")
    assert "16" in drive.text() and "free" in drive.text()
    stick.rmdir()
    flow.where.refresh()
    assert window.findChild(QPushButton, "drive_STICK1") is None and flow.where.no_drive.isVisible()
    stick.mkdir()
    flow.where.refresh()
    _click(qtbot, window.findChild(QPushButton, "drive_STICK1"))
    assert flow.destination == stick and flow.banner.kind == ""
    _click(qtbot, flow.next_button)
    # 2. What: the bundle always; the plain-text files only with the passphrase, after a warning.
    assert flow.pages.currentIndex() == WHAT
    assert flow.plain_files.isVisible() and "plain text" in flow.plain_warning.text()
    _click(qtbot, flow.plain_files)
    assert flow.plain_files.isChecked() and flow.passphrase.isEnabled()
    _click(qtbot, flow.next_button)
    assert flow.banner.kind == "error" and "passphrase" in flow.banner.text()
    flow.passphrase.setText(PASSPHRASE)
    _click(qtbot, flow.next_button)
    # 3 and 4. Progress, then the result read back, and the stick released.
    qtbot.waitUntil(lambda: flow.pages.currentIndex() == RESULT, timeout=60_000)
    assert flow.banner.kind == "success" and "plain text" in flow.banner.text()
    bundle = next(stick.glob("*.pkbundle"))
    assert "Sealed bundle (safe to e-mail): 3 signatures" in flow.files.text()
    assert list(stick.glob("*.pdf")) and drives.released == [stick]
    assert "remove the stick" in flow.remove_stick.text()
    _click(qtbot, flow.next_button)
    # 5. Free the kiosk: the PIN again, with the bundle and the count named.
    assert flow.pages.currentIndex() == REMOVE
    assert bundle.name in flow.remove.question.text() and " 3 " in flow.remove.question.text()
    flow.remove.pin.setText("111111")
    _click(qtbot, flow.remove.button)
    assert flow.banner.kind == "error" and "left" in flow.banner.text()
    assert ready_kiosk.admin.unexported_count() == 0  # exported, so 0 — but nothing removed:
    assert len(ready_kiosk.admin.status().__dict__) and ready_kiosk.signing.counts() == (3, 3)
    flow.remove.pin.setText("246813")
    _click(qtbot, flow.remove.button)
    assert flow.banner.kind == "success" and "Removed 3" in flow.banner.text()
    assert ready_kiosk.signing.counts() == (3, 3)  # the public counts stay
    _click(qtbot, flow.next_button)
    assert window.current_screen() is window.admin
    window.exit_kiosk()


def test_a_public_key_only_kiosk_writes_the_bundle_and_says_why(qtbot, stick):
    class PublicOnly(fake_ports().exports.__class__):
        written: ClassVar[list] = []

        def export(self, request, progress):
            self.written.append(request.formats)
            progress(1, 1)
            return ExportReport()

    ports = fake_ports(FakeDrives([stick]))
    ports.exports = PublicOnly()
    window = _window(qtbot, ports)
    flow = _to_end_of_day(qtbot, window)
    _click(qtbot, window.findChild(QPushButton, "drive_STICK1"))
    _click(qtbot, flow.next_button)
    assert not flow.plain_files.isVisible() and not flow.passphrase.isVisible()
    assert "only the organizer's public key" in flow.public_only.text()
    _click(qtbot, flow.next_button)
    qtbot.waitUntil(lambda: flow.pages.currentIndex() == RESULT, timeout=10_000)
    assert PublicOnly.written == [("bundle",)]
    window.exit_kiosk()


def test_the_export_can_be_cancelled_from_its_progress_bar(qtbot, stick):
    started = threading.Event()

    class Slow(fake_ports().exports.__class__):
        def export(self, request, progress):
            started.set()
            for i in range(2000):
                if not progress(i, 2000):
                    raise ExportCancelled
                time.sleep(0.005)
            return ExportReport()

    ports = fake_ports(FakeDrives([stick]))
    ports.exports = Slow()
    window = _window(qtbot, ports)
    flow = _to_end_of_day(qtbot, window)
    _click(qtbot, window.findChild(QPushButton, "drive_STICK1"))
    _click(qtbot, flow.next_button)
    _click(qtbot, flow.next_button)
    assert flow.pages.currentIndex() == PROGRESS and started.wait(5)
    qtbot.waitUntil(lambda: flow.progress.value() > 0, timeout=5000)
    _click(qtbot, flow.back_button)  # "Cancel"
    qtbot.waitUntil(lambda: flow.pages.currentIndex() == WHAT, timeout=10_000)
    assert flow.banner.kind == "warning" and "cancelled" in flow.banner.text()
    window.exit_kiosk()


def test_a_folder_on_the_kiosks_own_disk_gets_a_warning(qtbot, tmp_path):
    ports = fake_ports(FakeDrives([], kiosk_disk=tmp_path))
    window = _window(qtbot, ports)
    flow = _to_end_of_day(qtbot, window)
    assert flow.where.no_drive.isVisible()
    flow.where.choose(tmp_path / "exports")
    assert flow.banner.kind == "warning" and "own disk" in flow.banner.text()
    assert flow.next_button.isEnabled()
    _click(qtbot, flow.back_button)  # Cancel goes back to the console
    assert window.current_screen() is window.admin
    window.exit_kiosk()


def test_the_console_tiles_and_a_confirmed_exit(qtbot):
    window = _window(qtbot, fake_ports())
    window.open_pin()
    window.open_admin()
    admin = window.admin
    QApplication.processEvents()
    assert (
        admin.tiles.signed.value.text() == "1,234" and "56,789" in admin.tiles.signed.detail.text()
    )
    assert admin.tiles.unexported.value.text() == "321"
    assert "KINGSTON" in admin.tiles.last_export.detail.text()
    assert "bundle" in admin.tiles.last_export.detail.text()
    assert "12.3 GB" in admin.tiles.device.value.text()
    assert "64 %" in admin.tiles.device.detail.text()
    _click(qtbot, admin.more_button)
    _click(qtbot, admin.more.exit_button)
    assert admin.more.exit_question.isVisible() and window.isVisible()  # asked, not gone
    _click(qtbot, admin.more.exit_button)  # now "Cancel"
    assert not admin.more.exit_confirm.isVisible()
    _click(qtbot, admin.more.exit_button)
    _click(qtbot, admin.more.exit_confirm)
    assert not window.isVisible()
