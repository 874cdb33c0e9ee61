"""What an attendee sees: languages, the QR code, names and sizes of controls."""

import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPushButton

from kiosk.core.validation import ValidationFailed


def _to_pil(pixmap) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    from io import BytesIO

    return Image.open(BytesIO(bytes(buffer.data()))).convert("L")


def test_qr_code_decodes_to_the_petition_url_also_at_half_size(window):
    image = _to_pil(window.welcome.qr.grab())
    for scale in (1.0, 0.5):
        scaled = image.resize((int(image.width * scale), int(image.height * scale)))
        results = zxingcpp.read_barcodes(scaled)
        assert [r.text for r in results] == ["https://freeboris.info/"], scale


def test_language_switch_is_live_for_ui_and_case_summary(qtbot, window):
    qtbot.mouseClick(window.findChild(QPushButton, "langButton_ru"), Qt.MouseButton.LeftButton)
    assert window.findChild(QPushButton, "startSigning").text() == "Подписать петицию"
    assert window.welcome.title.text() == "Свободу Борису Кагарлицкому"
    assert "Кагарлицкий" in window.welcome.summary.toPlainText()
    window.start_signing()
    assert window.sign.labels["first_name"].text() == "Имя *"
    window.sign.submit()  # empty: errors in Russian
    assert "обязательно" in window.sign.errors["first_name"].text()
    window.go_welcome()
    qtbot.mouseClick(window.findChild(QPushButton, "langButton_uk"), Qt.MouseButton.LeftButton)
    assert window.findChild(QPushButton, "startSigning").text() == "Підписати петицію"
    qtbot.mouseClick(window.findChild(QPushButton, "langButton_es"), Qt.MouseButton.LeftButton)
    assert window.findChild(QPushButton, "startSigning").text() == "Firmar la petición"
    qtbot.mouseClick(window.findChild(QPushButton, "langButton_en"), Qt.MouseButton.LeftButton)
    assert window.findChild(QPushButton, "startSigning").text() == "Sign the petition"


def test_every_translation_file_is_complete():
    import xml.etree.ElementTree as ET

    from kiosk.resources import resource_path

    def texts(message) -> list[str]:
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")]
        return forms if message.get("numerus") == "yes" else [translation.text or ""]

    for lang in ("ru", "uk", "es", "en"):  # en: only the plural forms
        tree = ET.parse(resource_path(f"translations/kiosk_{lang}.ts"))
        unfinished = [
            m.findtext("source")
            for m in tree.iter("message")
            if not all(t.strip() for t in texts(m))
            or m.find("translation").get("type") in ("unfinished", "obsolete")
        ]
        assert unfinished == [], lang
        assert resource_path(f"translations/kiosk_{lang}.qm").stat().st_size > 100


def test_counts_use_plural_forms_in_every_language(window):
    expected = {
        "en": {1: "1 second", 5: "5 seconds"},
        "ru": {1: "1 секунду", 3: "3 секунды", 5: "5 секунд"},
        "uk": {1: "1 секунду", 3: "3 секунди", 5: "5 секунд"},
        "es": {1: "1 segundo", 5: "5 segundos"},
    }
    for language, cases in expected.items():
        window.set_language(language)
        for n, text in cases.items():
            window.thanks._left = n
            window.thanks._render()
            assert window.thanks.countdown.text().endswith(text), (language, n)


def test_every_control_has_an_accessible_name_and_a_touch_sized_target(window):
    for screen in (window.welcome, window.sign, window.admin):
        window.stack.setCurrentWidget(screen)
        for control in screen.findChildren(QAbstractButton) + screen.findChildren(QLineEdit):
            if not control.isVisibleTo(window) or control.objectName() == "adminCorner":
                continue
            assert control.accessibleName(), control.objectName()
            assert control.height() >= 48, (control.objectName(), control.height())


def test_sign_screen_never_crashes_on_hostile_input(window):
    hostile = ["<b>&amp;</b>", "=1+1", "\x00", "a" * 10_000, "\u202eevil", "👩‍👩‍👧", "\r\n"]
    window.start_signing()
    for text in hostile:
        for edit in window.sign.inputs.values():
            edit.setText(text)
        window.sign.consent_sign.setChecked(True)
        try:
            window.sign._submit(window.sign.draft())
        except ValidationFailed as failed:
            assert all(e.message.render() for e in failed.errors)
        window.sign.submit()
        assert window.current_screen() in (window.sign, window.thanks)
        window.start_signing()


def test_translation_files_cover_every_string_in_the_source(tmp_path):
    """lupdate over today's sources must find nothing the shipped .ts files lack."""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from kiosk.resources import resource_path

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    root = Path(__file__).resolve().parents[2]
    sources = [str(p) for p in (root / "kiosk").rglob("*.py")]
    fresh = tmp_path / "fresh.ts"
    shutil.copy(resource_path("translations/kiosk_ru.ts"), fresh)
    subprocess.run(
        [str(lupdate), "-no-obsolete", *sources, "-ts", str(fresh)], check=True, capture_output=True
    )
    untranslated = [
        m.findtext("source")
        for m in ET.parse(fresh).iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert untranslated == []


def test_high_contrast_theme_switches_from_the_welcome_screen(qtbot, window):
    from kiosk.ui.theme import HIGH_CONTRAST, NORMAL

    assert NORMAL["bg"] in window.styleSheet()
    qtbot.mouseClick(window.findChild(QPushButton, "contrastToggle"), Qt.MouseButton.LeftButton)
    assert HIGH_CONTRAST["accent"] in window.styleSheet()
    assert NORMAL["bg"] not in window.styleSheet()
    image = window.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() - 5).name() == "#000000"


def test_on_screen_keyboard_types_into_the_field_and_keeps_it_visible(qtbot, window):
    window.resize(1280, 800)
    window.start_signing()
    qtbot.mouseClick(window.findChild(QPushButton, "keyboardToggle"), Qt.MouseButton.LeftButton)
    keyboard = window.sign.keyboard
    assert keyboard.isVisible()
    field = window.sign.inputs["organization"]
    field.setFocus()
    for ch in "uni":
        qtbot.mouseClick(
            keyboard.findChild(QPushButton, f"key_{ord(ch):04x}"), Qt.MouseButton.LeftButton
        )
    qtbot.mouseClick(keyboard.findChild(QPushButton, "keyBackspace"), Qt.MouseButton.LeftButton)
    assert field.text() == "un"
    assert field.hasFocus()  # keys never steal focus
    viewport = window.sign.scroll.viewport()
    top_left = field.mapTo(viewport, field.rect().topLeft())
    bottom = field.mapTo(viewport, field.rect().bottomLeft())
    assert top_left.y() >= 0 and bottom.y() <= viewport.height()
    keyboard.set_language("ru")
    qtbot.mouseClick(
        keyboard.findChild(QPushButton, f"key_{ord('ж'):04x}"), Qt.MouseButton.LeftButton
    )
    assert field.text() == "unж"
    window.go_welcome()
    assert field.text() == ""


def test_every_screen_fits_a_small_tablet(qtbot, window):
    window.resize(1024, 600)
    for screen in (
        window.welcome,
        window.sign,
        window.thanks,
        window.pin,
        window.admin,
        window.message,
        window.setup,
    ):
        window.stack.setCurrentWidget(screen)
        assert window.current_screen() is screen
        assert window.height() == 600, screen.objectName()


def test_welcome_screen_needs_no_scrolling_at_common_sizes(window):
    for size in ((1280, 800), (1920, 1080), (1024, 600)):
        window.resize(*size)
        window.go_welcome()
        holder = window.stack.widget(
            window.stack.indexOf(window.welcome.parentWidget().parentWidget())
        )
        assert holder.verticalScrollBar().maximum() == 0, size
