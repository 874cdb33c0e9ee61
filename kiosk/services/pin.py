"""The volunteer PIN: argon2id hashes, and a lockout that grows and survives restarts."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.store import repository as repo

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 3  # wrong PINs allowed before the pad locks
FIRST_DELAY_S = 30
MAX_DELAY_S = 15 * 60  # never longer: a volunteer must not be locked out of their own kiosk


@dataclass(frozen=True)
class PinCheck:
    ok: bool
    wait_seconds: int = 0  # > 0: the pad is locked for this long
    failures: int = 0


def _hasher() -> PasswordHasher:
    if os.environ.get("PETITION_KIOSK_FAST_KDF") == "1":
        return PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
    return PasswordHasher()  # argon2id, RFC 9106 low-memory profile


class PinError(ValueError):
    pass


def lockout_delay(failures: int) -> int:
    """Seconds the pad stays locked after ``failures`` wrong PINs in a row."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(FIRST_DELAY_S * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_S)


class PinService:
    def __init__(self, sessions: sessionmaker[Session], clock=lambda: datetime.now(UTC)):
        self._sessions = sessions
        self._clock = clock

    def is_set(self) -> bool:
        with self._sessions() as session:
            return repo.get_meta(session, "pin_hash") is not None

    def set_pin(self, pin: str) -> None:
        if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 12):
            raise PinError("a PIN is 4 to 12 digits")
        with self._sessions.begin() as session:
            repo.set_meta(session, "pin_hash", _hasher().hash(pin))
            repo.set_meta(session, "pin_failures", "0")
            repo.set_meta(session, "pin_locked_until", "")
        log.info("PIN changed")

    def locked_for(self) -> int:
        with self._sessions() as session:
            return self._remaining(session)

    def _remaining(self, session: Session) -> int:
        until = repo.get_meta(session, "pin_locked_until")
        if not until:
            return 0
        remaining = (datetime.fromisoformat(until) - self._clock()).total_seconds()
        # A clock set back must not lengthen the lock beyond its longest step.
        return int(min(max(remaining, 0), MAX_DELAY_S) + 0.999)

    def check(self, pin: str) -> PinCheck:
        with self._sessions.begin() as session:
            failures = int(repo.get_meta(session, "pin_failures") or 0)
            wait = self._remaining(session)
            if wait:
                return PinCheck(False, wait, failures)
            stored = repo.get_meta(session, "pin_hash")
            try:
                ok = stored is not None and _hasher().verify(stored, pin)
            except (VerificationError, InvalidHashError):
                ok = False
            if ok:
                repo.set_meta(session, "pin_failures", "0")
                repo.set_meta(session, "pin_locked_until", "")
                return PinCheck(True)
            failures += 1
            delay = lockout_delay(failures)
            repo.set_meta(session, "pin_failures", str(failures))
            until = self._clock() + timedelta(seconds=delay)
            repo.set_meta(session, "pin_locked_until", until.isoformat() if delay else "")
        log.warning("wrong PIN (%s in a row)", failures)
        return PinCheck(False, delay, failures)
