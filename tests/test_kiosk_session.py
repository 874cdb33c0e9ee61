"""The Linux kiosk session installer, run into a scratch root (as far as a machine without a
display and a running systemd allows): the kiosk user, the app, and each session's files."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "packaging" / "linux" / "install-kiosk-session.sh"

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or os.geteuid() != 0 or shutil.which("useradd") is None,
    reason="the session installer needs Linux, root and useradd",
)


def _scratch_root(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    etc = root / "etc"
    etc.mkdir(parents=True)
    for name in ("passwd", "group", "shadow", "gshadow", "login.defs"):
        source = Path("/etc") / name
        if source.exists():
            shutil.copy(source, etc / name)
    (root / "home").mkdir()
    return root


def _fake_app(tmp_path: Path) -> Path:
    app = tmp_path / "petition-kiosk"
    app.mkdir()
    (app / "petition-kiosk").write_text("#!/bin/sh\necho petition-kiosk 0.1.0\n")
    (app / "petition-kiosk").chmod(0o755)
    return app


def _install(tmp_path: Path, session: str) -> Path:
    root = _scratch_root(tmp_path)
    result = subprocess.run(
        ["bash", str(SCRIPT), "--session", session, "--root", str(root), "--app",
         str(_fake_app(tmp_path))],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (root / "opt/petition-kiosk/petition-kiosk").is_file()
    assert (
        os.readlink(root / "usr/local/bin/petition-kiosk") == "/opt/petition-kiosk/petition-kiosk"
    )
    users = (root / "etc/passwd").read_text().splitlines()
    assert any(line.startswith("kiosk:") for line in users)
    assert (root / "home/kiosk").stat().st_mode & 0o777 == 0o700
    return root


def test_the_cage_session_runs_only_the_kiosk_and_restarts_it(tmp_path):
    root = _install(tmp_path, "cage")
    unit = (root / "etc/systemd/system/petition-kiosk.service").read_text()
    assert "User=kiosk" in unit and "Restart=always" in unit
    assert "ExecStart=/usr/bin/cage -d -- /opt/petition-kiosk/petition-kiosk run" in unit
    wants = root / "etc/systemd/system/graphical.target.wants/petition-kiosk.service"
    assert os.readlink(wants) == "/etc/systemd/system/petition-kiosk.service"
    if shutil.which("systemd-analyze"):
        check = subprocess.run(
            ["systemd-analyze", "verify", "--root", str(root), "petition-kiosk.service"],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        # The scratch root has neither cage nor systemd's own units; what must not appear is a
        # complaint about the unit file itself.
        bad = ("Unknown key", "Unknown section", "Invalid", "Failed to parse", "bad-setting")
        assert not [line for line in check.stderr.splitlines() if any(b in line for b in bad)]


def test_the_bare_x_session_logs_in_and_relaunches_the_kiosk(tmp_path):
    root = _install(tmp_path, "x11")
    autologin = root / "etc/systemd/system/getty@tty1.service.d/autologin.conf"
    assert "--autologin kiosk" in autologin.read_text()
    assert "exec startx" in (root / "home/kiosk/.bash_profile").read_text()
    xinit = (root / "home/kiosk/.xinitrc").read_text()
    assert "while true" in xinit and "/opt/petition-kiosk/petition-kiosk run" in xinit
    assert subprocess.run(["sh", "-n", str(root / "home/kiosk/.xinitrc")]).returncode == 0


def test_the_gnome_kiosk_session_logs_the_kiosk_user_in_and_relaunches_the_kiosk(tmp_path):
    root = _scratch_root(tmp_path)
    (root / "etc/gdm3").mkdir()
    (root / "etc/gdm3/custom.conf").write_text(
        "[daemon]\nAutomaticLoginEnable=False\n\n[security]\n"
    )
    result = subprocess.run(
        ["bash", str(SCRIPT), "--session", "gnome", "--root", str(root), "--app",
         str(_fake_app(tmp_path))],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    script = root / "home/kiosk/.local/bin/gnome-kiosk-script"
    assert script.stat().st_mode & 0o111 and "petition-kiosk run" in script.read_text()
    assert subprocess.run(["sh", "-n", str(script)]).returncode == 0
    user = (root / "var/lib/AccountsService/users/kiosk").read_text()
    assert "Session=gnome-kiosk-script-wayland" in user
    gdm = (root / "etc/gdm3/custom.conf").read_text()
    daemon = gdm.split("[security]")[0]
    assert "AutomaticLoginEnable=True" in daemon and "AutomaticLogin=kiosk" in daemon
    assert "AutomaticLoginEnable=False" not in gdm and "[security]" in gdm


def test_the_installer_refuses_what_it_cannot_do(tmp_path):
    result = subprocess.run(
        ["bash", str(SCRIPT), "--session", "kde"], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 2 and "cage, gnome or x11" in result.stderr
