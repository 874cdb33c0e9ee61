"""``petition-kiosk bench`` / ``make bench``: performance figures, printed, never asserted."""

from __future__ import annotations

import importlib

BENCHMARKS = {
    "store": "kiosk.bench.store_bench",
    "ui": "kiosk.bench.ui_bench",
    "export": "kiosk.bench.export_bench",
}


def run_benchmarks(only: str | None = None, quick: bool = False) -> int:
    from kiosk.bench.stats import host_speed

    print(host_speed(), flush=True)
    for name, module in BENCHMARKS.items():
        if only and name != only:
            continue
        try:
            bench = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            print(f"[{name}] not available yet")
            continue
        print(f"== {name} ==", flush=True)
        bench.main(quick=quick)
    print(host_speed(), flush=True)
    return 0
