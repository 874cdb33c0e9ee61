"""Events group signatures: a volunteer starts, renames and ends them from the admin screen."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.models import Event, EventError
from kiosk.store import repository as repo

log = logging.getLogger(__name__)

__all__ = ["EventError", "EventService"]


def _clean(text: str, what: str, required: bool) -> str:
    text = " ".join(text.split())
    if required and not text:
        raise EventError(f"the event {what} is empty")
    if len(text) > 200:
        raise EventError(f"the event {what} is longer than 200 characters")
    return text


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
