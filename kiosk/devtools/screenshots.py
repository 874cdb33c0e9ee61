"""``make screenshots``: PNGs of every attendee screen at five screen sizes, in four languages
and both themes (the matrix tests/ui/test_layout_matrix.py checks), and of the volunteer
screens (the console, every end-of-day step) at 1024x600 and 1280x800 in English and Russian."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

VOLUNTEER_LANGUAGES = ["en", "ru"]


def main(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kiosk.app.gui import build_window, ports_for
    from kiosk.app.services import open_services as open_kiosk
    from kiosk.demo import demo_drafts
    from kiosk.devtools.screen_states import (
        ATTENDEE_STATES,
        LANGUAGES,
        SIZES,
        THEMES,
        VOLUNTEER_SIZES,
        VOLUNTEER_STATES,
        ShowcaseDrives,
    )
    from kiosk.services.keys import create_key_pair
    from kiosk.settings import load_settings
    from kiosk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(data_dir=Path(tmp))
        fresh = open_kiosk(settings)
        window = build_window(fresh, "en")
        window.show()
        for width, height in VOLUNTEER_SIZES:  # first run with no key yet: the full setup form
            window.resize(width, height)
            app.processEvents()
            window.grab().save(str(out / f"setup-en-{width}x{height}.png"))
        window.exit_kiosk()
        create_key_pair(settings.keys_dir, "screenshot passphrase")
        fresh.close()
        kiosk = open_kiosk(settings)
        kiosk.pin.set_pin("246813")
        kiosk.events.start("Freshers fair", "Student union, room 2")
        kiosk.signing.sign_many(demo_drafts(137))

        for theme, high_contrast in THEMES.items():
            window = build_window(kiosk, "en")
            window.set_high_contrast(high_contrast)
            window.show()
            for width, height in SIZES:
                window.resize(width, height)
                for lang in LANGUAGES:
                    for name, enter in ATTENDEE_STATES.items():
                        window.set_language(lang)
                        enter(window)
                        app.processEvents()
                        suffix = "" if theme == "normal" else "-contrast"
                        path = out / f"{name}-{lang}-{width}x{height}{suffix}.png"
                        window.grab().save(str(path))
                        window.go_welcome()
            window.exit_kiosk()

        stick = Path(tmp) / "KINGSTON"
        stick.mkdir()
        for lang in VOLUNTEER_LANGUAGES:
            for width, height in VOLUNTEER_SIZES:
                ports = ports_for(kiosk)
                ports.drives = ShowcaseDrives(stick)  # a stick to show in step 1
                window = MainWindow(ports, lang)
                window.resize(width, height)
                window.show()
                suffix = f"{lang}-{width}x{height}"

                def shot(name: str, window=window, suffix=suffix) -> None:
                    app.processEvents()
                    window.grab().save(str(out / f"{name}-{suffix}.png"))

                window.open_pin()
                shot("pin")
                for name, enter in VOLUNTEER_STATES.items():
                    window.go_welcome()
                    enter(window)
                    shot(name)
                window.stack.setCurrentWidget(window.setup)
                shot("setup-key-ready")  # the first-run screen once a key is in place
                window.exit_kiosk()
        kiosk.close()
    print(f"screenshots written to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/screenshots"))
