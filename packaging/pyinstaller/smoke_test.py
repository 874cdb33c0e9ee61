"""`make dist-test`: the frozen app, run as a volunteer's machine would, with no Python around.

--version; keys new → demo → export (every format) → check → merge, each exiting 0 with its
outputs checked; then the kiosk itself offscreen for 8 s, with no traceback, told to exit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "correct horse battery staple"
FORMATS = "bundle,pdf,action-network,nationbuilder,mailchimp,csv,postcodes"


def run(binary: Path, *args: str, env: dict, timeout: float = 300) -> str:
    started = time.monotonic()
    result = subprocess.run(
        [str(binary), *args], capture_output=True, text=True, env=env, timeout=timeout
    )
    took = time.monotonic() - started
    print(f"  {' '.join(args[:2]):24s} exit {result.returncode}  {took:5.1f} s")
    if result.returncode != 0 or "Traceback" in result.stderr:
        sys.exit(f"FAILED: {' '.join(args)}\n{result.stdout}\n{result.stderr}")
    return result.stdout


def main(binary: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PETITION_KIOSK_FAST_KDF="1")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        secret = work / "passphrase.txt"
        secret.write_text(PASSPHRASE + "\n")
        data, out, merged = work / "data", work / "out", work / "merged"
        print(f"frozen smoke test of {binary}")
        assert run(binary, "--version", env=env).startswith("petition-kiosk ")
        run(binary, "keys", "new", "--out", str(work / "org"), "--passphrase-file", str(secret), env=env)
        key = next((work / "org").glob("*.json"))
        public = next((work / "org").glob("*.pub"))
        run(binary, "demo", "--data-dir", str(data), "--count", "60", "--public-key", str(public), env=env)
        run(
            binary, "export", "--data-dir", str(data), "--out", str(out), "--formats", "bundle",
            env=env,
        )
        bundles = list(out.glob("*.pkbundle"))
        assert len(bundles) == 1, sorted(p.name for p in out.iterdir())
        # Every format, from a kiosk that holds the organizer key.
        data2 = work / "data2"
        run(
            # 1,000 signers: over 60 pages, so the sheets are drawn by forked workers.
            binary, "demo", "--data-dir", str(data2), "--count", "1000", "--seed", "7",
            "--passphrase-file", str(secret), env=env,
        )
        out2 = work / "out2"
        run(
            binary, "export", "--data-dir", str(data2), "--out", str(out2), "--formats", FORMATS,
            "--passphrase-file", str(secret), "--blank", "1", env=env,
        )
        names = sorted(p.name for p in out2.iterdir())
        for part in (".pkbundle", "sheets.pdf", "nationbuilder.csv", "mailchimp.csv", "signatures.csv", "postcodes.csv", "blank"):
            assert any(part in n for n in names), (part, names)
        import pikepdf

        signed = next(p for p in out2.glob("*sheets.pdf") if "blank" not in p.name)
        with pikepdf.open(signed) as sheets:
            assert len(sheets.pages) > 60, len(sheets.pages)
        run(binary, "check", "--data-dir", str(data2), "--passphrase-file", str(secret), env=env)
        both = [str(bundles[0]), *map(str, out2.glob("*.pkbundle"))]
        registry = str(work / "org" / "kiosks.json")
        for n, bundle in enumerate(both):
            run(binary, "kiosks", "add", bundle, "--name", f"Table {n + 1}", "--registry", registry, env=env)
        run(
            binary, "merge", *both, "--out", str(merged), "--key", str(key),
            "--key", str(next((data2 / "keys").glob("*.json"))),  # the second kiosk's own key
            "--passphrase-file", str(secret), env=env,
        )
        merged_csv = next(merged.glob("*signatures*.csv"))
        rows = merged_csv.read_text(encoding="utf-8-sig").strip().splitlines()
        assert len(rows) == 1 + 1060, len(rows)
        # The kiosk itself: 8 s offscreen, then told to stop.
        started = time.monotonic()
        kiosk = subprocess.Popen(
            [str(binary), "run", "--data-dir", str(data2)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        time.sleep(8)
        assert kiosk.poll() is None, kiosk.communicate()
        kiosk.send_signal(signal.SIGTERM)
        _, err = kiosk.communicate(timeout=30)
        # SIGTERM exits cleanly (0); Windows has no SIGTERM, only a hard stop.
        clean = kiosk.returncode == 0 or sys.platform == "win32"
        assert "Traceback" not in err and clean, (kiosk.returncode, err)
        print(f"  {'run (offscreen, 8 s)':24s} exit {kiosk.returncode}  {time.monotonic() - started:5.1f} s")
    print("frozen smoke test passed")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
