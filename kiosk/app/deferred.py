"""First paint first: the window is built on ports that open the services only when needed.

Opening the store loads SQLAlchemy, Alembic and cryptography (about two thirds of a second
on a small machine).  The welcome screen needs none of it: its counts and "is this kiosk set
up?" come from a plain read-only SQLite query.  So the window is shown first; right after
the first frame only the signing service opens (plain sqlite3 and cryptography), and the
rest of the store (SQLAlchemy, about 15 MB) the first time a volunteer screen asks for it.
An attendee's screens never load it.
"""

from __future__ import annotations

import linecache
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kiosk.app.memory import release_free_memory
from kiosk.campaign import Campaign
from kiosk.settings import Settings
from kiosk.store import quick_read
from kiosk.store.sqlite_file import mark_closed_cleanly

if TYPE_CHECKING:
    from kiosk.app.services import Services
    from kiosk.services.signing import SigningService

log = logging.getLogger(__name__)


class DeferredServices:
    """Opens the signing service, then the whole store, each once, on first use."""

    def __init__(
        self,
        settings: Settings,
        campaign: Campaign,
        opener: Callable[..., Services],
        signing_opener: Callable[..., SigningService],
    ):
        self.settings, self.campaign = settings, campaign
        self._opener, self._signing_opener = opener, signing_opener
        self._services: Services | None = None
        self._signing: SigningService | None = None
        self._closed = False

    @property
    def ready(self) -> bool:
        """Whether the whole store is open."""
        return self._services is not None

    @property
    def signing_ready(self) -> bool:
        return self._signing is not None

    def signing(self) -> SigningService:
        if self._signing is None:
            self._signing = self._signing_opener(self.settings, self.campaign)
            _tidy_after_opening()
            log.info("signing opened")
        return self._signing

    def get(self) -> Services:
        if self._services is None:
            self._services = self._opener(self.settings, self.campaign, self.signing())
            _tidy_after_opening()
            log.info("store and services opened")
        return self._services

    def close(self) -> None:
        self._closed = True  # a screen refreshed while the window goes reads the file instead
        if self._services is not None:
            self._services.close()
        elif self._signing is not None:
            self._signing.writer.close()
            mark_closed_cleanly(self.settings.database_path)

    # --- what the first frame asks, answered without opening the store ---
    def counts(self) -> tuple[int, int]:
        if not self.signing_ready or self._closed:
            quick = quick_read.counts(self.settings.database_path)
            if quick is not None or self._closed:
                return quick or (0, 0)
        return self.signing().counts()

    def has_key(self) -> bool:
        if not self.signing_ready:
            return self.settings.public_key_path.is_file() or bool(self.campaign.public_key_file)
        return self.signing().ready

    def needs_setup(self) -> bool:
        if not self.ready:
            pin_set = quick_read.has_meta(self.settings.database_path, "pin_hash")
            if pin_set is not None:
                return not (pin_set and self.has_key())
        return self.get().setup.needs_setup()


def _tidy_after_opening() -> None:
    # PySide's import hook reads the source of every module imported after it (to look for
    # feature switches), and linecache keeps it all: megabytes of text by now.
    linecache.clearcache()
    release_free_memory()


class _Port:
    """Forwards every call to one service, opening the services on the first call.

    Before they are open, an attribute is a deferred call: screens take bound methods such as
    ``signing.sign`` when they are built, long before anyone signs."""

    def __init__(self, deferred: DeferredServices, name: str):
        self._deferred, self._name = deferred, name

    def _ready(self) -> bool:
        return self._deferred.ready

    def _target(self) -> Any:
        return getattr(self._deferred.get(), self._name)

    def __getattr__(self, attribute: str) -> Any:
        if self._ready():
            return getattr(self._target(), attribute)

        def call(*args: Any, **kwargs: Any) -> Any:
            return getattr(self._target(), attribute)(*args, **kwargs)

        return call


class _SigningPort(_Port):
    """Signing opens the signing service alone: no ORM for an attendee."""

    def _ready(self) -> bool:
        return self._deferred.signing_ready

    def _target(self) -> Any:
        return self._deferred.signing()

    def counts(self) -> tuple[int, int]:
        return self._deferred.counts()

    def prepare(self) -> None:
        # Not worth opening the service early for: the first signature makes its own.
        if self._ready():
            self._target().prepare()


class _SetupPort(_Port):
    def needs_setup(self) -> bool:
        return self._deferred.needs_setup()

    def needs_key(self) -> bool:
        return not self._deferred.has_key()


def deferred_ports(deferred: DeferredServices, options: Any):
    from kiosk.app.drives import DriveFinder
    from kiosk.ui.ports import KioskPorts

    return KioskPorts(
        campaign=deferred.campaign,
        options=options,
        signing=_SigningPort(deferred, "signing"),  # type: ignore[arg-type]
        pins=_Port(deferred, "pin"),  # type: ignore[arg-type]
        events=_Port(deferred, "events"),  # type: ignore[arg-type]
        admin=_Port(deferred, "admin"),  # type: ignore[arg-type]
        exports=_Port(deferred, "exports"),  # type: ignore[arg-type]
        setup=_SetupPort(deferred, "setup"),  # type: ignore[arg-type]
        drives=DriveFinder(deferred.settings.data_dir),
    )
