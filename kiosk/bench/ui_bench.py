"""UI figures: cold start, submit-to-thank-you, idle CPU on the welcome screen, memory."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kiosk.bench.stats import summary_ms

_START_PROBE = r"""
import sys, time
t0 = time.perf_counter()
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
mode = sys.argv[1]
if mode == "bare":
    from PySide6.QtWidgets import QLabel, QMainWindow
    window = QMainWindow(); window.setCentralWidget(QLabel("hello")); window.resize(1280, 800)
else:
    from pathlib import Path
    from kiosk.app.gui import build_window
    from kiosk.app.services import open_services as open_kiosk
    from kiosk.settings import load_settings
    kiosk = open_kiosk(load_settings(data_dir=Path(sys.argv[2])))
    window = build_window(kiosk)
    window.resize(1280, 800)
window.show()
def ready():
    print(f"{time.perf_counter() - t0:.4f}")
    if mode != "bare":
        window.exit_kiosk()  # the kiosk refuses a plain close
    app.quit()
QTimer.singleShot(0, ready)  # runs once the first frame's events are processed
app.exec()
"""


def _cold_start(mode: str, data_dir: Path, runs: int = 5) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", _START_PROBE, mode, str(data_dir)],
            capture_output=True,
            text=True,
            check=True,
        )
        wall = time.perf_counter() - started
        times.append(wall)
        del out
    return times


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(quick: bool = False) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.app.gui import build_window
    from kiosk.app.services import open_services as open_kiosk
    from kiosk.demo import demo_drafts
    from kiosk.services.keys import create_key_pair
    from kiosk.settings import load_settings

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="kiosk-ui-bench-") as tmp:
        settings = load_settings(data_dir=Path(tmp))
        create_key_pair(settings.keys_dir, "benchmark passphrase")
        kiosk = open_kiosk(settings)
        kiosk.pin.set_pin("2468")
        kiosk.events.start("Bench", "")
        kiosk.close()
        bare = _cold_start("bare", settings.data_dir)
        kiosk_start = _cold_start("kiosk", settings.data_dir)
        print(f"cold start, bare PySide6 window         : {summary_ms(bare)}")
        print(f"cold start, kiosk welcome screen        : {summary_ms(kiosk_start)}")

        kiosk = open_kiosk(settings)
        window = build_window(kiosk)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        signers = 200 if quick else 1000
        drafts = demo_drafts(signers, seed=11)
        submit_times, rss = [], []
        for i, draft in enumerate(drafts):
            window.start_signing()
            for key, edit in window.sign.inputs.items():
                edit.setText(draft.fields.get(key, ""))
            window.sign.consent_sign.setChecked(True)
            window.sign.consent_mailing.setChecked(draft.consent_mailing)
            start = time.perf_counter()
            window.sign.submit()
            app.processEvents()
            submit_times.append(time.perf_counter() - start)
            assert window.current_screen() is window.thanks
            window.go_welcome()
            app.processEvents()
            if i in (99, signers - 1):
                rss.append(_rss_mb())
        print(f"submit → thank-you shown               : {summary_ms(submit_times)}")
        print(f"resident memory after 100 signers      : {rss[0]:.1f} MB")
        print(
            f"resident memory after {signers} signers     : {rss[1]:.1f} MB "
            f"(growth {rss[1] - rss[0]:+.1f} MB)"
        )

        seconds = 10 if quick else 60
        cpu_before = time.process_time()
        wall_before = time.perf_counter()
        loop = QEventLoop()  # a real idle event loop, as the kiosk runs between attendees
        QTimer.singleShot(seconds * 1000, loop.quit)
        loop.exec()
        cpu = time.process_time() - cpu_before
        wall = time.perf_counter() - wall_before
        print(
            f"idle CPU on the welcome screen over {seconds} s : {100 * cpu / wall:.2f} % of a core"
        )
        window.exit_kiosk()
        kiosk.close()
    print("(targets: start < 1 s, submit < 50 ms, idle CPU < 1 %, no memory growth)")
