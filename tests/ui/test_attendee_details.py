"""The attendee side, item by item: the on-screen keyboard types real names and emails, the
volunteer corner is the real corner, the QR code is sized for a phone at a metre, every reset
returns to the default language."""

import unicodedata

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QScroller

from kiosk.demo import NAME_POOLS
from kiosk.ui.main_window import MainWindow
from kiosk.ui.welcome_screen import CORNER, qr_side
from tests.ui.fakes import fake_ports

EMAILS = [
    "anna.maria_o'neil+petition@uni-bremen.de",
    "ivan.petrov-2024@mail.ru",
    "j@example.com",
    "ZOË.MÜLLER@EXAMPLE.ORG",
]


@pytest.fixture
def fake_window(qtbot):
    window = MainWindow(fake_ports())
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window.activateWindow()
    yield window
    window.exit_kiosk()


def _needs_input_method(name: str) -> bool:
    """Han and kana are composed with the platform's input method, not typed key by key."""
    return any(unicodedata.name(ch, "").startswith(("CJK", "HIRAGANA", "KATAKANA")) for ch in name)


def _press(qtbot, keyboard, ch: str) -> None:
    """Find ``ch`` by touching only the keyboard's own keys: alphabets, pages, shift."""
    if ch == " ":
        qtbot.mouseClick(keyboard.space, Qt.MouseButton.LeftButton)
        return
    for _alphabet in range(6):
        for _page in range(4):
            for _shift in range(2):
                for key in keyboard.char_keys():
                    if key.text() == ch:
                        qtbot.mouseClick(key, Qt.MouseButton.LeftButton)
                        return
                qtbot.mouseClick(keyboard.shift, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(keyboard.accents, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(keyboard.switch, Qt.MouseButton.LeftButton)
    raise AssertionError(f"no key types {ch!r} (U+{ord(ch):04X})")


def test_the_keyboard_types_every_demo_name_and_real_emails(qtbot, fake_window):
    sign = fake_window.sign
    fake_window.start_signing()
    qtbot.mouseClick(sign.keyboard_button, Qt.MouseButton.LeftButton)
    keyboard = sign.keyboard
    height = keyboard.height()
    names = {n for firsts, lasts, _ in NAME_POOLS for n in firsts + lasts}
    typed = [n for n in sorted(names) if not _needs_input_method(n)]
    assert len(typed) >= len(names) - 14  # only the Chinese and Japanese names are left out
    field = sign.inputs["last_name"]
    for text in typed + EMAILS:
        field.setFocus()
        field.clear()
        for ch in text:
            _press(qtbot, keyboard, ch)
        assert field.text() == text
        assert keyboard.height() == height  # every alphabet and page, one height
    field.clear()
    sign.keyboard.set_language("en")
    qtbot.mouseClick(keyboard.com_key, Qt.MouseButton.LeftButton)
    assert field.text() == ".com"


def test_keyboard_rows_line_up_and_next_and_hide_work(qtbot, fake_window):
    sign = fake_window.sign
    fake_window.start_signing()
    qtbot.mouseClick(sign.keyboard_button, Qt.MouseButton.LeftButton)
    assert sign.keyboard_button.text().endswith("Keyboard")  # labelled, not only ⌨
    QApplication.processEvents()
    keys = {k.text(): k for k in sign.keyboard.char_keys()}
    # the digit row sits on the same columns as the letters below it
    assert keys["1"].x() == keys["q"].x() == keys["a"].x()
    assert keys["0"].x() == keys["p"].x()
    first = sign.inputs["first_name"]
    first.setFocus()
    qtbot.mouseClick(sign.keyboard.next_key, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is sign.inputs["last_name"]
    qtbot.mouseClick(sign.keyboard.hide_key, Qt.MouseButton.LeftButton)
    assert not sign.keyboard.isVisible() and not sign.keyboard_button.isChecked()


def _touch(widget, points: list[QPoint], device: QPointingDevice) -> None:
    sequence = QTest.touchEvent(widget, device)
    sequence.press(0, points[0], widget).commit()
    for point in points[1:]:
        QTest.touchEvent(widget, device).move(0, point, widget).commit()
    QTest.touchEvent(widget, device).release(0, points[-1], widget).commit()


@pytest.fixture
def touchscreen():
    return QTest.createTouchDevice(QPointingDevice.DeviceType.TouchScreen)


def test_the_volunteer_corner_is_the_real_corner_by_touch_and_mouse(
    qtbot, fake_window, touchscreen
):
    corner = fake_window.welcome.admin_corner
    QApplication.processEvents()
    assert corner.mapTo(fake_window, QPoint(0, 0)) == QPoint(0, 0)
    assert corner.width() == corner.height() == CORNER
    # Five finger taps on the very corner pixel open the PIN pad.
    for _ in range(5):
        _touch(fake_window, [QPoint(1, 1)], touchscreen)
    assert fake_window.current_screen() is fake_window.pin
    fake_window.go_welcome()
    # Four taps do nothing; with a mouse too.
    for _ in range(4):
        qtbot.mouseClick(corner, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert fake_window.current_screen() is fake_window.welcome
    fake_window.go_welcome()
    corner._taps = []
    # A three-second press opens it as well.
    corner._hold.setInterval(50)
    QTest.touchEvent(fake_window, touchscreen).press(0, QPoint(3, 3), fake_window).commit()
    qtbot.waitUntil(lambda: fake_window.current_screen() is fake_window.pin, timeout=2000)
    QTest.touchEvent(fake_window, touchscreen).release(0, QPoint(3, 3), fake_window).commit()


def test_taps_spread_over_more_than_three_seconds_do_not_open(qtbot, fake_window, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr("kiosk.ui.welcome_screen.time.monotonic", lambda: clock[0])
    corner = fake_window.welcome.admin_corner
    for _ in range(5):
        qtbot.mouseClick(corner, Qt.MouseButton.LeftButton)
        clock[0] += 0.8  # five taps over 4 s
    assert fake_window.current_screen() is fake_window.welcome


@pytest.mark.parametrize(
    ("width", "height", "dpcm", "expected"),
    [
        (1024, 600, 66.9, 210),  # a 7-inch tablet: 8 cm would take 535 px, more than half
        (1280, 800, 44.6, 356),  # a 13-inch laptop: 8 cm
        (1920, 1080, 37.8, 378),  # a 23-inch monitor: 35 % is already more than 8 cm
        (800, 1280, 66.9, 280),  # portrait tablet
        (1280, 800, None, 280),  # no physical size reported: 35 %
    ],
)
def test_the_qr_code_is_sized_for_a_phone_a_metre_away(width, height, dpcm, expected):
    assert qr_side(width, height, dpcm) == expected


def test_the_welcome_qr_code_is_at_least_35_percent_of_the_shorter_side(fake_window):
    for size in ((1024, 600), (1280, 800), (800, 1280), (1920, 1080)):
        fake_window.resize(*size)
        fake_window.go_welcome()
        QApplication.processEvents()
        assert fake_window.welcome.qr.width() >= 0.35 * min(size) - 1, size


def test_every_reset_returns_to_the_default_language(qtbot, fake_window):
    window = fake_window
    welcome = window.welcome
    # after thank-you
    qtbot.mouseClick(welcome.language_buttons["ru"], Qt.MouseButton.LeftButton)
    window.start_signing()
    assert window.sign.submit_button.text() == "Подписать"
    for key, value in (("first_name", "Анна"), ("last_name", "Петрова")):
        window.sign.inputs[key].setText(value)
    window.sign.consent_sign.setChecked(True)
    window.sign.submit()
    assert window.current_screen() is window.thanks
    qtbot.mouseClick(window.thanks.done_button, Qt.MouseButton.LeftButton)
    assert window.languages.language == "en" and welcome.sign_button.text() == "Sign the petition"
    # after Back
    qtbot.mouseClick(welcome.language_buttons["uk"], Qt.MouseButton.LeftButton)
    window.start_signing()
    qtbot.mouseClick(window.sign.back, Qt.MouseButton.LeftButton)
    assert window.languages.language == "en"
    # after the idle wipe
    qtbot.mouseClick(welcome.language_buttons["es"], Qt.MouseButton.LeftButton)
    window.start_signing()
    window.idle.timed_out.emit()
    assert window.languages.language == "en"
    # a passer-by who picks a language and walks away without signing
    window._language_reset.setInterval(30)
    qtbot.mouseClick(welcome.language_buttons["ru"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.languages.language == "en", timeout=2000)
    # the volunteer chooses the default: stored, and used from then on
    window.open_pin()
    window.open_admin()
    qtbot.mouseClick(window.admin.more.default_language_buttons["uk"], Qt.MouseButton.LeftButton)
    assert window.ports.admin.default_language() == "uk"
    qtbot.mouseClick(window.admin.lock_button, Qt.MouseButton.LeftButton)
    assert window.languages.language == "uk"
    assert welcome.language_buttons["uk"].isChecked()


def test_the_welcome_screen_opens_without_a_focus_ring_on_a_toggle(fake_window):
    fake_window.go_welcome()
    QApplication.processEvents()
    focused = QApplication.focusWidget()
    assert not isinstance(focused, QPushButton), focused


def test_a_finger_scrolls_the_case_summary_and_draws_on_the_pad(qtbot, fake_window, touchscreen):
    summary = fake_window.welcome.summary
    fake_window.go_welcome()
    QApplication.processEvents()
    bar = summary.verticalScrollBar()
    assert bar.maximum() > 0  # at 1024x600 the case does not fit: it scrolls in its own area
    viewport = summary.viewport()
    # Kinetic finger scrolling is on for the summary (the gesture Qt recognises from touch)...
    assert QScroller.hasScroller(viewport)
    # ...and a drag upwards, fed to its scroller with real timings, moves the text.
    scroller = QScroller.scroller(viewport)
    start = QPointF(viewport.rect().center())
    scroller.handleInput(QScroller.Input.InputPress, start, 0)
    for step in range(1, 13):
        scroller.handleInput(QScroller.Input.InputMove, start - QPointF(0, 20 * step), 16 * step)
    scroller.handleInput(QScroller.Input.InputRelease, start - QPointF(0, 240), 16 * 13)
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=3000)
    fake_window.start_signing()
    QApplication.processEvents()
    pad = fake_window.sign.pad
    middle = pad.rect().center()
    _touch(pad, [middle + QPoint(dx, dx // 3) for dx in range(-60, 60, 10)], touchscreen)
    assert len(pad.strokes()) == 1 and len(pad.strokes()[0]) > 5
    assert fake_window.sign.scroll.verticalScrollBar().value() == 0
