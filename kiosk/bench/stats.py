"""Small helpers for printing latency figures."""

from __future__ import annotations

import hashlib
import statistics
import timeit


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def summary_ms(samples: list[float]) -> str:
    ms = [s * 1000 for s in samples]
    return (
        f"p50 {percentile(ms, 50):6.2f} ms  p99 {percentile(ms, 99):6.2f} ms  "
        f"mean {statistics.fmean(ms):6.2f} ms  (n={len(ms)})"
    )


def host_speed() -> str:
    """A fixed amount of Python work and of hashing, timed: on a shared VM the same export
    varies by up to 45 % with the host's load, and this line, printed before and after the
    figures, tells a slow phase from a slower build."""
    loop = min(timeit.repeat("sum(i * i for i in range(100_000))", number=5, repeat=5)) / 5
    block = bytes(1 << 20)
    digest = min(timeit.repeat(lambda: hashlib.sha256(block).digest(), number=20, repeat=5)) / 20
    return (
        f"host speed: a fixed Python loop {loop * 1000:.2f} ms, SHA-256 of 1 MiB "
        f"{digest * 1000:.2f} ms (lower is faster)"
    )
