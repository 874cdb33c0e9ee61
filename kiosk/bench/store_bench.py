"""Sign latency (validate + seal + durable commit) against a raw sqlite3 FULL-sync commit."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from pathlib import Path

from kiosk.app.services import open_services as open_kiosk
from kiosk.bench.stats import percentile, summary_ms
from kiosk.demo import demo_drafts
from kiosk.services.keys import create_key_pair
from kiosk.settings import load_settings

SAMPLES = 400


def _raw_commit_latency(folder: Path, samples: int) -> list[float]:
    db = sqlite3.connect(folder / "raw.sqlite", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, uuid TEXT, sealed BLOB)")
    blob = os.urandom(1100)  # about the size of a sealed record with a drawn signature
    times = []
    for i in range(samples):
        start = time.perf_counter()
        db.execute("BEGIN")
        db.execute("INSERT INTO t (uuid, sealed) VALUES (?, ?)", (str(i), blob))
        db.execute("COMMIT")
        times.append(time.perf_counter() - start)
    db.close()
    return times


def _sign_latency(kiosk, samples: int) -> list[float]:
    drafts = demo_drafts(samples, seed=7)
    times = []
    for draft in drafts:
        start = time.perf_counter()
        kiosk.signing.sign(draft)
        times.append(time.perf_counter() - start)
    return times


def main(quick: bool = False) -> None:
    prefill = 10_000 if quick else 100_000
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        folder = Path(tmp)
        settings = load_settings(data_dir=folder / "data")
        create_key_pair(settings.keys_dir, "benchmark passphrase")
        kiosk = open_kiosk(settings)
        try:
            raw = _raw_commit_latency(folder, SAMPLES)
            empty = _sign_latency(kiosk, SAMPLES)
            start = time.perf_counter()
            drafts = demo_drafts(prefill, seed=3)
            for i in range(0, prefill, 5000):
                kiosk.signing.sign_many(drafts[i : i + 5000])
            fill_s = time.perf_counter() - start
            full = _sign_latency(kiosk, SAMPLES)
        finally:
            kiosk.close()
    print(f"raw sqlite3 WAL synchronous=FULL commit : {summary_ms(raw)}")
    print(f"sign, store empty                       : {summary_ms(empty)}")
    print(f"{f'sign, {prefill:,} already stored':<40}: {summary_ms(full)}")
    print(f"(prefilled {prefill:,} sealed signatures in {fill_s:.1f} s)")
    worst = max(percentile(empty, 99), percentile(full, 99))
    ratio = worst / max(percentile(raw, 99), 1e-9)
    print(f"p99 sign / p99 raw commit: {ratio:.1f}x   (targets: p99 < 5 ms, < 10x raw)")
