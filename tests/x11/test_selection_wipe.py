"""On a real X display, the wipe leaves nothing for the next attendee's middle-click: the
PRIMARY selection (filled by selecting text in a field) is cleared with the clipboard."""

import json
import time
from pathlib import Path

from tests.x11.conftest import run_on_display

HERE = Path(__file__).parent
SECRET = "previous.signer@example.org"


def _read(display: str) -> dict:
    reader = run_on_display(display, HERE / "read_clipboards.py")
    out, err = reader.communicate(timeout=60)
    assert reader.returncode == 0, err
    return json.loads(out)


def _wait_for(path: Path, kiosk, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert kiosk.poll() is None, kiosk.communicate()[1]
        assert time.monotonic() < deadline, f"{path.name} never appeared"
        time.sleep(0.05)


def test_the_wipe_clears_the_x11_selection_and_the_clipboard(x_display, tmp_path):
    kiosk = run_on_display(x_display, HERE / "kiosk_client.py", str(tmp_path), SECRET)
    try:
        _wait_for(tmp_path / "selected", kiosk)
        before = _read(x_display)
        assert before["supports_selection"]
        # What the fault looked like: the signer's email one middle-click away.
        assert before["selection"] == SECRET and before["clipboard"] == SECRET
        (tmp_path / "wipe").write_text("")
        _wait_for(tmp_path / "wiped", kiosk)
        after = _read(x_display)
        assert after["selection"] == "" and after["clipboard"] == ""
    finally:
        (tmp_path / "quit").write_text("")
        try:
            kiosk.communicate(timeout=20)  # also closes its pipes
        except Exception:
            kiosk.kill()
            kiosk.communicate()
