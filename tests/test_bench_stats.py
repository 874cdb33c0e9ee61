"""The benchmark's small helpers (the benchmark itself prints figures and asserts nothing)."""

import re

from kiosk.bench.stats import host_speed, percentile, summary_ms


def test_percentiles_pick_from_the_sorted_samples():
    samples = [0.005, 0.001, 0.003, 0.002, 0.004]
    assert percentile(samples, 50) == 0.003
    assert percentile(samples, 99) == 0.005
    assert summary_ms(samples).startswith("p50   3.00 ms  p99   5.00 ms")


def test_the_host_speed_line_gives_both_timings_in_ms():
    line = host_speed()
    loop, digest = map(float, re.findall(r"(\d+\.\d\d) ms", line))
    assert line.startswith("host speed:") and 0 < loop < 1000 and 0 < digest < 1000
