from datetime import UTC, datetime, timedelta

import pytest

from kiosk.campaign import load_campaign
from kiosk.core.models import SignerRecord
from kiosk.export.model import EventInfo, OpenedSignature
from kiosk.resources import default_campaign_dir
from kiosk.services.keys import unlock_private_key
from tests.conftest import PASSPHRASE

EVENT = EventInfo("Freshers fair", "Union", datetime(2026, 9, 20, 9, tzinfo=UTC), None)


@pytest.fixture(scope="session")
def campaign():
    return load_campaign(default_campaign_dir())


def opened(
    n: int,
    fields: dict[str, str],
    mailing: bool = False,
    strokes=None,
    kiosk: str = "kiosk-a",
    minutes: int = 0,
) -> OpenedSignature:
    record = SignerRecord(
        fields=fields,
        consent_sign=True,
        consent_mailing=mailing,
        privacy_notice_version="v1",
        strokes=strokes or [],
        language="en",
        signed_at=datetime(2026, 9, 20, 10, tzinfo=UTC) + timedelta(minutes=minutes),
        event_name=EVENT.name,
        kiosk_id=kiosk,
        signature_id=f"id-{n}",
    )
    return OpenedSignature(f"id-{n}", kiosk, EVENT, record)


@pytest.fixture
def organizer_key(kiosk):
    return unlock_private_key(kiosk.settings, PASSPHRASE)
