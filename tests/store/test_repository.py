"""Repository functions return core types and keep counters and the ledger consistent."""

from datetime import UTC, datetime

from kiosk.core.models import Event, SealedSignature
from kiosk.store import repository as repo
from kiosk.store.database import new_session_factory
from tests.conftest import make_draft


def test_iter_sealed_streams_core_types_in_signing_order(kiosk):
    first = kiosk.signing.sign(make_draft())
    kiosk.events.start("Second", "Hall")
    second = kiosk.signing.sign(make_draft())
    with new_session_factory(kiosk.engine)() as session:
        items = list(repo.iter_sealed(session))
        only_second = list(repo.iter_sealed(session, [second.event_id]))
        up_to_first = list(repo.iter_sealed(session, up_to_id=1))
    assert all(isinstance(i, SealedSignature) and isinstance(i.event, Event) for i in items)
    assert [i.uuid for i in items] == [first.signature_id, second.signature_id]
    assert [i.uuid for i in only_second] == [second.signature_id]
    assert [i.uuid for i in up_to_first] == [first.signature_id]
    assert items[1].event.name == "Second"


def test_ledger_and_delete_keep_counters_right(kiosk):
    receipts = [kiosk.signing.sign(make_draft()) for _ in range(3)]
    sessions = new_session_factory(kiosk.engine)
    with sessions.begin() as session:
        assert repo.unexported_count(session) == 3
        repo.record_export(
            session,
            uuid="ledger-1",
            created_at=datetime.now(UTC),
            kind="bundle",
            destination="/media/usb/x.pkbundle",
            signature_uuids=[r.signature_id for r in receipts[:2]],
            content_sha256="0" * 64,
            verified_at=datetime.now(UTC),
        )
    with sessions.begin() as session:
        assert repo.exports_recorded(session, ["ledger-1"])
        assert not repo.exports_recorded(session, ["other"])
        assert repo.unexported_count(session) == 1
        removed = repo.delete_signatures(session, repo.verified_exported_uuids(session))
    assert removed == 2
    with sessions() as session:
        assert repo.counted_rows(session) == 1
        assert repo.rows_per_event(session) == {receipts[0].event_id: 1}
        # Collected so far never goes down; the removed ones are noted beside it.
        event = repo.list_events(session)[0]
        assert (event.signature_count, event.removed_count, event.stored_count) == (3, 2, 1)
        assert repo.total_count(session) == 3


def test_open_or_start_event_opens_a_dated_event_when_none_is_open(kiosk):
    with new_session_factory(kiosk.engine).begin() as session:
        event = repo.open_or_start_event(session, datetime(2026, 11, 28, tzinfo=UTC))
        again = repo.open_or_start_event(session, datetime(2026, 11, 29, tzinfo=UTC))
    assert event.name == "Event 2026-11-28" and again.id == event.id
