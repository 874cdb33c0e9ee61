"""Export and merge figures, timed as a user sees them: the whole `petition-kiosk` process
from start to exit, CPU and peak PSS summed over it and its sheet workers; LibreOffice
converting a CSV of the same rows is the reference when it is installed."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from kiosk.app.services import open_services
from kiosk.bench import procs
from kiosk.core.exporting import ExportRequest
from kiosk.demo import demo_drafts
from kiosk.services.keys import create_key_pair
from kiosk.settings import load_settings

PASSPHRASE = "benchmark passphrase"


def _filled(folder: Path, count: int, keys: Path | None = None, seed: int = 5) -> Path:
    settings = load_settings(data_dir=folder)
    if keys is None:
        create_key_pair(settings.keys_dir, PASSPHRASE)
    else:
        settings.keys_dir.mkdir(parents=True, exist_ok=True)
        shutil.copy(keys / "organizer.pub", settings.public_key_path)
    services = open_services(settings)
    try:
        services.events.start("Benchmark fair", "Main hall")
        drafts = demo_drafts(count, seed=seed)
        for i in range(0, count, 5000):
            services.signing.sign_many(drafts[i : i + 5000])
    finally:
        services.close()
    return folder


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "kiosk", *args]


def _measure(command: list[str]) -> tuple[float, float, float]:
    return procs.run_measured(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _export(data: Path, out: Path, formats: str, secret: Path) -> tuple[float, float, float]:
    out.mkdir(exist_ok=True)
    return _measure(
        _cli("export", "--data-dir", str(data), "--out", str(out), "--formats", formats,
             "--passphrase-file", str(secret))
    )  # fmt: skip


def _figures(wall: float, cpu: float, peak: float) -> str:
    return f"{wall:.2f} s wall, {cpu:.2f} s CPU, peak {peak:.0f} MB PSS over all processes"


def _libreoffice(data: Path, root: Path) -> tuple[float, float, float] | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    services = open_services(load_settings(data_dir=data))
    out = root / "out-lo"
    out.mkdir()
    try:
        report = services.exports.export(ExportRequest(out, ("csv",), PASSPHRASE))
    finally:
        services.close()
    csv_path = report.files[0].path
    return _measure(
        [soffice, f"-env:UserInstallation=file://{root / 'lo-profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out), str(csv_path)]
    )  # fmt: skip


def _merge_figures(root: Path, kiosks: int, per_kiosk: int, secret: Path) -> None:
    organizer = root / "organizer"
    create_key_pair(organizer, PASSPHRASE)
    bundles = []
    for n in range(kiosks):
        data = _filled(root / f"kiosk-{n}", per_kiosk, keys=organizer, seed=100 + n)
        out = root / f"bundle-{n}"
        out.mkdir()
        services = open_services(load_settings(data_dir=data))
        try:
            bundles += [
                f.path for f in services.exports.export(ExportRequest(out, ("bundle",))).files
            ]
        finally:
            services.close()
        shutil.rmtree(data)

    def merge(inputs: list[Path], out: Path) -> tuple[float, float, float]:
        return _measure(
            _cli("merge", *map(str, inputs), "--out", str(out), "--key",
                 str(organizer / "organizer-key.json"), "--passphrase-file", str(secret),
                 "--formats", "action-network,nationbuilder,csv", "--accept-unknown-kiosks")
        )  # fmt: skip

    # A quarter of the kiosks first: memory "flat as the input grows" is the difference.
    quarter = bundles[: max(1, kiosks // 4)]
    part = merge(quarter, root / "merged-quarter")
    print(f"merge {len(quarter)} kiosks × {per_kiosk:,} signers to CSVs: {_figures(*part)}")
    whole = merge(bundles, root / "merged")
    print(
        f"merge {kiosks} kiosks × {per_kiosk:,} signers to CSVs: {_figures(*whole)}  "
        "(goal ≤ 10 s, ≤ 300 MB)"
    )
    more = (kiosks - len(quarter)) * per_kiosk
    if more:
        growth = (whole[2] - part[2]) * 1024 / more
        print(f"  → memory grows {growth:.2f} kB for each further signer (goal: flat)")


def main(quick: bool = False) -> None:
    small, large = (2_000, 20_000) if quick else (10_000, 100_000)
    kiosks = 10 if quick else 100
    with tempfile.TemporaryDirectory(prefix="kiosk-export-bench-") as tmp:
        root = Path(tmp)
        secret = root / "passphrase.txt"
        secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
        data = _filled(root / "small", small)
        pdf = _export(data, root / "out-pdf", "pdf", secret)
        print(f"PDF sheets, {small:,} signers with drawings: {_figures(*pdf)}")
        lo = _libreoffice(data, root)
        if lo is None:
            print("LibreOffice is not installed (libreoffice-calc-nogui): comparison skipped")
        else:
            print(
                f"LibreOffice CSV → PDF, the same {small:,} rows, no drawings: {_figures(*lo)}"
                f"\n  → kiosk/LibreOffice wall time {pdf[0] / lo[0]:.2f}x (goal ≤ 0.5x), "
                f"memory {pdf[2] / max(lo[2], 1):.2f}x (goal < 1x)"
            )
        csvs = _export(data, root / "out-csv", "csv,action-network,nationbuilder", secret)
        print(f"all CSV flavours, {small:,} signers: {_figures(*csvs)}")
        bundle = _export(data, root / "out-bundle", "bundle", secret)
        print(f"sealed bundle, {small:,} signers: {_figures(*bundle)}")
        shutil.rmtree(data)
        big = _filled(root / "large", large)
        pdf_large = _export(big, root / "out-large", "pdf", secret)
        print(f"PDF sheets, {large:,} signers: {_figures(*pdf_large)}  (goal ≤ 20 s, ≤ 250 MB)")
        shutil.rmtree(big)
        _merge_figures(root, kiosks, 1000, secret)
