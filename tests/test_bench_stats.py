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


def test_a_frozen_build_older_than_the_code_is_called_stale(tmp_path):
    import os
    import time

    from kiosk.bench.ui_bench import _stale

    build = tmp_path / "petition-kiosk"
    build.write_bytes(b"")
    os.utime(build, (0, 0))  # built in 1970: every source file is newer
    assert _stale(build)
    later = time.time() + 3600
    os.utime(build, (later, later))
    assert not _stale(build)
