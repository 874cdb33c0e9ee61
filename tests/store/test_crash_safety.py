"""kill -9 at random moments while signing: nothing acknowledged is ever lost."""

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kiosk.app.services import open_services as open_kiosk
from kiosk.store import repository as repo
from kiosk.store.database import integrity_check, new_session_factory

KILLS = 100
ROOT = Path(__file__).resolve().parents[2]


def _run_and_kill(data_dir: Path, rng: random.Random) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.store.crash_signer", str(data_dir)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    receipts: list[str] = []
    first = threading.Event()

    def read() -> None:
        for line in child.stdout:
            receipts.append(line.strip())
            first.set()

    reader = threading.Thread(target=read)
    reader.start()
    if not first.wait(30):
        child.kill()
        child.wait()
        reader.join()
        child.stdout.close()
        error = child.stderr.read()
        child.stderr.close()
        raise AssertionError(f"child never signed: {error}")
    time.sleep(rng.uniform(0, 0.05))  # a random moment: mid-seal, mid-insert, mid-fsync
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    reader.join()
    child.stdout.close()
    child.stderr.close()
    return receipts


@pytest.mark.slow
def test_every_acknowledged_signature_survives_sigkill(kiosk):
    settings = kiosk.settings
    kiosk.close()
    rng = random.Random(20261127)
    acknowledged: list[str] = []
    for _ in range(KILLS):
        acknowledged += _run_and_kill(settings.data_dir, rng)
    assert len(acknowledged) >= KILLS

    reopened = open_kiosk(settings)
    try:
        assert integrity_check(reopened.engine) == ["ok"]
        with new_session_factory(reopened.engine)() as session:
            stored = repo.signature_uuids(session)
            missing = set(acknowledged) - stored
            assert not missing, f"{len(missing)} acknowledged signatures lost"
            # The live counter was updated in the same transaction as each row.
            assert repo.total_count(session) == repo.counted_rows(session) == len(stored)
    finally:
        reopened.close()
