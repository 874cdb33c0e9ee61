"""First paint first: the window is built on ports that open the services only when needed.

Opening the store loads SQLAlchemy, Alembic and cryptography (about two thirds of a second
on a small machine).  The welcome screen needs none of it: its counts and "is this kiosk set
up?" come from a plain read-only SQLite query.  So the window is shown first, and the
services open right after the first frame (or sooner, the moment a screen calls one).
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

if TYPE_CHECKING:
    from kiosk.app.services import Services

log = logging.getLogger(__name__)


class DeferredServices:
    """Opens the services once, on first use; ``ready`` says whether that happened."""

    def __init__(self, settings: Settings, campaign: Campaign, opener: Callable[..., Services]):
        self.settings, self.campaign, self._opener = settings, campaign, opener
        self._services: Services | None = None

    @property
    def ready(self) -> bool:
        return self._services is not None

    def get(self) -> Services:
        if self._services is None:
            self._services = self._opener(self.settings, self.campaign)
            # PySide's import hook reads the source of every module imported after it (to
            # look for feature switches), and linecache keeps it all: ~20 MB of text by now.
            linecache.clearcache()
            release_free_memory()
            log.info("store and services opened")
        return self._services

    def close(self) -> None:
        if self._services is not None:
            self._services.close()

    # --- what the first frame asks, answered without opening the store ---
    def counts(self) -> tuple[int, int]:
        if not self.ready:
            quick = quick_read.counts(self.settings.database_path)
            if quick is not None:
                return quick
        return self.get().signing.counts()

    def has_key(self) -> bool:
        if not self.ready:
            return self.settings.public_key_path.is_file() or bool(self.campaign.public_key_file)
        return self.get().signing.ready

    def needs_setup(self) -> bool:
        if not self.ready:
            pin_set = quick_read.has_meta(self.settings.database_path, "pin_hash")
            if pin_set is not None:
                return not (pin_set and self.has_key())
        return self.get().setup.needs_setup()


class _Port:
    """Forwards every call to one service, opening the services on the first call.

    Before they are open, an attribute is a deferred call: screens take bound methods such as
    ``signing.sign`` when they are built, long before anyone signs."""

    def __init__(self, deferred: DeferredServices, name: str):
        self._deferred, self._name = deferred, name

    def _target(self) -> Any:
        return getattr(self._deferred.get(), self._name)

    def __getattr__(self, attribute: str) -> Any:
        if self._deferred.ready:
            return getattr(self._target(), attribute)

        def call(*args: Any, **kwargs: Any) -> Any:
            return getattr(self._target(), attribute)(*args, **kwargs)

        return call


class _SigningPort(_Port):
    def counts(self) -> tuple[int, int]:
        return self._deferred.counts()


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
