"""The volunteer PIN: hashing, rules, and the lockout that survives restarts."""

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.app.services import open_services as open_kiosk
from kiosk.core.credentials import CredentialError
from kiosk.services.pin import MAX_DELAY_S, PinService, lockout_delay
from kiosk.store import repository as repo
from kiosk.store.database import new_session_factory

# Made by the release before this one (argon2-cffi's PasswordHasher, RFC 9106 low-memory
# profile) for the PIN "2468": kiosks set up then must still unlock.
ARGON2_CFFI_HASH_OF_2468 = (
    "$argon2id$v=19$m=65536,t=3,p=4$CofW0mex7pyKV00HF+ZT7Q$"
    "dUOAIlIJX7H5+hvLizAZekY0pmqSD64vofKpt3n3G4s"
)


def test_lockout_delays_grow_and_are_capped():
    assert [lockout_delay(n) for n in range(1, 7)] == [0, 0, 30, 60, 120, 240]
    assert lockout_delay(50) == MAX_DELAY_S


def test_wrong_pins_lock_the_pad_and_the_lock_survives_a_restart(kiosk, settings):
    now = [datetime(2026, 11, 27, 12, 0, tzinfo=UTC)]
    clock = lambda: now[0]  # noqa: E731
    pins = PinService(new_session_factory(kiosk.engine), clock=clock)
    pins.set_pin("246813")
    assert pins.check("0000").wait_seconds == 0
    assert pins.check("0000").wait_seconds == 0
    third = pins.check("0000")
    assert not third.ok and third.wait_seconds == 30
    assert not pins.check("246813").ok  # even the right PIN waits
    kiosk.close()
    reopened = open_kiosk(settings)
    pins = PinService(new_session_factory(reopened.engine), clock=clock)
    assert pins.locked_for() == 30
    now[0] += timedelta(seconds=31)
    assert pins.check("1111").wait_seconds == 60  # the delay grows
    now[0] += timedelta(seconds=61)
    assert pins.check("246813").ok
    assert pins.check("0000").wait_seconds == 0  # a success resets the count
    reopened.close()


def test_pin_rules(kiosk):
    for bad in ["", "12", "abcd", "１２３４", "1" * 13]:
        with pytest.raises(CredentialError):
            kiosk.pin.set_pin(bad)
    assert not kiosk.pin.is_set()


def test_a_pin_hash_from_the_previous_release_still_unlocks(kiosk):
    with kiosk.engine.begin() as connection:
        from sqlalchemy.orm import Session

        with Session(connection) as session:
            repo.set_meta(session, "pin_hash", ARGON2_CFFI_HASH_OF_2468)
            session.commit()
    assert not kiosk.pin.check("1357").ok
    assert kiosk.pin.check("2468").ok


def test_new_pin_hashes_are_argon2id_phc_strings_with_their_own_salt(kiosk):
    kiosk.pin.set_pin("246813")
    with new_session_factory(kiosk.engine)() as session:
        first = repo.get_meta(session, "pin_hash")
    kiosk.pin.set_pin("246813")
    with new_session_factory(kiosk.engine)() as session:
        second = repo.get_meta(session, "pin_hash")
    assert first.startswith("$argon2id$v=19$") and second.startswith("$argon2id$v=19$")
    assert first != second  # salted
    assert "246813" not in first


@pytest.mark.parametrize(
    "pin", ["123456", "654321", "000000", "777777", "121212", "123123", "890123", "987654", "12345"]
)
def test_guessable_or_short_pins_are_refused(kiosk, pin):
    with pytest.raises(CredentialError):
        kiosk.pin.set_pin(pin)


def test_a_failure_that_cannot_be_recorded_locks_the_pad(kiosk, monkeypatch):
    from sqlalchemy.exc import OperationalError

    kiosk.pin.set_pin("246813")

    def disk_full(*args, **kwargs):
        raise OperationalError("UPDATE", {}, Exception("database or disk is full"))

    monkeypatch.setattr(repo, "set_meta", disk_full)
    for pin in ("000000", "246813"):
        result = kiosk.pin.check(pin)
        assert not result.ok and result.wait_seconds > 0
