"""The fork server that sheet and merge workers come from: one job's stop never lands in
the middle of the next job's start."""

import multiprocessing
import sys
import threading
import time

import pytest

from kiosk.export import worker_pool

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or "forkserver" not in multiprocessing.get_all_start_methods(),
    reason="this platform starts workers by spawn, without a fork server",
)


def test_a_job_started_right_after_another_waits_for_the_old_server_to_stop(monkeypatch):
    from multiprocessing import forkserver

    events: list[str] = []
    lock = threading.Lock()

    def slow_stop() -> None:
        with lock:
            events.append("stop begins")
        time.sleep(0.3)  # an old server slow to exit: its waitpid, on a busy machine
        with lock:
            events.append("stop ends")

    monkeypatch.setattr(forkserver._forkserver, "_stop", slow_stop)
    monkeypatch.setattr(forkserver, "ensure_running", lambda: events.append("next job starts"))
    worker_pool.shut_down()
    worker_pool.warm_up()
    assert events == ["stop begins", "stop ends", "next job starts"]


def test_workers_start_and_work_after_a_shut_down():
    worker_pool.warm_up(worker_pool.OPENING)
    worker_pool.shut_down()
    pool = worker_pool.worker_pool(2, preload=worker_pool.OPENING)
    try:
        assert pool.map(abs, [-1, -2, 3]) == [1, 2, 3]
    finally:
        pool.terminate()
        pool.join()
        worker_pool.shut_down()
