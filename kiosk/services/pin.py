"""The volunteer PIN: Argon2id PHC hashes, and a lockout that grows and survives restarts."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.credentials import pin_problem, require_pin
from kiosk.core.models import PinCheck
from kiosk.crypto import hash_secret, verify_secret
from kiosk.store import repository as repo

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 3  # wrong PINs allowed before the pad locks
FIRST_DELAY_S = 30
MAX_DELAY_S = 15 * 60  # never longer: a volunteer must not be locked out of their own kiosk


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
        """Raises CredentialError when the PIN breaks the rules (kiosk.core.credentials)."""
        phc = hash_secret(require_pin(pin))
        with self._sessions.begin() as session:
            repo.set_meta(session, "pin_hash", phc)
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
        """Verify a PIN and record the outcome.  When the outcome cannot be recorded (a full
        or read-only disk) the pad locks: a lockout that cannot be counted must not vanish."""
        try:
            return self._check(pin)
        except (SQLAlchemyError, OSError) as exc:
            log.error("a PIN check could not be recorded (%s): pad locked", type(exc).__name__)
            return PinCheck(False, FIRST_DELAY_S, FREE_ATTEMPTS)

    def _check(self, pin: str) -> PinCheck:
        with self._sessions.begin() as session:
            failures = int(repo.get_meta(session, "pin_failures") or 0)
            wait = self._remaining(session)
            if wait:
                return PinCheck(False, wait, failures)
            stored = repo.get_meta(session, "pin_hash")
            if stored is not None and verify_secret(pin, stored):
                repo.set_meta(session, "pin_failures", "0")
                repo.set_meta(session, "pin_locked_until", "")
                return PinCheck(True, weak=pin_problem(pin) is not None)
            failures += 1
            delay = lockout_delay(failures)
            repo.set_meta(session, "pin_failures", str(failures))
            until = self._clock() + timedelta(seconds=delay)
            repo.set_meta(session, "pin_locked_until", until.isoformat() if delay else "")
        log.warning("wrong PIN (%s in a row)", failures)
        return PinCheck(False, delay, failures, tries_left=max(FREE_ATTEMPTS - failures, 0))
