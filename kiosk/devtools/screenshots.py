"""``make screenshots``: PNGs of every screen, in English and Russian, at two screen sizes."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZES = [(1280, 800), (1920, 1080)]
LANGUAGES = ["en", "ru"]


def main(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kiosk.app.gui import build_window
    from kiosk.app.services import open_services as open_kiosk
    from kiosk.demo import demo_drafts
    from kiosk.services.keys import create_key_pair
    from kiosk.settings import load_settings

    app = QApplication.instance() or QApplication([])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(data_dir=Path(tmp))
        fresh = open_kiosk(settings)
        window = build_window(fresh, "en")
        window.resize(*SIZES[0])
        window.show()
        app.processEvents()
        for width, height in SIZES:  # first run with no key yet: the full setup form
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
        receipt = kiosk.signing.sign(demo_drafts(1, seed=9)[0])
        for lang in LANGUAGES:
            for width, height in SIZES:
                window = build_window(kiosk, lang)
                window.resize(width, height)
                window.show()
                suffix = f"{lang}-{width}x{height}"

                def shot(name: str, window=window, suffix=suffix) -> None:
                    app.processEvents()
                    window.grab().save(str(out / f"{name}-{suffix}.png"))

                shot("welcome")
                window.start_signing()
                shot("sign")
                window.sign.inputs["first_name"].setText("Борис")
                window.sign.inputs["email"].setText("not-an-email")
                window.sign.submit()
                window.sign.privacy_button.setChecked(True)
                shot("sign-errors")
                window.overlay.show_countdown(12)
                shot("idle-warning")
                window.go_welcome()
                window.thanks.show_receipt(receipt)
                window.stack.setCurrentWidget(window.thanks)
                shot("thanks")
                window.open_pin()
                shot("pin")
                window.open_admin()
                shot("admin")
                dialog = window.open_export()
                app.processEvents()
                dialog.grab().save(str(out / f"export-dialog-{suffix}.png"))
                dialog.reject()
                window.stack.setCurrentWidget(window.setup)
                shot("setup-key-ready")  # the first-run screen once a key is in place
                window.show_unexpected_error()
                shot("error")
                window.exit_kiosk()
        kiosk.close()
    print(f"screenshots written to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/screenshots"))
