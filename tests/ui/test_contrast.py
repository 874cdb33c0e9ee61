"""High contrast meets WCAG AAA on the rendered pixels of every attendee screen: text 7:1,
every control's outline, tick box and focus ring 3:1.  The normal theme meets AA."""

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from kiosk.devtools.contrast import contrast_problems, contrast_ratio
from kiosk.devtools.screen_states import ATTENDEE_STATES
from kiosk.ui import theme
from kiosk.ui.main_window import MainWindow
from tests.ui.fakes import fake_ports


@pytest.fixture
def contrast_window(qtbot):
    window = MainWindow(fake_ports())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    yield window
    window.exit_kiosk()


def _root(window):
    if window.overlay.isVisible():
        return window.overlay
    if window.sign.privacy_panel.isVisible():
        return window.sign.privacy_panel
    return window.current_screen()


def _all_states(window, high_contrast, text_min, runs):
    window.set_high_contrast(high_contrast)
    found = []
    for size, languages in runs:
        window.resize(*size)
        for language in languages:
            for state, enter in ATTENDEE_STATES.items():
                window.go_welcome()
                window.set_language(language)
                enter(window)
                QApplication.processEvents()
                problems = contrast_problems(window, _root(window), text_min=text_min)
                found += [f"{size} {language} {state}: {p}" for p in problems]
    window.go_welcome()
    return found


def test_high_contrast_meets_wcag_aaa_on_every_attendee_screen(contrast_window):
    runs = [((1024, 600), ("en", "ru")), ((800, 1280), ("uk",))]
    assert _all_states(contrast_window, True, 7.0, runs) == []


def test_the_normal_theme_meets_wcag_aa(contrast_window):
    assert _all_states(contrast_window, False, 4.5, [((1280, 800), ("es",))]) == []


def test_the_focus_ring_and_a_ticked_box_show_in_high_contrast(contrast_window):
    window = contrast_window
    window.set_high_contrast(True)
    window.resize(1280, 800)
    window.start_signing()
    window.sign.consent_sign.setChecked(True)
    window.sign.inputs["email"].setFocus()
    QApplication.processEvents()
    assert contrast_problems(window, window.sign) == []
    image = window.grab().toImage()
    edit = window.sign.inputs["email"]
    left = edit.mapTo(window, edit.rect().topLeft())
    ring = image.pixelColor(left.x() + 1, left.y() + edit.height() // 2)
    assert contrast_ratio(ring, QColor(theme.HIGH_CONTRAST["bg"])) >= 3
    assert ring.name() == theme.HIGH_CONTRAST["focus"]


def test_the_measure_catches_a_control_that_disappears(contrast_window, monkeypatch):
    """The old high-contrast tick boxes: outline in the background's colour."""
    faded = dict(theme.HIGH_CONTRAST, text="#ffffff", border="#222222", accent="#333333")
    monkeypatch.setattr(theme, "HIGH_CONTRAST", faded)
    window = contrast_window
    window.set_high_contrast(True)
    window.resize(1280, 800)
    window.start_signing()
    QApplication.processEvents()
    problems = contrast_problems(window, window.sign)
    assert any("outline" in p and "field_last_name" in p for p in problems), problems
    assert any("outline" in p and "submitSignature" in p for p in problems)
