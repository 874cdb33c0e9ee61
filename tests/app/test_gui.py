"""The composition root hands the window every call the screens' ports name."""

import typing

from kiosk.app.gui import ports_for
from kiosk.ui import ports as ui_ports


def test_the_real_services_fill_every_port(kiosk):
    built = ports_for(kiosk)
    hints = typing.get_type_hints(ui_ports.KioskPorts, vars(ui_ports))
    for name, kind in hints.items():
        if not getattr(kind, "_is_protocol", False):
            continue
        members = [m for m in vars(kind) if not m.startswith("_")]
        target = getattr(built, name)
        missing = [m for m in members if not hasattr(target, m)]
        assert members and missing == [], f"{name}: {missing}"


def test_the_screens_get_the_settings_they_follow(kiosk):
    built = ports_for(kiosk)
    assert built.options.idle_timeout_s == kiosk.settings.idle_timeout_s
    assert built.options.thanks_seconds == kiosk.settings.thanks_seconds
    assert built.campaign is kiosk.campaign


def test_the_first_frame_loads_no_store_crypto_or_pdf_stack(kiosk, tmp_path):
    """The real `petition-kiosk run` path, in a fresh interpreter: what is loaded when the
    welcome screen is first shown (the services open right after)."""
    import subprocess
    import sys
    from pathlib import Path

    kiosk.pin.set_pin("246813")
    data = kiosk.settings.data_dir
    kiosk.close()
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import kiosk.app.gui as gui\n"
        "def first_frame(deferred, app):\n"
        "    heavy = ('sqlalchemy', 'alembic', 'cryptography', 'reportlab', 'pikepdf',\n"
        "             'email_validator', 'bidi', 'arabic_reshaper', 'kiosk.store.database',\n"
        "             'subprocess', 'ctypes')\n"  # 8-10 ms of start for an eject or macOS
        "    print('LOADED', sorted({m for m in sys.modules if m.startswith(heavy)}))\n"
        "    print('WINDOW', deferred.ready, [w.objectName() for w in app.topLevelWidgets()\n"
        "                                     if w.isVisible()])\n"
        "    app.exit(0)\n"
        "gui._open_services_now = first_frame\n"
        "from kiosk.cli import main\n"
        f"sys.exit(main(['run', '--windowed', '--data-dir', {str(data)!r}]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert "LOADED []" in result.stdout, result.stdout
    assert "WINDOW False ['kioskWindow']" in result.stdout, result.stdout
