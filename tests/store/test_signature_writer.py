"""The signing fast path writes exactly what the ORM reads, in one transaction."""

import sqlite3

import pytest

from kiosk.store import repository as repo
from kiosk.store.database import new_session_factory
from tests.conftest import make_draft


def test_rows_written_by_the_fast_path_read_back_through_the_orm(kiosk):
    receipt = kiosk.signing.sign(make_draft())
    with new_session_factory(kiosk.engine)() as session:
        (item,) = list(repo.iter_sealed(session))
        event = repo.open_event(session)
    assert item.uuid == receipt.signature_id
    # Outside the seal the time is the hour only; the exact time is sealed.
    assert item.signed_at == receipt.signed_at.replace(minute=0, second=0, microsecond=0)
    assert item.event.id == receipt.event_id == event.id and event.signature_count == 1
    assert len(item.key_id) == 16


def test_a_failure_inside_the_transaction_stores_nothing(kiosk, monkeypatch):
    kiosk.signing.sign(make_draft())

    def broken(*args, **kwargs):
        raise RuntimeError("sealing failed")

    monkeypatch.setattr("kiosk.services.signing.seal", broken)
    with pytest.raises(RuntimeError):
        kiosk.signing.sign(make_draft())
    assert kiosk.signing.counts() == (1, 1)
    with sqlite3.connect(kiosk.settings.database_path) as db:
        assert db.execute("SELECT COUNT(*) FROM signatures").fetchone() == (1,)


def test_with_no_open_event_a_dated_one_is_started(kiosk):
    current = kiosk.events.current()
    if current is not None:
        kiosk.events.end(current.id)
    receipt = kiosk.signing.sign(make_draft())
    assert kiosk.events.current().name.startswith("Event ")
    assert receipt.event_count == 1


def test_older_rows_are_looked_for_once_per_database(kiosk):
    writer = kiosk.signing.writer  # opening signed what there was and noted it
    looked: list[str] = []
    writer._db.set_trace_callback(looked.append)
    assert writer.sign_unsigned(lambda row: b"sig") == 0
    writer._db.set_trace_callback(None)
    assert not any("kiosk_sig IS NULL" in sql for sql in looked)  # no scan of the table
