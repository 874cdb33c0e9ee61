"""The volunteer console and every step of the end of day fit a 1024x600 tablet and a laptop,
in four languages and both themes: nothing cut off or squeezed, no scrolling."""

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.devtools.layout_check import layout_problems
from kiosk.devtools.screen_states import (
    LANGUAGES,
    THEMES,
    VOLUNTEER_SIZES,
    VOLUNTEER_STATES,
    ShowcaseDrives,
)
from kiosk.ui.main_window import MainWindow
from tests.ui.fakes import fake_ports


@pytest.mark.parametrize("theme", list(THEMES))
@pytest.mark.parametrize("size", VOLUNTEER_SIZES, ids=[f"{w}x{h}" for w, h in VOLUNTEER_SIZES])
def test_the_console_and_the_end_of_day_fit(qtbot, tmp_path, theme, size):
    ports = fake_ports()
    ports.drives = ShowcaseDrives(tmp_path)
    window = MainWindow(ports, "en")
    qtbot.addWidget(window)
    window.set_high_contrast(THEMES[theme])
    window.resize(*size)
    window.show()
    found = []
    for language in LANGUAGES:
        for state, enter in VOLUNTEER_STATES.items():
            window.go_welcome()
            window.set_default_language(language)
            window.set_language(language)
            enter(window)
            QApplication.processEvents()
            screen = window.current_screen()
            holder = window.stack.holder_of(screen)
            if holder.verticalScrollBar().maximum() > 0:
                found.append(f"{language} {state}: needs scrolling")
            found += [f"{language} {state}: {p}" for p in layout_problems(window, screen)]
    window.exit_kiosk()
    assert found == [], "\n".join(found)
