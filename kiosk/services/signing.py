"""Taking a signature: validate, seal, commit durably, and only then hand back a receipt."""

from __future__ import annotations

import logging
import secrets
import uuid
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy.orm import Session, sessionmaker

from kiosk.campaign import Campaign
from kiosk.core.models import Event, Receipt, SignatureDraft, SignerRecord
from kiosk.core.record_codec import encode_record
from kiosk.core.validation import validate_draft
from kiosk.crypto import key_id, seal
from kiosk.store import repository as repo

log = logging.getLogger(__name__)


class SealingNotReady(Exception):
    """No organizer public key yet: the first-run setup has not been completed."""


class SigningService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        campaign: Campaign,
        public_key: X25519PublicKey | None,
    ):
        self._sessions = sessions
        self.campaign = campaign
        self._public_key = public_key
        self.kiosk_id = self._load_kiosk_id()

    def _load_kiosk_id(self) -> str:
        with self._sessions.begin() as session:
            kiosk_id = repo.get_meta(session, "kiosk_id")
            if not kiosk_id:
                kiosk_id = f"kiosk-{secrets.token_hex(3)}"
                repo.set_meta(session, "kiosk_id", kiosk_id)
            if not repo.get_meta(session, "campaign"):
                repo.set_meta(session, "campaign", self.campaign.slug)  # for merging later
            return kiosk_id

    @property
    def ready(self) -> bool:
        return self._public_key is not None

    def set_public_key(self, public_key: X25519PublicKey) -> None:
        self._public_key = public_key

    def counts(self) -> tuple[int, int]:
        """(signatures in the open event, signatures stored in total)."""
        with self._sessions() as session:
            event = repo.open_event(session)
            return (event.signature_count if event else 0), repo.total_count(session)

    def _seal_draft(self, draft: SignatureDraft, event: Event) -> dict:
        """Validate and seal one draft; returns the row to insert (no plaintext in it)."""
        if self._public_key is None:
            raise SealingNotReady("no organizer key has been set up")
        values, strokes = validate_draft(draft, self.campaign.fields)
        signature_id = str(uuid.uuid4())
        signed_at = datetime.now(UTC)
        record = SignerRecord(
            fields=values,
            consent_sign=True,
            consent_mailing=draft.consent_mailing,
            privacy_notice_version=self.campaign.privacy_version,
            strokes=strokes,
            language=draft.language,
            signed_at=signed_at,
            event_name=event.name,
            kiosk_id=self.kiosk_id,
            signature_id=signature_id,
        )
        return {
            "uuid": signature_id,
            "event_id": event.id,
            "kiosk_id": self.kiosk_id,
            "signed_at": signed_at,
            "key_id": key_id(self._public_key),
            "sealed": seal(encode_record(record), self._public_key, signature_id),
        }

    def sign(self, draft: SignatureDraft) -> Receipt:
        """Validate and seal the draft, commit it durably, and return the receipt.

        Raises ValidationFailed (nothing stored) or SealingNotReady; a database error propagates
        and means the signature was *not* taken.
        """
        # One transaction: SQLite takes its write lock only at the first write, so sealing
        # inside it costs no waiting, and the event, row and counter cannot disagree.
        with self._sessions.begin() as session:
            event = repo.open_or_start_event(session, datetime.now(UTC))
            row = self._seal_draft(draft, event)
            event_count = repo.add_signature(session, **row)
            total = repo.total_count(session)
        # The commit has returned: only now is the signature counted as taken.
        log.info("signature %s stored in event %s", row["uuid"], row["event_id"])
        return Receipt(row["uuid"], row["event_id"], row["signed_at"], event_count, total)

    def sign_many(self, drafts: list[SignatureDraft]) -> int:
        """Store many drafts in one transaction (demo data, benchmarks). All or nothing."""
        with self._sessions.begin() as session:
            event = repo.open_or_start_event(session, datetime.now(UTC))
            for draft in drafts:
                repo.add_signature(session, **self._seal_draft(draft, event))
        log.info("stored %s signatures in event %s", len(drafts), event.id)
        return len(drafts)
