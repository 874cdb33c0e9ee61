"""The kiosk-session files for platforms this machine cannot run are at least well formed and
agree with their installers on where the app lives and how it is started."""

import plistlib
import xml.etree.ElementTree as ET
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"


def test_windows_configs_start_the_installed_kiosk_for_the_kiosk_user():
    installer = (PACKAGING / "windows/install-kiosk.ps1").read_text(encoding="utf-8")
    assert 'Join-Path $env:ProgramFiles "PetitionKiosk"' in installer
    shell = ET.parse(PACKAGING / "windows/ShellLauncher.xml").getroot()
    ns = {"s": "http://schemas.microsoft.com/ShellLauncher/2018/Configuration"}
    kiosk_shell = shell.find("s:Profiles/s:Profile/s:Shell", ns)
    assert kiosk_shell.get("Shell") == r"%ProgramFiles%\PetitionKiosk\petition-kiosk.exe run"
    assert kiosk_shell.find("s:DefaultAction", ns).get("Action") == "RestartShell"
    assert shell.find("s:Configs/s:Config/s:Account", ns).get("Name") == "kiosk"
    access = ET.parse(PACKAGING / "windows/AssignedAccess-restricted.xml").getroot()
    ns = {
        "a": "http://schemas.microsoft.com/AssignedAccess/2017/config",
        "rs5": "http://schemas.microsoft.com/AssignedAccess/201810/config",
    }
    app = access.find("a:Profiles/a:Profile/a:AllAppsList/a:AllowedApps/a:App", ns)
    assert app.get("DesktopAppPath") == r"%ProgramFiles%\PetitionKiosk\petition-kiosk.exe"
    assert app.get("{http://schemas.microsoft.com/AssignedAccess/201810/config}AutoLaunch")
    assert access.find("a:Configs/a:Config/a:Account", ns).text == "kiosk"


def test_the_macos_launch_agent_relaunches_the_installed_kiosk():
    agent = plistlib.loads((PACKAGING / "macos/org.petitionkiosk.PetitionKiosk.plist").read_bytes())
    installer = (PACKAGING / "macos/install-kiosk.sh").read_text(encoding="utf-8")
    assert agent["ProgramArguments"] == ["/Applications/PetitionKiosk/petition-kiosk", "run"]
    assert agent["KeepAlive"] is True and agent["RunAtLoad"] is True
    assert 'cp -R "$APP" /Applications/PetitionKiosk' in installer
    assert f"{agent['Label']}.plist" in installer


def test_macos_presentation_options_are_apples_values():
    from kiosk.ui import macos_presentation as m

    # NSApplicationPresentationOptions: process switching may only be disabled with the Dock
    # hidden, and the sum is what AppKit documents for these six.
    assert m.LOCKED & m.HIDE_DOCK and m.LOCKED & m.DISABLE_PROCESS_SWITCHING
    assert m.LOCKED == 2 + 8 + 32 + 64 + 128 + 256


def test_the_desktop_entries_and_appstream_metainfo_validate():
    import shutil
    import subprocess

    import pytest

    linux = PACKAGING / "linux"
    tools = shutil.which("desktop-file-validate"), shutil.which("appstreamcli")
    if not all(tools):
        pytest.skip(
            "desktop-file-validate or appstreamcli is not installed (desktop-file-utils, appstream)"
        )
    entries = [str(p) for p in linux.glob("*.desktop")]
    assert len(entries) == 2
    assert subprocess.run([tools[0], *entries], capture_output=True, timeout=60).returncode == 0
    metainfo = linux / "org.petitionkiosk.PetitionKiosk.metainfo.xml"
    check = subprocess.run(
        [tools[1], "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert (linux / "org.petitionkiosk.PetitionKiosk.svg").read_text().startswith("<svg")
