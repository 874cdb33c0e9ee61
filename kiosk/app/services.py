"""Assemble the store and the use cases from settings, for the kiosk and the command line."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from kiosk.campaign import Campaign, load_campaign
from kiosk.crypto import kiosk_words
from kiosk.export.pipeline import ExportJournal
from kiosk.services.admin import AdminService
from kiosk.services.events import EventService
from kiosk.services.exporting import ExportService
from kiosk.services.keys import KeyPolicy
from kiosk.services.pin import PinService
from kiosk.services.setup import SetupService
from kiosk.services.signing import SigningService
from kiosk.settings import Settings
from kiosk.store.database import create_store_engine, new_session_factory, open_database
from kiosk.store.signature_writer import SignatureWriter
from kiosk.store.sqlite_file import mark_closed_cleanly


@dataclass
class Services:
    settings: Settings
    campaign: Campaign
    engine: Engine
    keys: KeyPolicy
    signing: SigningService
    events: EventService
    pin: PinService
    admin: AdminService
    exports: ExportService
    setup: SetupService
    writer: SignatureWriter

    def close(self) -> None:
        self.writer.close()
        self.engine.dispose()
        mark_closed_cleanly(self.settings.database_path)


def open_services(
    settings: Settings, campaign: Campaign | None = None, signing: SigningService | None = None
) -> Services:
    """Raises CampaignError, StoreRefused or KeyFileError with a message for a person.
    ``signing``: the kiosk's already open signing service (see signing_store)."""
    campaign = campaign or load_campaign(settings.campaign_dir)
    # An open signing service has checked and migrated the file already (open_signing):
    # checking again would read every page a second time, as a volunteer opens the console.
    engine = (
        create_store_engine(settings.database_path)
        if signing is not None
        else open_database(settings.database_path, settings.backups_dir)
    )
    sessions = new_session_factory(engine)
    keys = KeyPolicy(settings, campaign)
    if signing is None:
        signing = SigningService(
            campaign, keys.public_key(), SignatureWriter(settings.database_path)
        )
    writer = signing.writer
    events = EventService(sessions)
    pin = PinService(sessions)
    return Services(
        settings=settings,
        campaign=campaign,
        engine=engine,
        keys=keys,
        signing=signing,
        events=events,
        pin=pin,
        admin=AdminService(
            sessions,
            settings,
            pin,
            (
                signing.kiosk_id,
                f"{signing.identity_fingerprint} · {kiosk_words(signing.identity_public)}",
            ),
        ),
        exports=ExportService(
            sessions,
            campaign,
            signing.kiosk_id,
            keys,
            ExportJournal(settings.exports_journal_dir),
            (signing.identity_public, signing.sign_statement),
            settings.database_path,
        ),
        setup=SetupService(keys, pin, signing, events),
        writer=writer,
    )
