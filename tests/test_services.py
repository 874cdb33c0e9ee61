from datetime import UTC, datetime, timedelta

import pytest

from kiosk.bootstrap import open_kiosk
from kiosk.core.record_codec import decode_record
from kiosk.core.validation import ValidationFailed
from kiosk.crypto import unseal
from kiosk.services.keys import unlock_private_key
from kiosk.services.pin import MAX_DELAY_S, PinService, lockout_delay
from kiosk.services.signing import SealingNotReady, new_session_factory
from kiosk.store import repository as repo
from tests.conftest import PASSPHRASE, make_draft


def test_sign_returns_a_receipt_after_commit_and_the_record_opens(kiosk):
    receipt = kiosk.signing.sign(make_draft(email="ada@example.org"))
    assert (receipt.event_count, receipt.total_count) == (1, 1)
    key = unlock_private_key(kiosk.settings, PASSPHRASE)
    with new_session_factory(kiosk.engine)() as session:
        (row,) = list(repo.iter_sealed(session))
        record = decode_record(unseal(row.sealed, key, row.uuid))
    assert row.uuid == receipt.signature_id
    assert record.fields == {
        "first_name": "Ada",
        "last_name": "Lovelace",
        "email": "ada@example.org",
    }
    assert record.consent_sign and not record.consent_mailing
    assert record.privacy_notice_version == kiosk.campaign.privacy_version


def test_invalid_draft_stores_nothing(kiosk):
    with pytest.raises(ValidationFailed):
        kiosk.signing.sign(make_draft(first_name=""))
    assert kiosk.signing.counts() == (0, 0)


def test_without_a_key_nothing_is_taken(settings):
    kiosk = open_kiosk(settings)
    try:
        assert not kiosk.signing.ready
        with pytest.raises(SealingNotReady):
            kiosk.signing.sign(make_draft())
    finally:
        kiosk.close()


def test_events_group_signatures_and_counts_follow(kiosk):
    kiosk.signing.sign(make_draft())
    first = kiosk.events.current()
    second = kiosk.events.start("Union hall", "Leeds")
    kiosk.signing.sign(make_draft())
    kiosk.signing.sign(make_draft())
    assert kiosk.signing.counts() == (2, 3)
    events = kiosk.events.list()
    assert [e.signature_count for e in events] == [1, 2]
    assert not events[0].is_open and events[1].is_open
    kiosk.events.rename(second.id, "Union hall AGM", "Leeds")
    assert kiosk.events.current().name == "Union hall AGM"
    assert first is not None and first.name.startswith("Event ")


def test_kiosk_id_is_stable_across_restarts(kiosk, settings):
    kiosk_id = kiosk.signing.kiosk_id
    kiosk.close()
    again = open_kiosk(settings)
    assert again.signing.kiosk_id == kiosk_id
    again.close()


def test_lockout_delays_grow_and_are_capped():
    assert [lockout_delay(n) for n in range(1, 7)] == [0, 0, 30, 60, 120, 240]
    assert lockout_delay(50) == MAX_DELAY_S


def test_wrong_pins_lock_the_pad_and_the_lock_survives_a_restart(kiosk, settings):
    now = [datetime(2026, 11, 27, 12, 0, tzinfo=UTC)]
    clock = lambda: now[0]  # noqa: E731
    pins = PinService(new_session_factory(kiosk.engine), clock=clock)
    pins.set_pin("2468")
    assert pins.check("0000").wait_seconds == 0
    assert pins.check("0000").wait_seconds == 0
    third = pins.check("0000")
    assert not third.ok and third.wait_seconds == 30
    assert not pins.check("2468").ok  # even the right PIN waits
    kiosk.close()
    reopened = open_kiosk(settings)
    pins = PinService(new_session_factory(reopened.engine), clock=clock)
    assert pins.locked_for() == 30
    now[0] += timedelta(seconds=31)
    assert pins.check("1111").wait_seconds == 60  # the delay grows
    now[0] += timedelta(seconds=61)
    assert pins.check("2468").ok
    assert pins.check("0000").wait_seconds == 0  # a success resets the count
    reopened.close()


def test_pin_rules(kiosk):
    from kiosk.services.pin import PinError

    for bad in ["12", "abcd", "１２３４", "1" * 13]:
        with pytest.raises(PinError):
            kiosk.pin.set_pin(bad)
    assert not kiosk.pin.is_set()
