"""The layer boundary: core, store, export and services run without Qt."""

import subprocess
import sys


def test_core_layers_do_not_import_qt():
    code = (
        "import sys, kiosk.core.validation, kiosk.campaign, kiosk.crypto, kiosk.store.repository,"
        " kiosk.store.database, kiosk.bootstrap, kiosk.integrity, kiosk.demo, kiosk.cli\n"
        "import pkgutil, importlib, kiosk.export\n"
        "for m in pkgutil.walk_packages(kiosk.export.__path__, 'kiosk.export.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ui_does_not_touch_the_store():
    from pathlib import Path

    ui = Path(__file__).resolve().parents[1] / "kiosk" / "ui"
    offenders = [
        f.name
        for f in ui.rglob("*.py")
        if "kiosk.store" in f.read_text(encoding="utf-8")
        or "sqlalchemy" in f.read_text(encoding="utf-8").lower()
    ]
    assert offenders == []
