"""Sign latency (validate + seal + durable commit) against a raw sqlite3 FULL-sync commit."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from kiosk.app.services import open_services as open_kiosk
from kiosk.bench.stats import percentile, summary_ms
from kiosk.demo import demo_drafts
from kiosk.services.keys import create_key_pair
from kiosk.settings import load_settings

SAMPLES = 400


def _raw_commit_latency(
    folder: Path, samples: int, row_bytes: int, prefill: int = 0
) -> list[float]:
    """The reference: one insert+commit of a real-sized row, WAL, synchronous=FULL.  Its id
    is a random UUID like a signature's, so the unique index takes it where a real one
    lands (a counter's short text lands beside the last one, in a page already cached)."""
    db = sqlite3.connect(folder / f"raw-{prefill}.sqlite", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, sealed BLOB)")
    blob = os.urandom(row_bytes)
    db.execute("BEGIN")
    db.executemany(
        "INSERT INTO t (uuid, sealed) VALUES (?, ?)",
        ((str(uuid.uuid4()), blob) for _ in range(prefill)),
    )
    db.execute("COMMIT")
    times = []
    for _ in range(samples):
        start = time.perf_counter()
        db.execute("BEGIN")
        db.execute("INSERT INTO t (uuid, sealed) VALUES (?, ?)", (str(uuid.uuid4()), blob))
        db.execute("COMMIT")
        times.append(time.perf_counter() - start)
    db.close()
    return times


def _sign_latency(kiosk, samples: int, prepared: list[float] | None = None) -> list[float]:
    """The time from a tap on Sign to the receipt.  Before each, the key agreement the
    form makes as it opens (timed apart into ``prepared``)."""
    drafts = demo_drafts(samples, seed=7)
    times = []
    for draft in drafts:
        start = time.perf_counter()
        kiosk.signing.prepare()
        if prepared is not None:
            prepared.append(time.perf_counter() - start)
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
            prepared: list[float] = []
            empty = _sign_latency(kiosk, SAMPLES, prepared)
            with kiosk.engine.connect() as connection:
                average = connection.exec_driver_sql(
                    "SELECT AVG(LENGTH(sealed)) + 120 FROM signatures"
                ).scalar()  # the sealed blob plus the id, kiosk, time and key columns
            row_bytes = int(average or 0)
            raw = _raw_commit_latency(folder, SAMPLES, row_bytes)
            start = time.perf_counter()
            drafts = demo_drafts(prefill, seed=3)
            for i in range(0, prefill, 5000):
                kiosk.signing.sign_many(drafts[i : i + 5000])
            fill_s = time.perf_counter() - start
            full = _sign_latency(kiosk, SAMPLES)
            raw_full = _raw_commit_latency(folder, SAMPLES, row_bytes, prefill)
        finally:
            kiosk.close()
    print(f"(real sealed row ≈ {row_bytes:,} bytes; prefilled {prefill:,} in {fill_s:.1f} s)")
    print(f"key agreement made as the form opens, before the tap: {summary_ms(prepared)}")
    for label, sign, reference in (
        ("store empty", empty, raw),
        (f"{prefill:,} already stored", full, raw_full),
    ):
        print(f"raw insert+commit, {label:<22}: {summary_ms(reference)}")
        print(f"sign (validate, seal, commit), {label:<10}: {summary_ms(sign)}")
        ratios = [percentile(sign, q) / max(percentile(reference, q), 1e-9) for q in (50, 99)]
        print(f"  → p50 {ratios[0]:.1f}x, p99 {ratios[1]:.1f}x the raw commit (goal ≤ 3x each)")
