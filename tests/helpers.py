"""Building blocks for tests: opened signatures without a kiosk."""

from datetime import UTC, datetime, timedelta

from kiosk.core.models import Event, OpenedSignature, SignerRecord

EVENT = Event(1, "Freshers fair", "Union", datetime(2026, 9, 20, 9, tzinfo=UTC), None)


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
