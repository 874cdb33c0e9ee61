"""A real X display (Xvfb) for what offscreen Qt cannot show: the X11 selections, focus,
a window manager.  Skipped, with the reason shown, where Xvfb is not installed."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def x_display():
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb): X11 behaviour is untested")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x600x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.skip("Xvfb did not start")
    display = f":{number}"
    probe = subprocess.run(
        [sys.executable, "-c", "from PySide6.QtGui import QGuiApplication; QGuiApplication([])"],
        env=dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    if probe.returncode != 0:
        server.terminate()
        server.wait(timeout=10)
        reason = (probe.stderr.strip().splitlines() or ["?"])[0]
        pytest.skip(f"Qt cannot use the X display (libxcb packages missing?): {reason}")
    yield display
    server.terminate()
    server.wait(timeout=10)


def run_on_display(display: str, script: Path, *args: str, timeout: float = 60):
    """Start a Python script as an X client of ``display``."""
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.Popen(
        [sys.executable, str(script), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
