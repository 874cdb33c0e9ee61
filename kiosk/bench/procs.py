"""Watching whole processes from outside, as a user's system monitor would (Linux /proc):
wall time to an event, PSS summed over a process and its children, CPU clock ticks."""

from __future__ import annotations

import contextlib
import os
import subprocess
import threading
import time
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def has_proc() -> bool:
    return Path("/proc/self/smaps_rollup").exists()


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            out += [int(c) for c in (task / "children").read_text().split()]
    return out


def tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        todo += _children(current)
    return pids


def _pss_kb(pid: int) -> int:
    """One process's PSS in kB (0 when it is already gone)."""
    with contextlib.suppress(OSError, IndexError, ValueError):
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    return 0


def pss_mb(pid: int) -> float:
    """PSS of a process and all its descendants, in MB (0 for those already gone)."""
    return sum(_pss_kb(p) for p in tree(pid)) / 1024


def cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


class PeakPss:
    """Samples a process tree every ``interval`` seconds: ``peak`` PSS in MB, and the CPU
    ticks last seen for every process in it (workers forked by a fork server are not the
    command's children, so the OS's children-times miss them)."""

    def __init__(self, pid: int, interval: float = 0.1):
        self.pid, self.interval, self.peak = pid, interval, 0.0
        self.ticks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = tree(self.pid)
            self.peak = max(self.peak, sum(_pss_kb(p) for p in pids) / 1024)
            for p in pids:
                with contextlib.suppress(OSError, IndexError, ValueError):
                    self.ticks[p] = max(self.ticks.get(p, 0), cpu_ticks(p))
            self._stop.wait(self.interval)

    def cpu_seconds(self) -> float:
        return sum(self.ticks.values()) / TICKS

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak


def run_measured(command: list[str], **kwargs) -> tuple[float, float, float]:
    """Run a command to its end: (wall seconds, CPU seconds of it and its children, peak PSS
    MB summed over its process tree)."""
    before = os.times()
    start = time.perf_counter()
    process = subprocess.Popen(command, **kwargs)
    sampler = PeakPss(process.pid) if has_proc() else None
    process.wait()
    wall = time.perf_counter() - start
    peak = sampler.stop() if sampler else 0.0
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    if sampler:  # the sampled processes' own time, up to their last sample, may be larger
        cpu = max(cpu, sampler.cpu_seconds())
    if process.returncode:
        raise RuntimeError(f"{command[:4]} failed with exit code {process.returncode}")
    return wall, cpu, peak
