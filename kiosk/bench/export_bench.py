"""PDF export speed and memory, beside LibreOffice converting a CSV of the same rows."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kiosk.app.services import open_services as open_kiosk
from kiosk.core.exporting import ExportRequest
from kiosk.demo import demo_drafts
from kiosk.services.keys import create_key_pair
from kiosk.settings import load_settings

PASSPHRASE = "benchmark passphrase"

_CHILD = r"""
import json, sys, time
from pathlib import Path
from kiosk.app.services import open_services as open_kiosk
from kiosk.core.exporting import ExportRequest
from kiosk.settings import load_settings
settings = load_settings(data_dir=Path(sys.argv[1]))
kiosk = open_kiosk(settings)
start = time.perf_counter()
kiosk.exports.export(ExportRequest(Path(sys.argv[2]), formats=tuple(sys.argv[4].split(",")),
                                   passphrase=sys.argv[3]))
seconds = time.perf_counter() - start
# VmHWM, not ru_maxrss: the latter survives fork+exec and would report the parent's peak.
hwm = next(int(line.split()[1]) for line in open("/proc/self/status")
           if line.startswith("VmHWM:"))
print(json.dumps({"seconds": seconds, "peak_rss_mb": hwm / 1024}))
"""


def _filled(folder: Path, count: int) -> Path:
    settings = load_settings(data_dir=folder)
    create_key_pair(settings.keys_dir, PASSPHRASE)
    kiosk = open_kiosk(settings)
    try:
        kiosk.events.start("Benchmark fair", "Main hall")
        drafts = demo_drafts(count, seed=5)
        for i in range(0, count, 5000):
            kiosk.signing.sign_many(drafts[i : i + 5000])
    finally:
        kiosk.close()
    return folder


def _export_in_child(data: Path, out: Path, formats: str) -> dict:
    out.mkdir(exist_ok=True)
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(data), str(out), PASSPHRASE, formats],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(quick: bool = False) -> None:
    small, large = (2_000, 20_000) if quick else (10_000, 100_000)
    with tempfile.TemporaryDirectory(prefix="kiosk-export-bench-") as tmp:
        root = Path(tmp)
        data = _filled(root / "small", small)
        pdf = _export_in_child(data, root / "out-pdf", "pdf")
        print(
            f"PDF sheets, {small:,} signatures with drawings: {pdf['seconds']:.2f} s "
            f"(peak RSS {pdf['peak_rss_mb']:.0f} MB)  target < 5 s"
        )
        csvs = _export_in_child(data, root / "out-csv", "csv,action-network,nationbuilder")
        print(f"all CSV flavours, {small:,} signatures: {csvs['seconds']:.2f} s")
        bundle = _export_in_child(data, root / "out-bundle", "bundle")
        print(f"sealed bundle, {small:,} signatures: {bundle['seconds']:.2f} s")

        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice:
            settings = load_settings(data_dir=data)
            kiosk = open_kiosk(settings)
            out = root / "out-lo"
            out.mkdir()
            report = kiosk.exports.export(
                ExportRequest(out, formats=("csv",), passphrase=PASSPHRASE)
            )
            kiosk.close()
            csv_path = report.files[0].path
            profile = root / "lo-profile"
            start = time.perf_counter()
            subprocess.run(
                [
                    soffice,
                    f"-env:UserInstallation=file://{profile}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(out),
                    str(csv_path),
                ],
                capture_output=True,
                check=True,
                timeout=600,
            )
            lo = time.perf_counter() - start
            print(
                f"LibreOffice CSV → PDF, same {small:,} rows (no drawings): {lo:.2f} s "
                f"→ kiosk PDF is {lo / pdf['seconds']:.1f}x faster"
            )
        else:
            print(
                "LibreOffice not installed (apt-get install libreoffice-calc-nogui): "
                "comparison skipped"
            )

        data_large = _filled(root / "large", large)
        pdf_large = _export_in_child(data_large, root / "out-large", "pdf")
        print(
            f"PDF sheets, {large:,} signatures: {pdf_large['seconds']:.2f} s, peak RSS "
            f"{pdf_large['peak_rss_mb']:.0f} MB (vs {pdf['peak_rss_mb']:.0f} MB at {small:,})"
        )
