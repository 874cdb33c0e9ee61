"""Events group signatures: a volunteer starts, renames and ends them from the admin screen."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.fields import FieldSpec
from kiosk.core.models import Event, EventError
from kiosk.core.validation import validate_field
from kiosk.store import repository as repo

log = logging.getLogger(__name__)

__all__ = ["EventError", "EventService"]


_SPECS = {
    "name": FieldSpec("event_name", "text", True, {"en": "The event name"}, 200),
    "place": FieldSpec("event_place", "text", False, {"en": "The event place"}, 200),
}


def _clean(text: object, what: str, required: bool) -> str:
    """Checked like a signer's field (no control or text-direction characters, a length
    limit): an event name is printed at the top of every sheet."""
    if not isinstance(text, str):
        raise EventError(f"the event {what} is not text")
    value, problem = validate_field(_SPECS[what], " ".join(text.split()), "en")
    if problem is not None:
        raise EventError(problem.render())
    return value


class EventService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def list(self) -> list[Event]:
        with self._sessions() as session:
            return repo.list_events(session)

    def current(self) -> Event | None:
        with self._sessions() as session:
            return repo.open_event(session)

    def start(self, name: str, place: str = "") -> Event:
        """End whatever event is open and start a new one."""
        name, place = _clean(name, "name", True), _clean(place, "place", False)
        now = datetime.now(UTC)
        with self._sessions.begin() as session:
            previous = repo.open_event(session)
            if previous:
                repo.close_event(session, previous.id, now)
            event = repo.add_event(session, name, place, now)
        log.info("started event %s", event.id)
        return event

    def rename(self, event_id: int, name: str, place: str = "") -> None:
        name, place = _clean(name, "name", True), _clean(place, "place", False)
        with self._sessions.begin() as session:
            repo.rename_event(session, event_id, name, place)

    def end(self, event_id: int) -> None:
        with self._sessions.begin() as session:
            repo.close_event(session, event_id, datetime.now(UTC))
        log.info("ended event %s", event_id)
