"""Assemble the store and services from settings, for the GUI and the command line alike."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from kiosk.campaign import Campaign, load_campaign
from kiosk.services.events import EventService
from kiosk.services.exporting import ExportService
from kiosk.services.keys import find_public_key
from kiosk.services.pin import PinService
from kiosk.services.signing import SigningService, new_session_factory
from kiosk.settings import Settings
from kiosk.store.database import open_database


@dataclass
class Kiosk:
    settings: Settings
    campaign: Campaign
    engine: Engine
    signing: SigningService
    events: EventService
    pin: PinService
    exports: ExportService

    def close(self) -> None:
        self.engine.dispose()


def open_kiosk(settings: Settings, campaign: Campaign | None = None) -> Kiosk:
    """Raises CampaignError, StoreRefused or KeyFileError with a message for a person."""
    campaign = campaign or load_campaign(settings.campaign_dir)
    engine = open_database(settings.database_path, settings.backups_dir)
    sessions = new_session_factory(engine)
    signing = SigningService(sessions, campaign, find_public_key(settings, campaign))
    return Kiosk(
        settings=settings,
        campaign=campaign,
        engine=engine,
        signing=signing,
        events=EventService(sessions),
        pin=PinService(sessions),
        exports=ExportService(sessions, campaign, signing.kiosk_id),
    )
