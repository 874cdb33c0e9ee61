"""UI figures: cold start, submit-to-thank-you, idle CPU on the welcome screen, memory."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kiosk.bench import procs
from kiosk.bench.stats import percentile, summary_ms

# The references: a bare PySide6 window (start), a bare form with a QR code (memory, idle).
_BARE = r"""
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
if "--form" in sys.argv:
    import qrcode
    from PySide6.QtGui import QPixmap, QImage
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget
    page = QWidget(); layout = QVBoxLayout(page)
    for name in ("First name", "Last name", "Email"):
        layout.addWidget(QLabel(name)); layout.addWidget(QLineEdit())
    matrix = qrcode.QRCode(border=2); matrix.add_data("https://freeboris.info/"); matrix.make()
    cells = matrix.get_matrix(); side = len(cells)
    image = QImage(side, side, QImage.Format.Format_Mono)
    for y, row in enumerate(cells):
        for x, dark in enumerate(row):
            image.setPixel(x, y, 0 if dark else 1)
    qr = QLabel(); qr.setPixmap(QPixmap.fromImage(image).scaled(300, 300)); layout.addWidget(qr)
    layout.addWidget(QPushButton("Sign"))
    window.setCentralWidget(page)
else:
    window.setCentralWidget(QLabel("hello"))
window.show()
QTimer.singleShot(0, lambda: print("first frame shown", flush=True))
app.exec()
"""


def _env() -> dict[str, str]:
    # A real install has compiled .pyc files: let the first (warm-up) run write them.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _start_bare(form: bool = False) -> tuple[float, subprocess.Popen]:
    started = time.perf_counter()
    args = [sys.executable, "-c", _BARE] + (["--form"] if form else [])
    process = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env()
    )
    assert process.stdout is not None
    process.stdout.readline()
    return time.perf_counter() - started, process


# `make dist` puts the frozen app here; the bench times it beside the virtualenv's.
FROZEN = Path(__file__).resolve().parents[2] / "dist" / "petition-kiosk" / "petition-kiosk"


def _stale(build: Path) -> bool:
    """Whether a source file changed after the frozen build was made."""
    built = build.stat().st_mtime
    package = Path(__file__).resolve().parents[1]
    return any(source.stat().st_mtime > built for source in package.rglob("*.py"))


def _start_kiosk(
    data_dir: Path, command: list[str] | None = None
) -> tuple[float, subprocess.Popen]:
    """The real `petition-kiosk run` path, to the same event: the log's first-frame line."""
    log = data_dir / "logs" / "kiosk.log"
    seen = log.read_text(encoding="utf-8").count("first frame shown") if log.exists() else 0
    started = time.perf_counter()
    process = subprocess.Popen(
        (command or [sys.executable, "-m", "kiosk"])
        + ["run", "--windowed", "--data-dir", str(data_dir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=_env(),
    )
    while True:
        if log.exists() and log.read_text(encoding="utf-8").count("first frame shown") > seen:
            return time.perf_counter() - started, process
        if process.poll() is not None or time.perf_counter() - started > 60:
            raise RuntimeError("the kiosk did not show its first frame")
        time.sleep(0.002)


def _stop(process: subprocess.Popen) -> None:
    process.kill()
    process.wait()
    if process.stdout:
        process.stdout.close()


def _paired_starts(data_dir: Path, runs: int) -> tuple[list[float], list[float]]:
    for start in (_start_bare(), _start_kiosk(data_dir)):  # warm-up: caches and .pyc files
        _stop(start[1])
    bare: list[float] = []
    kiosk: list[float] = []
    for _ in range(runs):
        for starter, out in ((_start_bare, bare), (lambda: _start_kiosk(data_dir), kiosk)):
            seconds, process = starter()
            out.append(seconds)
            _stop(process)
    return bare, kiosk


def _settled(process: subprocess.Popen, settle_s: float, idle_s: float) -> tuple[float, int]:
    """(PSS in MB after ``settle_s``, CPU clock ticks over the following ``idle_s``)."""
    time.sleep(settle_s)
    pss = procs.pss_mb(process.pid)
    before = procs.cpu_ticks(process.pid)
    time.sleep(idle_s)
    return pss, procs.cpu_ticks(process.pid) - before


def _process_figures(data_dir: Path, quick: bool) -> None:
    runs, settle, idle = (3, 5.0, 5.0) if quick else (7, 15.0, 10.0)
    bare, kiosk = _paired_starts(data_dir, runs)
    b, k = percentile(bare, 50), percentile(kiosk, 50)
    print(f"start to first frame, bare PySide6 window : {summary_ms(bare)}")
    print(f"start to first frame, petition-kiosk run  : {summary_ms(kiosk)}")
    print(f"  → {k / b:.1f}x the bare window (p50; goal ≤ 2x)")
    if FROZEN.is_file():
        _stop(_start_kiosk(data_dir, [str(FROZEN)])[1])  # warm-up
        frozen = []
        for _ in range(runs):
            seconds, process = _start_kiosk(data_dir, [str(FROZEN)])
            frozen.append(seconds)
            _stop(process)
        print(f"start to first frame, frozen (make dist)  : {summary_ms(frozen)}")
        if _stale(FROZEN):
            print(
                "  (that build is older than the code in kiosk/: run `make dist` to time this code)"
            )
    else:
        print("start to first frame, frozen: no dist/ build (run `make dist`)")
    if not procs.has_proc():
        print("memory and idle CPU: need Linux /proc, skipped")
        return
    _, form = _start_bare(form=True)
    form_pss, form_ticks = _settled(form, settle, idle)
    _stop(form)
    _, running = _start_kiosk(data_dir)
    kiosk_pss, kiosk_ticks = _settled(running, settle, idle)
    _stop(running)
    print(
        f"PSS on the welcome screen after {settle:.0f} s: {kiosk_pss:.0f} MB "
        f"(bare form with a QR code: {form_pss:.0f} MB; goal ≤ 100 MB)"
    )
    print(
        f"CPU on the idle welcome screen: {kiosk_ticks} ticks in {idle:.0f} s "
        f"(bare form: {form_ticks}; goal ≤ 1 tick in 10 s)"
    )


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(quick: bool = False) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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
        kiosk.pin.set_pin("246813")
        kiosk.events.start("Bench", "")
        kiosk.close()
        _process_figures(settings.data_dir, quick)

        kiosk = open_kiosk(settings)
        window = build_window(kiosk)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        signers = 400 if quick else 1000  # the middle mark (signers // 2) comes after the 100th
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
            if i in (99, signers // 2 - 1, signers - 1):
                rss.append(_rss_mb())
        print(f"submit → thank-you shown               : {summary_ms(submit_times)}")
        half = signers // 2
        for count, value in zip((100, half, signers), rss, strict=True):
            print(f"{f'resident memory after {count} signers':<39}: {value:.1f} MB")
        print(
            f"  growth {rss[2] - rss[0]:+.1f} MB over {signers - 100} signers; "
            f"{rss[2] - rss[1]:+.1f} MB over the last {signers - half}"
        )
        print(
            "  (a growth that stops is SQLite's page cache filling to its 2 MB a connection;"
            " one that goes on in the second half is a leak)"
        )

        window.exit_kiosk()
        kiosk.close()
    print("(targets: submit < 50 ms; < 2 MB growth over 1,000 signers)")
