"""Every attendee screen, in every state a signer sees, at five real screen sizes, in four
languages and both themes: nothing cut off, no label short of room, nothing overlapping, no
scrolling on the sign screen.  ``make screenshots`` renders the same matrix to look at."""

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.devtools.layout_check import layout_problems
from kiosk.devtools.screen_states import ATTENDEE_STATES, LANGUAGES, SIZES, THEMES
from kiosk.ui.main_window import MainWindow
from kiosk.ui.sign_screen import PAD_MIN_HEIGHT
from tests.ui.fakes import fake_ports


@pytest.fixture(scope="module")
def windows(qapp):
    built = {}
    for theme, on in THEMES.items():
        window = MainWindow(fake_ports())
        window.set_high_contrast(on)
        window.show()
        built[theme] = window
    yield built
    for window in built.values():
        window.exit_kiosk()
        window.deleteLater()


def _check(window: MainWindow, state: str) -> list[str]:
    screen = window.current_screen()
    problems = []
    holder = window.stack.holder_of(screen)
    if holder is not None and holder.verticalScrollBar().maximum() > 0:
        problems.append(f"{screen.objectName()} needs scrolling")
    scrolling = (window.welcome.summary,)
    root = screen
    if window.overlay.isVisible():
        root = window.overlay
    if state == "keyboard":
        scrolling += (window.sign.scroll,)
        # The form may shift, but the field being typed in and Sign stay in view.
        field = window.sign.inputs["email"]
        viewport = window.sign.scroll.viewport()
        top = field.mapTo(viewport, field.rect().topLeft()).y()
        if top < 0 or top + field.height() > viewport.height():
            problems.append("the focused field is out of view above the keyboard")
    elif screen is window.sign:
        if window.sign.scroll.verticalScrollBar().maximum() > 0:
            problems.append("the sign form needs scrolling")
        if window.sign.pad.height() < PAD_MIN_HEIGHT:
            problems.append(f"the pad is {window.sign.pad.height()} px tall")
    if state == "privacy":
        root = window.sign.privacy_panel
    return problems + layout_problems(window, root, scrolling)


@pytest.mark.parametrize("theme", list(THEMES))
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_attendee_screen_fits(windows, theme, size):
    window = windows[theme]
    window.resize(*size)
    found = []
    for language in LANGUAGES:
        for state, enter in ATTENDEE_STATES.items():
            window.go_welcome()
            window.set_language(language)
            enter(window)
            QApplication.processEvents()
            found += [f"{language} {state}: {p}" for p in _check(window, state)]
    window.go_welcome()
    assert found == []


def test_the_matrix_finds_what_a_person_would_see(windows):
    """The check itself: a button squeezed below its text, a label out of the window and two
    controls on top of each other are all reported."""
    window = windows["normal"]
    window.resize(1024, 600)
    window.go_welcome()
    QApplication.processEvents()
    assert layout_problems(window, window.welcome) == []
    sign = window.welcome.sign_button
    sign.setMaximumWidth(60)
    window.welcome.count.move(5000, 10)
    window.welcome.qr_caption.setGeometry(window.welcome.count.geometry())
    problems = layout_problems(window, window.welcome)
    sign.setMaximumWidth(16777215)
    window.resize(1025, 600)
    QApplication.processEvents()
    assert any("startSigning" in p and "text needs" in p for p in problems)
    assert any(p.startswith("cut off") and "signatureCount" in p for p in problems)
    assert any(p.startswith("overlap") and "qrCaption" in p for p in problems)
