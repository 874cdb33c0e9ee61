from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from kiosk.app.gui import build_window
from kiosk.demo import demo_drafts


def _tap_corner(qtbot, window, times=5):
    for _ in range(times):
        qtbot.mouseClick(window.welcome.admin_corner, Qt.MouseButton.LeftButton)


def _enter(qtbot, window, pin):
    for digit in pin:
        window.pin.pad.press(digit)
    window.pin.pad.press("OK")


def test_hidden_gesture_then_pin_opens_admin(qtbot, window):
    _tap_corner(qtbot, window, 4)
    assert window.current_screen() is window.welcome
    _tap_corner(qtbot, window, 1)
    assert window.current_screen().objectName() == "pinScreen"
    _enter(qtbot, window, "246813")
    assert window.current_screen().objectName() == "adminScreen"
    assert "Freshers fair" in window.admin.table.item(0, 0).text()


def test_wrong_pins_lock_the_pad(qtbot, window):
    window.open_pin()
    for _ in range(3):
        _enter(qtbot, window, "0000")
    assert "Try again in 30" in window.pin.status.text()
    assert not window.pin.pad.buttons["1"].isEnabled()
    _enter(qtbot, window, "246813")  # ignored while locked
    assert window.current_screen() is window.pin


def test_admin_events_pin_backup_and_lock(qtbot, window, ready_kiosk):
    window.open_pin()
    _enter(qtbot, window, "246813")
    admin = window.admin
    admin.event_name.setText("Union AGM")
    admin.event_place.setText("Leeds")
    qtbot.mouseClick(window.findChild(QPushButton, "startEvent"), Qt.MouseButton.LeftButton)
    assert ready_kiosk.events.current().name == "Union AGM"
    assert admin.table.rowCount() == 2
    window.findChild(QLineEdit, "newPin").setText("135792")
    window.findChild(QLineEdit, "repeatPin").setText("135792")
    qtbot.mouseClick(window.findChild(QPushButton, "changePin"), Qt.MouseButton.LeftButton)
    assert ready_kiosk.pin.check("135792").ok
    qtbot.mouseClick(window.findChild(QPushButton, "backupButton"), Qt.MouseButton.LeftButton)
    assert list(ready_kiosk.settings.backups_dir.glob("*backup*.sqlite"))
    qtbot.mouseClick(window.findChild(QPushButton, "lockButton"), Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.welcome


def test_first_run_setup_creates_key_pin_and_event(qtbot, kiosk_without_key, tmp_path):
    window = build_window(kiosk_without_key, "en")
    qtbot.addWidget(window)
    window.show()
    assert window.current_screen().objectName() == "setupScreen"
    setup = window.setup
    assert setup.use_public_key.isChecked()  # pairing is the default
    setup.use_passphrase.setChecked(True)  # the single-kiosk option
    setup.pin.setText("135792")
    setup.pin_repeat.setText("135792")
    setup.passphrase.setText("a good long passphrase")
    setup.passphrase_repeat.setText("a different one")
    setup.event_name.setText("Campus table")
    setup.submit()
    assert "differ" in setup.error.text()
    setup.passphrase_repeat.setText("a good long passphrase")
    setup.submit()
    settings = kiosk_without_key.settings
    assert settings.private_key_path.is_file() and settings.public_key_path.is_file()
    assert kiosk_without_key.pin.check("135792").ok
    assert kiosk_without_key.events.current().name == "Campus table"
    # A key made here: back it up to a stick, then take it off the kiosk.
    panel = setup.backup_panel
    assert panel is not None and panel.isVisible()
    assert not panel.remove.isEnabled()  # nothing to remove before a copy exists
    stick = tmp_path / "stick"
    stick.mkdir()
    panel.folder.setText(str(stick))
    qtbot.mouseClick(panel.write, Qt.MouseButton.LeftButton)
    copy = stick / "organizer-key.json"
    assert copy.is_file() and "read back" in panel.status.text()
    qtbot.mouseClick(panel.remove, Qt.MouseButton.LeftButton)
    assert not settings.private_key_path.exists() and copy.is_file()
    qtbot.mouseClick(panel.finish, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.welcome
    window.exit_kiosk()


def test_a_backup_to_a_missing_drive_says_so_and_keeps_the_key(qtbot, kiosk_without_key, tmp_path):
    window = build_window(kiosk_without_key, "en")
    qtbot.addWidget(window)
    window.show()
    setup = window.setup
    setup.use_passphrase.setChecked(True)
    for edit, text in ((setup.pin, "135792"), (setup.pin_repeat, "135792"),
                       (setup.passphrase, "lantern orbit velvet thirty"),
                       (setup.passphrase_repeat, "lantern orbit velvet thirty"),
                       (setup.event_name, "Fair")):  # fmt: skip
        edit.setText(text)
    setup.submit()
    panel = setup.backup_panel
    panel.folder.setText(str(tmp_path / "unplugged"))
    qtbot.mouseClick(panel.write, Qt.MouseButton.LeftButton)
    assert "not written" in panel.status.text() and not panel.remove.isEnabled()
    assert kiosk_without_key.settings.private_key_path.is_file()
    window.exit_kiosk()


def test_first_run_can_quit(qtbot, kiosk_without_key):
    window = build_window(kiosk_without_key, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.findChild(QPushButton, "setupQuit"), Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_end_of_day_with_a_wrong_passphrase_then_wipe_from_the_console(
    qtbot, window, ready_kiosk, tmp_path
):
    from tests.conftest import PASSPHRASE, make_draft

    for _ in range(3):
        ready_kiosk.signing.sign(make_draft())
    window.open_pin()
    _enter(qtbot, window, "246813")
    assert "not yet in a verified export: 3" in window.admin.summary.text()
    usb = tmp_path / "usb"
    usb.mkdir()
    qtbot.mouseClick(window.admin.end_of_day_button, Qt.MouseButton.LeftButton)
    flow = window.end_of_day
    flow.where.choose(usb)  # "Another folder…"
    flow.go_next()
    flow.plain_files.setChecked(True)
    flow.blank.setValue(2)
    flow.passphrase.setText("wrong passphrase")
    flow.go_next()
    assert flow.passphrase.text() == ""  # not kept in the field while exporting
    qtbot.waitUntil(lambda: flow.worker is None and flow.banner.kind == "error", timeout=30_000)
    assert "not the organizer passphrase" in flow.banner.text()
    assert list(usb.iterdir()) == []
    flow.passphrase.setText(PASSPHRASE)
    flow.go_next()
    qtbot.waitUntil(lambda: flow.worker is None and flow.banner.kind == "success", timeout=60_000)
    assert len(list(usb.glob("*.pkbundle"))) == 1 and list(usb.glob("*nationbuilder*"))
    assert list(usb.glob("*blank*")), sorted(p.name for p in usb.iterdir())
    assert "The files are in" in flow.remove_stick.text()  # a folder, not a stick
    flow.leave()
    assert "not yet in a verified export: 0" in window.admin.summary.text()
    window.admin.show_page(1)
    window.findChild(QLineEdit, "wipePin").setText("0000")
    qtbot.mouseClick(window.findChild(QPushButton, "wipeButton"), Qt.MouseButton.LeftButton)
    assert "nothing was removed" in window.admin.status.text()
    assert window.admin.status.kind == "error"
    assert ready_kiosk.signing.counts() == (3, 3)
    window.findChild(QLineEdit, "wipePin").setText("246813")
    qtbot.mouseClick(window.findChild(QPushButton, "wipeButton"), Qt.MouseButton.LeftButton)
    assert "Removed 3" in window.admin.status.text() and window.admin.status.kind == "success"
    assert ready_kiosk.admin.unexported_count() == 0
    # What the public sees never goes down: the welcome screen still says 3, the next is 4.
    window.go_welcome()
    assert window.welcome._counts == (3, 3)
    receipt = ready_kiosk.signing.sign(demo_drafts(1, seed=4)[0])
    assert (receipt.event_count, receipt.total_count) == (4, 4)


def test_end_of_day_to_a_missing_folder_says_so_and_every_control_is_touch_sized(
    qtbot, window, tmp_path
):
    from PySide6.QtWidgets import QAbstractButton, QSpinBox

    window.open_pin()
    _enter(qtbot, window, "246813")
    window.open_end_of_day()
    flow = window.end_of_day
    flow.where.choose(tmp_path / "unplugged")
    flow.go_next()
    for control in flow.findChildren(QAbstractButton) + flow.findChildren(QSpinBox):
        if control.isVisible():
            assert control.height() >= 44, control.objectName() or control.text()
    flow.go_next()
    qtbot.waitUntil(lambda: flow.worker is None and flow.banner.kind == "error", timeout=30_000)
    assert "does not exist" in flow.banner.text()


def test_first_run_buttons_stay_reachable_on_a_small_tablet(qtbot, kiosk_without_key):
    window = build_window(kiosk_without_key, "en")
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    assert window.height() == 600  # the form does not force a taller window
    for name in ("setupQuit", "setupDone"):
        button = window.findChild(QPushButton, name)
        bottom = button.mapTo(window, button.rect().bottomLeft()).y()
        assert button.isVisible() and bottom <= window.height(), name
    window.exit_kiosk()


def test_first_run_shows_the_organizer_key_fingerprint_the_cli_printed(
    qtbot, kiosk_without_key, tmp_path, passphrase_file, capsys
):
    from kiosk.cli import main

    org = tmp_path / "org"
    assert main(["keys", "new", "--out", str(org), "--passphrase-file", str(passphrase_file)]) == 0
    printed = capsys.readouterr().out
    spoken = printed.split("fingerprint: ")[1].split("  (")[0]
    window = build_window(kiosk_without_key, "en")
    qtbot.addWidget(window)
    window.show()
    window.setup.use_public_key.setChecked(True)
    window.setup.key_file.setText(str(org / "organizer.pub"))
    assert spoken in window.setup.key_fingerprint.text()
    window.setup.key_file.setText(str(passphrase_file))
    assert "not an organizer public key" in window.setup.key_fingerprint.text()
    window.exit_kiosk()


def test_the_console_shows_the_kiosk_fingerprint_as_text_and_qr(qtbot, window, ready_kiosk):
    import zxingcpp
    from PIL import Image

    window.open_pin()
    _enter(qtbot, window, "246813")
    text = window.admin.more.identity.text()
    assert ready_kiosk.signing.kiosk_id in text
    assert ready_kiosk.signing.identity_fingerprint in text
    image = window.admin.more.identity_qr.grab().toImage().scaled(288, 288)
    buffer = image.convertToFormat(image.Format.Format_RGB888)
    pil = Image.frombytes("RGB", (buffer.width(), buffer.height()), bytes(buffer.constBits()))
    decoded = [r.text for r in zxingcpp.read_barcodes(pil)]
    assert decoded == [ready_kiosk.signing.identity_fingerprint]


def test_a_pin_from_the_older_shorter_rule_unlocks_and_asks_for_a_new_one(
    qtbot, window, ready_kiosk
):
    from sqlalchemy.orm import Session

    from kiosk.crypto import hash_secret
    from kiosk.store import repository as repo

    with Session(ready_kiosk.engine) as session:
        repo.set_meta(session, "pin_hash", hash_secret("2468"))
        session.commit()
    window.open_pin()
    _enter(qtbot, window, "2468")
    assert window.current_screen() is window.admin
    assert "choose a new one" in window.admin.status.text()


def test_the_pin_pad_says_how_many_tries_are_left_and_ignores_an_empty_pin(
    qtbot, window, ready_kiosk
):
    window.open_pin()
    window.pin.pad.press("OK")  # nothing typed
    assert "Type the PIN" in window.pin.status.text()
    assert ready_kiosk.pin.locked_for() == 0
    _enter(qtbot, window, "000000")
    assert "2 more tries" in window.pin.status.text()
    _enter(qtbot, window, "000000")
    assert "One more try" in window.pin.status.text()
    _enter(qtbot, window, "000000")
    assert "Try again in 30" in window.pin.status.text()


def test_first_run_fields_are_touch_sized_digit_only_and_checked_in_order(qtbot, kiosk_without_key):
    window = build_window(kiosk_without_key, "en")
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    setup = window.setup
    for radio in (setup.use_passphrase, setup.use_public_key):
        assert radio.height() >= 48, radio.objectName()
    # The PIN takes digits only: letters are not typed at all.
    qtbot.keyClicks(setup.pin, "12ab34")
    assert setup.pin.text() == "1234"
    # Pairing (the default) leaves the passphrase fields disabled, and they look it.
    assert not setup.passphrase.isEnabled() and not setup.passphrase_repeat.isEnabled()
    # Problems come in the order of the form, with that field marked and focused.
    setup.pin.setText("")
    setup.submit()
    assert setup.pin.property("invalid") is True and setup.focusWidget() is setup.pin
    setup.pin.setText("135792")
    setup.pin_repeat.setText("135792")
    setup.submit()
    assert setup.pin.property("invalid") is False
    assert setup.key_file.property("invalid") is True
    window.exit_kiosk()
